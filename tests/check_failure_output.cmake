# Runs a test program that fails on purpose and checks that it failed, printing the values it
# compared by name: each of EXPECT (a ;-separated list, | for ;) must match its output.
#   cmake -DPROGRAM=catch2_failure "-DEXPECT=a|b" -P check_failure_output.cmake
execute_process(COMMAND "${PROGRAM}" RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(result EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} passed; it must fail:\n${out}")
endif()
string(REPLACE "|" ";" EXPECT "${EXPECT}")
foreach(expected IN LISTS EXPECT)
  string(FIND "${out}" "${expected}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "${PROGRAM}'s failure does not print \"${expected}\":\n${out}")
  endif()
endforeach()
message(STATUS "${PROGRAM} failed, printing names:\n${out}")
