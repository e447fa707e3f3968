# A generated block of the README must be exactly what PROGRAM (with ARGS) prints, so the docs cannot
# drift from the rules. The block sits between "<!-- MARKER:begin ... -->" and "<!-- MARKER:end -->".
# With -DUPDATE=ON the README's copy is rewritten instead of checked.
#   cmake -DPROGRAM=path/to/policy_table [-DARGS=--diagram|2024-06-12] -DMARKER=... -DREADME=README.md
#         [-DUPDATE=ON] -P check_readme_generated.cmake
# Arguments come as a list, separated by ; or by | (which survives being one ctest argument).
string(REPLACE "|" ";" ARGS "${ARGS}")
execute_process(COMMAND "${PROGRAM}" ${ARGS} RESULT_VARIABLE result OUTPUT_VARIABLE printed)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} ${ARGS} failed: ${result}")
endif()

file(READ "${README}" readme)
string(REGEX MATCH "<!-- ${MARKER}:begin[^>]*-->\n" begin_marker "${readme}")
set(end_marker "<!-- ${MARKER}:end -->")
string(FIND "${readme}" "${end_marker}" end)
if(begin_marker STREQUAL "" OR end EQUAL -1)
  message(FATAL_ERROR "${README} has no block between '<!-- ${MARKER}:begin -->' and '${end_marker}'")
endif()
string(FIND "${readme}" "${begin_marker}" begin)
string(LENGTH "${begin_marker}" marker_length)
math(EXPR body_start "${begin} + ${marker_length}")
math(EXPR body_length "${end} - ${body_start}")
string(SUBSTRING "${readme}" ${body_start} ${body_length} documented)

if(documented STREQUAL printed)
  message(STATUS "README's ${MARKER} is what ${PROGRAM} ${ARGS} prints")
elseif(UPDATE)
  string(SUBSTRING "${readme}" 0 ${body_start} head)
  string(SUBSTRING "${readme}" ${end} -1 tail)
  file(WRITE "${README}" "${head}${printed}${tail}")
  message(STATUS "README's ${MARKER} rewritten from ${PROGRAM} ${ARGS}")
else()
  message(FATAL_ERROR "README's ${MARKER} differs from what ${PROGRAM} ${ARGS} prints. Regenerate it: "
                      "cmake -DPROGRAM=${PROGRAM} -DARGS=${ARGS} -DMARKER=${MARKER} -DREADME=${README} "
                      "-DUPDATE=ON -P ${CMAKE_CURRENT_LIST_FILE}\n--- README ---\n${documented}\n"
                      "--- printed ---\n${printed}")
endif()
