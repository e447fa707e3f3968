# Builds and runs one consumer project (tests/consumers/<name>) in a scratch directory, the way a
# product would take consent: its files, app.cpp and app.c are copied there, then either configured
# and built with CMake (CMakeLists.txt) or built by its build.sh, then ./app must run and succeed.
# With -DVENDOR=ON the checkout is linked in as third_party/consent (for add_subdirectory).
#   cmake -DCONSUMER=dir -DSCRATCH=dir -DCONSENT_SOURCE_DIR=checkout -DCXX=compiler
#         -DCXX_FLAGS="..." [-DCC=compiler -DC_FLAGS="..."] -DCMAKE_ARGS="a|b"
#         [-DENV="NAME=value|..."] [-DVENDOR=ON]
#         -P run_consumer.cmake
file(REMOVE_RECURSE "${SCRATCH}")
file(MAKE_DIRECTORY "${SCRATCH}/src")
file(GLOB files "${CONSUMER}/*")
file(COPY ${files} "${CONSUMER}/../app.cpp" "${CONSUMER}/../app.c" DESTINATION "${SCRATCH}/src")
if(VENDOR)
  file(MAKE_DIRECTORY "${SCRATCH}/src/third_party")
  file(CREATE_LINK "${CONSENT_SOURCE_DIR}" "${SCRATCH}/src/third_party/consent" SYMBOLIC)
endif()

function(run)
  execute_process(COMMAND ${ARGN} WORKING_DIRECTORY "${SCRATCH}/src" RESULT_VARIABLE result
                  OUTPUT_VARIABLE output ERROR_VARIABLE output)
  message(STATUS "${output}")
  if(NOT result EQUAL 0)
    list(JOIN ARGN " " command)
    message(FATAL_ERROR "failed (${result}): ${command}")
  endif()
endfunction()

string(REPLACE "|" ";" env_list "${ENV}")
set(env_command ${CMAKE_COMMAND} -E env "CONSENT_SOURCE_DIR=${CONSENT_SOURCE_DIR}" ${env_list})

if(EXISTS "${SCRATCH}/src/CMakeLists.txt")
  string(REPLACE "|" ";" cmake_args "${CMAKE_ARGS}")
  if(CC)
    list(APPEND cmake_args -DCMAKE_C_COMPILER=${CC} "-DCMAKE_C_FLAGS=${C_FLAGS}")
  endif()
  run(${env_command} ${CMAKE_COMMAND} -S . -B build -DCMAKE_CXX_COMPILER=${CXX}
      "-DCMAKE_CXX_FLAGS=${CXX_FLAGS}" ${cmake_args})
  run(${CMAKE_COMMAND} --build build)
  run(build/app)
else()
  # The snippet says c++ (or cc); the test builds with the compiler under test, with its flags.
  file(MAKE_DIRECTORY "${SCRATCH}/bin")
  file(WRITE "${SCRATCH}/bin/c++" "#!/bin/sh\nexec \"${CXX}\" \"$@\" ${CXX_FLAGS}\n")
  file(CHMOD "${SCRATCH}/bin/c++" PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
  if(CC)
    file(WRITE "${SCRATCH}/bin/cc" "#!/bin/sh\nexec \"${CC}\" \"$@\" ${C_FLAGS}\n")
    file(CHMOD "${SCRATCH}/bin/cc" PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
  endif()
  run(${env_command} "PATH=${SCRATCH}/bin:$ENV{PATH}" sh build.sh)
  run(./app)
endif()
