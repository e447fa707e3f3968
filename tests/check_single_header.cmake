# single_include/consent/consent.hpp must be exactly what tools/amalgamate.py makes of include/.
#   cmake -DPYTHON=python3 -DSOURCE_DIR=checkout -DSCRATCH=file -P check_single_header.cmake
execute_process(COMMAND "${PYTHON}" "${SOURCE_DIR}/tools/amalgamate.py" --output "${SCRATCH}"
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "tools/amalgamate.py failed (${result})")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files "${SCRATCH}"
                        "${SOURCE_DIR}/single_include/consent/consent.hpp" RESULT_VARIABLE differs)
if(differs)
  message(FATAL_ERROR "single_include/consent/consent.hpp is out of date: run tools/amalgamate.py")
endif()
