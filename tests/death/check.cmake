# Runs one misuse of tests/death/misuse.cpp and expects the program to stop: a non-zero exit or a
# signal, the precondition named on stderr, and no answer on stdout.
#   cmake -DPROGRAM=misuse -DMISUSE=deref-decode-error [-DHOOK=ON] -P check.cmake
execute_process(COMMAND "${PROGRAM}" "${MISUSE}" RESULT_VARIABLE result OUTPUT_VARIABLE out
                ERROR_VARIABLE err)
if(MISUSE STREQUAL "none")
  if(NOT result EQUAL 0 OR NOT out MATCHES "answered: trainable")
    message(FATAL_ERROR "a correct read failed (${result}):\n${out}${err}")
  endif()
  return()
endif()
if(result EQUAL 0 OR result EQUAL 3)
  message(FATAL_ERROR "${MISUSE}: the program went on (exit ${result}):\n${out}${err}")
endif()
if(out MATCHES "answered")
  message(FATAL_ERROR "${MISUSE}: the program answered before it stopped:\n${out}")
endif()
if(NOT err MATCHES "consent: precondition failed: ")
  message(FATAL_ERROR "${MISUSE}: stopped (${result}) without naming the precondition:\n${err}")
endif()
if(HOOK AND (NOT err MATCHES "hook call 1: " OR err MATCHES "hook call 2: "))
  message(FATAL_ERROR "${MISUSE}: the CONSENT_ASSERT hook was not called exactly once:\n${err}")
endif()
message(STATUS "${MISUSE}: stopped (${result}): ${err}")
