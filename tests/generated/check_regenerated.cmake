# A generator must reproduce what is checked in, byte for byte: GENERATOR writes into SCRATCH (a
# file, or a directory holding FILES), and each is compared with the checked-in copy in CHECKED_IN.
#   cmake -DGENERATOR=make_state_texts -DCHECKED_IN=include/.../state_texts.hpp -DSCRATCH=file
#         "-DFIX=how to regenerate" -P check_regenerated.cmake
#   cmake -DGENERATOR=make_vectors -DCHECKED_IN=tests/vectors/v2 -DSCRATCH=dir -DFILES=a.csv|b.csv
#         "-DFIX=..." -P check_regenerated.cmake
string(REPLACE "|" ";" FILES "${FILES}")
if(FILES)
  file(MAKE_DIRECTORY "${SCRATCH}")
endif()
execute_process(COMMAND "${GENERATOR}" "${SCRATCH}" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "${GENERATOR} failed: ${result}")
endif()
set(pairs "${SCRATCH}|${CHECKED_IN}")
if(FILES)
  set(pairs)
  foreach(name IN LISTS FILES)
    list(APPEND pairs "${SCRATCH}/${name}|${CHECKED_IN}/${name}")
  endforeach()
endif()
foreach(pair IN LISTS pairs)
  string(REPLACE "|" ";" pair "${pair}")
  list(GET pair 0 written)
  list(GET pair 1 checked_in)
  execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files "${written}" "${checked_in}"
                  RESULT_VARIABLE differs)
  if(differs)
    message(FATAL_ERROR "${checked_in} is not what ${GENERATOR} writes. ${FIX}")
  endif()
endforeach()
message(STATUS "${GENERATOR} reproduces ${CHECKED_IN}")
