# What every area of the tests shares: the flags a test compiles with outside CMake targets, the
# single header's shims, the environment a sanitized library needs in a foreign host, and the
# functions that register a test the same way everywhere.

# The flags a test compiles with outside CMake targets (compile-fail cases, consumers, cross and ABI
# checks): the standard under test, the build's own flags, the strict warnings.
set(consent_std_option "${CMAKE_CXX${CONSENT_CXX_STANDARD}_STANDARD_COMPILE_OPTION}")
list(JOIN CONSENT_STRICT_FLAGS " " consent_strict_flags_text)
set(consent_test_flags "${consent_std_option} ${CMAKE_CXX_FLAGS} ${consent_strict_flags_text}")
set(consent_tests_dir ${CMAKE_CURRENT_LIST_DIR}/..)
find_package(Python3 QUIET COMPONENTS Interpreter)

# Every public and detail header, and a shim for each that includes the single header instead, so
# the same test sources compile against the single header alone.
file(GLOB_RECURSE consent_headers RELATIVE ${PROJECT_SOURCE_DIR}/include CONFIGURE_DEPENDS
     ${PROJECT_SOURCE_DIR}/include/consent/*.hpp)
set(consent_single_shims ${CMAKE_CURRENT_BINARY_DIR}/single_shims)
foreach(header IN LISTS consent_headers)
  # An opt-in header has its own single-include file; every other header is in consent.hpp.
  get_filename_component(header_name "${header}" NAME)
  set(single "${PROJECT_SOURCE_DIR}/single_include/consent/consent.hpp")
  if(EXISTS "${PROJECT_SOURCE_DIR}/single_include/consent/${header_name}"
     AND NOT header MATCHES "/(detail|policies)/")
    set(single "${PROJECT_SOURCE_DIR}/single_include/consent/${header_name}")
  endif()
  file(CONFIGURE OUTPUT ${consent_single_shims}/${header} CONTENT "#include \"${single}\"\n")
endforeach()

# A library built with AddressSanitizer, loaded into a program that was not (python3, sqlite3,
# postgres), needs the sanitizer's runtime loaded first; leaks are the host program's own.
set(consent_foreign_host_env "")
if(CMAKE_CXX_FLAGS MATCHES "-fsanitize=[^ ]*address")
  foreach(runtime libasan.so libclang_rt.asan-${CMAKE_SYSTEM_PROCESSOR}.so)
    execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=${runtime}
                    OUTPUT_VARIABLE runtime_path OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(IS_ABSOLUTE "${runtime_path}" AND EXISTS "${runtime_path}")
      set(consent_foreign_host_env "LD_PRELOAD=${runtime_path};ASAN_OPTIONS=detect_leaks=0")
      break()
    endif()
  endforeach()
endif()

# Catch2, for the unit tests and every other Catch2 suite; found here, so that its targets are seen
# in every area. Without it the rest still configures, builds and runs (installing needs none of
# it); one skipped test says what is missing, so a run without the unit tests never looks complete.
if(CONSENT_UNIT_TESTS)
  find_package(Catch2 QUIET)
  if(Catch2_FOUND)
    include(Catch)
  else()
    set(consent_no_catch2 "Catch2 was not found, so the unit tests are not built; tools/install-deps.sh installs it")
    message(STATUS "consent: ${consent_no_catch2}")
    set(CONSENT_UNIT_TESTS OFF)
  endif()
endif()

# A test that reports SKIPPED with the reason, for a part whose dependency is missing: never a pass.
function(consent_skipped name why)
  add_test(NAME "${name}: skipped" COMMAND ${CMAKE_COMMAND} -E echo "consent-skip: ${why}")
  set_tests_properties("${name}: skipped" PROPERTIES SKIP_REGULAR_EXPRESSION "consent-skip:")
endfunction()

# A test program that links the headers and the strict warnings.
function(consent_test_program target)
  add_executable(${target} ${ARGN})
  target_link_libraries(${target} PRIVATE consent::consent)
  target_include_directories(${target} PRIVATE ${consent_tests_dir}/support
                                               ${PROJECT_SOURCE_DIR}/examples)
  consent_strict(${target})
endfunction()

# consent_misuse_cases(SOURCE OUT): the cases a misuse program handles, each where it tests its
# argument (strcmp(misuse, "name")), so that a case added to the program is a test at once.
function(consent_misuse_cases source out)
  file(STRINGS "${source}" lines REGEX "strcmp\\(misuse, \"[a-z0-9-]+\"\\)")
  set(cases)
  foreach(line IN LISTS lines)
    string(REGEX MATCH "strcmp\\(misuse, \"([a-z0-9-]+)\"\\)" _ "${line}")
    list(APPEND cases "${CMAKE_MATCH_1}")
  endforeach()
  if(NOT cases)
    message(FATAL_ERROR "${source} handles no misuse case")
  endif()
  set(${out} "${cases}" PARENT_SCOPE)
endfunction()
if(consent_no_catch2)
  consent_skipped("unit tests" "${consent_no_catch2}")
endif()

# consent_block_test(NAME PROGRAM ARGS MARKER FILE [MODE equal|shown|rows]): a marked block of a
# document against what PROGRAM (a target, or a path) prints (tests/docs/check_block.cmake).
function(consent_block_test name program args marker document)
  cmake_parse_arguments(block "" "MODE" "" ${ARGN})
  if(TARGET ${program})
    set(program $<TARGET_FILE:${program}>)
  endif()
  string(REPLACE ";" "|" args "${args}")  # one -DARGS= argument; the script splits it at |
  add_test(NAME "${name}"
    COMMAND ${CMAKE_COMMAND} -DPROGRAM=${program} "-DARGS=${args}" -DMARKER=${marker}
            -DFILE=${document} -DMODE=${block_MODE} -P ${consent_tests_dir}/docs/check_block.cmake)
endfunction()
