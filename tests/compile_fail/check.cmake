# Compiles one compile-fail case twice: with CONSENT_COMPILE_FAIL defined it must fail with exactly
# one error, and its output must match the regular expression EXPECT (the static_assert message or,
# for a case the language itself refuses, the compilers' wording); without it, the positive twin,
# it must compile cleanly under the same strict flags. Run as:
#   cmake -DCOMPILER=... -DFLAGS="..." -DSOURCE=case.cpp -DEXPECT="text" -P check.cmake
foreach(var COMPILER SOURCE EXPECT)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "check.cmake: ${var} is not set")
  endif()
endforeach()
separate_arguments(flag_list UNIX_COMMAND "${FLAGS}")

execute_process(
  COMMAND "${COMPILER}" ${flag_list} -fsyntax-only "${SOURCE}"
  RESULT_VARIABLE twin_result OUTPUT_VARIABLE twin_output ERROR_VARIABLE twin_output)
if(NOT twin_result EQUAL 0)
  message(FATAL_ERROR "the positive twin of ${SOURCE} does not compile:\n${twin_output}")
endif()

execute_process(
  COMMAND "${COMPILER}" ${flag_list} -DCONSENT_COMPILE_FAIL -fsyntax-only "${SOURCE}"
  RESULT_VARIABLE fail_result OUTPUT_VARIABLE fail_output ERROR_VARIABLE fail_output)
if(fail_result EQUAL 0)
  message(FATAL_ERROR "${SOURCE} compiled with CONSENT_COMPILE_FAIL; it must not")
endif()
string(REGEX MATCH "${EXPECT}" found "${fail_output}")
if(found STREQUAL "")
  message(FATAL_ERROR "${SOURCE} failed, but not with \"${EXPECT}\":\n${fail_output}")
endif()
string(REGEX MATCHALL "error:" errors "${fail_output}")
list(LENGTH errors error_count)
if(NOT error_count EQUAL 1)
  message(FATAL_ERROR "${SOURCE} must fail with one error, not ${error_count}:\n${fail_output}")
endif()
message(STATUS "${SOURCE}: refused with \"${EXPECT}\"; its twin compiles")
