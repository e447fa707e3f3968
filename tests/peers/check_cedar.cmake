# The same policy written in Cedar must decide as the SDK does: sdk_decisions prints the SDK's
# answers, the Cedar peer (peers/cedar, installed from npm into WORKDIR on first use) checks
# each against its own. When the peer cannot be installed the test is skipped with the reason
# ("consent-skip:", ctest's SKIP_REGULAR_EXPRESSION): nothing was compared, so nothing passed.
#   cmake -DPROGRAM=sdk_decisions -DPEER=peers/cedar/run.sh -DWORKDIR=dir -P check_cedar.cmake
execute_process(COMMAND "${PROGRAM}" OUTPUT_FILE "${WORKDIR}.jsonl" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} failed (${result})")
endif()
execute_process(COMMAND "${PEER}" "${WORKDIR}" check "${WORKDIR}.jsonl" RESULT_VARIABLE result
                OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(result EQUAL 77)
  message("consent-skip: the Cedar peer could not be installed, so nothing was compared:\n${output}")
  return()
endif()
message(STATUS "${output}")
if(NOT result EQUAL 0)
  message(FATAL_ERROR "Cedar and the SDK disagree (${result})")
endif()
