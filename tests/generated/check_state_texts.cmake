# tools/make_state_texts must reproduce the checked-in detail/state_texts.hpp byte for byte.
#   cmake -DGENERATOR=make_state_texts -DCHECKED_IN=include/.../state_texts.hpp -DSCRATCH=file
#         -P check_state_texts.cmake
execute_process(COMMAND "${GENERATOR}" "${SCRATCH}" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "${GENERATOR} failed: ${result}")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files "${SCRATCH}" "${CHECKED_IN}"
                RESULT_VARIABLE differs)
if(differs)
  message(FATAL_ERROR "${CHECKED_IN} is not what make_state_texts writes: a name or a dimension "
                      "changed. Regenerate it: make_state_texts ${CHECKED_IN}")
endif()
