# Runs a test program and checks what it printed: each of EXPECT (a ;-separated list, | for ;)
# must appear in its output. By default the program must fail (a test that fails on purpose, to
# show how a failure prints); with -DPASSES=ON it must succeed.
#   cmake -DPROGRAM=catch2_failure [-DARGS=--flag] "-DEXPECT=a|b" [-DPASSES=ON] -P check_failure_output.cmake
string(REPLACE "|" ";" ARGS "${ARGS}")
execute_process(COMMAND "${PROGRAM}" ${ARGS} RESULT_VARIABLE result OUTPUT_VARIABLE out
                ERROR_VARIABLE out)
if(PASSES AND NOT result EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} failed (${result}):\n${out}")
elseif(NOT PASSES AND result EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} passed; it must fail:\n${out}")
endif()
string(REPLACE "|" ";" EXPECT "${EXPECT}")
foreach(expected IN LISTS EXPECT)
  string(FIND "${out}" "${expected}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "${PROGRAM} does not print \"${expected}\":\n${out}")
  endif()
endforeach()
message(STATUS "${PROGRAM} printed what it should:\n${out}")
