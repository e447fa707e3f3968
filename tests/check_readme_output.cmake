# The README shows a program's output as it prints: the fenced text of its MARKER block must appear,
# line for line and contiguous, in what PROGRAM prints (it may fail: it can be a failing test).
#   cmake -DPROGRAM=gtest_failure -DREADME=README.md -DMARKER=failure-output -P check_readme_output.cmake
execute_process(COMMAND "${PROGRAM}" OUTPUT_VARIABLE out ERROR_VARIABLE out RESULT_VARIABLE result)
file(READ "${README}" readme)
string(REGEX MATCH "<!-- ${MARKER}:begin[^>]*-->\n```[a-z]*\n(.*)```\n<!-- ${MARKER}:end -->" _ "${readme}")
set(shown "${CMAKE_MATCH_1}")
if(shown STREQUAL "")
  message(FATAL_ERROR "${README} has no fenced ${MARKER} block")
endif()
string(FIND "${out}" "${shown}" at)
if(at EQUAL -1)
  message(FATAL_ERROR "${PROGRAM} (exit ${result}) does not print what ${README} shows:\n${shown}\n"
                      "It printed:\n${out}")
endif()
message(STATUS "${README} shows what ${PROGRAM} prints")
