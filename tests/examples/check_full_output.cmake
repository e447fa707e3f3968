# A program whose output cannot be written (stdout is /dev/full) must say so and exit non-zero.
# With FULL_DIR, the program is given a directory whose files FILES all lead to /dev/full instead.
#   cmake -DPROGRAM=policy_table [-DARGS=--diagram] -P check_full_output.cmake
#   cmake -DPROGRAM=make_vectors -DFULL_DIR=dir -DFILES=bytes.csv,text.csv -P check_full_output.cmake
separate_arguments(args UNIX_COMMAND "${ARGS}")
set(stdout_file /dev/full)
if(DEFINED FULL_DIR)
  file(REMOVE_RECURSE "${FULL_DIR}")
  file(MAKE_DIRECTORY "${FULL_DIR}")
  string(REPLACE "," ";" files "${FILES}")
  foreach(name IN LISTS files)
    file(CREATE_LINK /dev/full "${FULL_DIR}/${name}" SYMBOLIC)
  endforeach()
  list(APPEND args "${FULL_DIR}")
  set(stdout_file "${FULL_DIR}.out")
endif()
execute_process(COMMAND "${PROGRAM}" ${args} OUTPUT_FILE "${stdout_file}" RESULT_VARIABLE result
                ERROR_VARIABLE err)
if(result EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} ${ARGS} exited 0 although its output went nowhere")
endif()
if(NOT err MATCHES "could not write")
  message(FATAL_ERROR "${PROGRAM} ${ARGS} failed (${result}) without saying why:\n${err}")
endif()
message(STATUS "${PROGRAM} ${ARGS}: ${err}")
