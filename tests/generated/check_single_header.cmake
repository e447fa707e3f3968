# single_include/consent/ must be exactly what tools/amalgamate.py makes of include/.
#   cmake -DPYTHON=python3 -DSOURCE_DIR=checkout -DSCRATCH=dir -P check_single_header.cmake
file(REMOVE_RECURSE "${SCRATCH}")
execute_process(COMMAND "${PYTHON}" "${SOURCE_DIR}/tools/amalgamate.py" --output "${SCRATCH}"
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "tools/amalgamate.py failed (${result})")
endif()
file(GLOB generated RELATIVE "${SCRATCH}" "${SCRATCH}/*.hpp")
file(GLOB checked_in RELATIVE "${SOURCE_DIR}/single_include/consent"
     "${SOURCE_DIR}/single_include/consent/*.hpp")
if(NOT generated STREQUAL checked_in)
  message(FATAL_ERROR "single_include/consent/ has ${checked_in}, the script makes ${generated}: "
                      "run tools/amalgamate.py")
endif()
foreach(name IN LISTS generated)
  execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files "${SCRATCH}/${name}"
                          "${SOURCE_DIR}/single_include/consent/${name}" RESULT_VARIABLE differs)
  if(differs)
    message(FATAL_ERROR "single_include/consent/${name} is out of date: run tools/amalgamate.py")
  endif()
endforeach()
