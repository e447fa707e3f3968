# A block of a document, between "<!-- MARKER:begin ... -->" and "<!-- MARKER:end -->", against what
# PROGRAM (with ARGS) prints: the one reader of marked blocks.
#   MODE=equal (default)  the block is exactly what the program prints; with -DUPDATE=ON the
#                         document's copy is rewritten instead (a generated block)
#   MODE=shown            the block's fenced text appears, line for line and contiguous, in what the
#                         program prints to stdout or stderr (it may fail: it can be a failing test)
#   MODE=rows             the block's table rows have the labels (first column) of the printed ones
#                         (figures differ from run to run; the rows may not)
#   cmake -DPROGRAM=path/to/policy_table [-DARGS=--diagram|2024-06-12] -DMARKER=... -DFILE=README.md
#         [-DMODE=equal|shown|rows] [-DUPDATE=ON] -P check_block.cmake
# Arguments come as a list, separated by ; or by | (which survives being one ctest argument).
if(NOT MODE)
  set(MODE equal)
endif()
string(REPLACE "|" ";" ARGS "${ARGS}")
execute_process(COMMAND "${PROGRAM}" ${ARGS} RESULT_VARIABLE result OUTPUT_VARIABLE printed
                ERROR_VARIABLE errors)
if(MODE STREQUAL "shown")
  string(APPEND printed "${errors}")
elseif(NOT result EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} ${ARGS} failed: ${result}\n${errors}")
endif()

file(READ "${FILE}" text)
string(REGEX MATCH "<!-- ${MARKER}:begin[^>]*-->\n" begin_marker "${text}")
set(end_marker "<!-- ${MARKER}:end -->")
string(FIND "${text}" "${end_marker}" end)
if(begin_marker STREQUAL "" OR end EQUAL -1)
  message(FATAL_ERROR "${FILE} has no block between '<!-- ${MARKER}:begin -->' and '${end_marker}'")
endif()
string(FIND "${text}" "${begin_marker}" begin)
string(LENGTH "${begin_marker}" marker_length)
math(EXPR body_start "${begin} + ${marker_length}")
math(EXPR body_length "${end} - ${body_start}")
string(SUBSTRING "${text}" ${body_start} ${body_length} block)

if(MODE STREQUAL "shown")
  string(REGEX MATCH "^```[a-z]*\n(.*)```\n$" _ "${block}")
  set(shown "${CMAKE_MATCH_1}")
  if(shown STREQUAL "")
    message(FATAL_ERROR "${FILE}'s ${MARKER} block is not one fenced block")
  endif()
  string(FIND "${printed}" "${shown}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "${PROGRAM} (exit ${result}) does not print what ${FILE} shows:\n${shown}\n"
                        "It printed:\n${printed}")
  endif()
  message(STATUS "${FILE} shows what ${PROGRAM} prints")
elseif(MODE STREQUAL "rows")
  function(row_labels from out)
    string(REGEX MATCHALL "\n\\| [^|]+ \\|" rows "\n${from}")
    set(${out} "${rows}" PARENT_SCOPE)
  endfunction()
  row_labels("${printed}" expected)
  row_labels("${block}" documented)
  if(NOT expected STREQUAL documented)
    message(FATAL_ERROR "${FILE}'s ${MARKER} rows are not what ${PROGRAM} ${ARGS} prints; run "
                        "bench/run.sh.\nprinted: ${expected}\ndocument: ${documented}")
  endif()
  message(STATUS "${FILE}'s ${MARKER} block has the rows ${PROGRAM} ${ARGS} prints")
elseif(block STREQUAL printed)
  message(STATUS "${FILE}'s ${MARKER} is what ${PROGRAM} ${ARGS} prints")
elseif(UPDATE)
  string(SUBSTRING "${text}" 0 ${body_start} head)
  string(SUBSTRING "${text}" ${end} -1 tail)
  file(WRITE "${FILE}" "${head}${printed}${tail}")
  message(STATUS "${FILE}'s ${MARKER} rewritten from ${PROGRAM} ${ARGS}")
else()
  string(REPLACE ";" "|" args "${ARGS}")
  message(FATAL_ERROR "${FILE}'s ${MARKER} differs from what ${PROGRAM} ${ARGS} prints. Regenerate "
                      "it: cmake -DPROGRAM=${PROGRAM} \"-DARGS=${args}\" -DMARKER=${MARKER} "
                      "-DFILE=${FILE} -DUPDATE=ON -P ${CMAKE_CURRENT_LIST_FILE}\n--- ${FILE} ---\n"
                      "${block}\n--- printed ---\n${printed}")
endif()
