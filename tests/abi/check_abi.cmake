# Two versions of consent in one program must fail to link rather than mix. library.cpp is built
# against these headers and app.cpp against a copy whose patch version differs; their shared
# function's signature names consent types, which live in the versioned inline namespace, so the
# link must fail on exactly that symbol. The twin, both built against these headers, must link and run.
#   cmake -DCXX=... -DFLAGS="..." -DINCLUDE=include -DSOURCES=tests/abi -DSCRATCH=dir -P check_abi.cmake
separate_arguments(flag_list UNIX_COMMAND "${FLAGS}")
file(REMOVE_RECURSE "${SCRATCH}")
file(COPY "${INCLUDE}/" DESTINATION "${SCRATCH}/other/include")
file(READ "${SCRATCH}/other/include/consent/version.hpp" version_header)
string(REGEX MATCH "#define CONSENT_VERSION_PATCH ([0-9]+)" _ "${version_header}")
math(EXPR other_patch "${CMAKE_MATCH_1} + 1")
string(REGEX REPLACE "#define CONSENT_VERSION_PATCH [0-9]+" "#define CONSENT_VERSION_PATCH ${other_patch}"
       version_header "${version_header}")
file(WRITE "${SCRATCH}/other/include/consent/version.hpp" "${version_header}")

function(build output include)
  execute_process(COMMAND "${CXX}" ${flag_list} -I${include} ${ARGN} -o "${SCRATCH}/${output}"
                  RESULT_VARIABLE result OUTPUT_VARIABLE log ERROR_VARIABLE log)
  set(build_result ${result} PARENT_SCOPE)
  set(build_log "${log}" PARENT_SCOPE)
endfunction()

build(library.o "${INCLUDE}" -c "${SOURCES}/library.cpp")
if(NOT build_result EQUAL 0)
  message(FATAL_ERROR "library.cpp does not compile:\n${build_log}")
endif()

build(same_version "${INCLUDE}" "${SOURCES}/app.cpp" "${SCRATCH}/library.o")
if(NOT build_result EQUAL 0)
  message(FATAL_ERROR "the same version does not link:\n${build_log}")
endif()
execute_process(COMMAND "${SCRATCH}/same_version" RESULT_VARIABLE ran)
if(NOT ran EQUAL 0)
  message(FATAL_ERROR "the same-version program failed (${ran})")
endif()

build(mixed_versions "${SCRATCH}/other/include" "${SOURCES}/app.cpp" "${SCRATCH}/library.o")
if(build_result EQUAL 0)
  message(FATAL_ERROR "two consent versions linked into one program; they must not")
endif()
string(REGEX MATCH "undefined (reference|symbol)[^\n]*v[0-9]+_[0-9]+_${other_patch}" found "${build_log}")
if(found STREQUAL "")
  message(FATAL_ERROR "the mixed link failed, but not on the versioned namespace:\n${build_log}")
endif()
message(STATUS "mixed versions refused at link time: ${found}")
