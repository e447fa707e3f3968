# tools/make_vectors must reproduce the checked-in vectors byte for byte.
#   cmake -DGENERATOR=make_vectors -DCHECKED_IN=tests/vectors -DSCRATCH=dir -P check_vectors.cmake
file(MAKE_DIRECTORY "${SCRATCH}")
execute_process(COMMAND "${GENERATOR}" "${SCRATCH}" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "${GENERATOR} failed: ${result}")
endif()
foreach(name bytes.csv text.csv)
  execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files "${SCRATCH}/${name}" "${CHECKED_IN}/${name}"
                  RESULT_VARIABLE differs)
  if(differs)
    message(FATAL_ERROR "${CHECKED_IN}/${name} is not what make_vectors writes; the wire or text "
                        "format changed. If that is deliberate, regenerate the vectors and bump the layout.")
  endif()
endforeach()
