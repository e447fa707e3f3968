# docs/performance.md's generated block must have exactly the rows bench/report.py prints (the figures
# differ from run to run; the rows may not): report.py runs on a fixture of results and the first
# column of every table row is compared.
# The same for any block bench/run.sh writes: -DMARKER names it (default performance), -DARGS are
# report.py's further arguments (the README's sql-routes block is `report.py RESULTS --sql`).
#   cmake -DPYTHON=python3 -DREPORT=bench/report.py -DFIXTURE=tests/bench_fixture -DDOC=docs/performance.md
#         [-DMARKER=sql-routes -DARGS=--sql] -P check_performance_doc.cmake
if(NOT MARKER)
  set(MARKER performance)
endif()
execute_process(COMMAND "${PYTHON}" "${REPORT}" "${FIXTURE}" ${ARGS} RESULT_VARIABLE result
                OUTPUT_VARIABLE printed)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "bench/report.py failed on the fixture (${result})")
endif()
file(READ "${DOC}" doc)
string(REGEX MATCH "<!-- ${MARKER}:begin[^>]*-->\n(.*)<!-- ${MARKER}:end -->" _ "${doc}")
set(block "${CMAKE_MATCH_1}")
if(block STREQUAL "")
  message(FATAL_ERROR "${DOC} has no ${MARKER} block")
endif()
function(row_labels text out)
  string(REGEX MATCHALL "\n\\| [^|]+ \\|" rows "\n${text}")
  set(${out} "${rows}" PARENT_SCOPE)
endfunction()
row_labels("${printed}" expected)
row_labels("${block}" documented)
if(NOT expected STREQUAL documented)
  message(FATAL_ERROR "${DOC}'s rows are not bench/report.py's; run bench/run.sh.\n"
                      "report.py: ${expected}\ndoc: ${documented}")
endif()
message(STATUS "${DOC}'s block has report.py's rows")
