# The same policy written in Cedar must decide as the SDK does: sdk_decisions prints the SDK's
# answers, the Cedar peer (bench/peers/cedar, installing @cedar-policy/cedar-wasm from npm on first
# use) checks each against its own.
#   cmake -DPROGRAM=sdk_decisions -DPEER=bench/peers/cedar/run.sh -DSCRATCH=file -P check_cedar.cmake
execute_process(COMMAND "${PROGRAM}" OUTPUT_FILE "${SCRATCH}" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} failed (${result})")
endif()
execute_process(COMMAND "${PEER}" check "${SCRATCH}" RESULT_VARIABLE result
                OUTPUT_VARIABLE output ERROR_VARIABLE output)
message(STATUS "${output}")
if(NOT result EQUAL 0)
  message(FATAL_ERROR "Cedar and the SDK disagree, or the peer could not run (${result})")
endif()
