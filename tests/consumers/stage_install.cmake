# Installs the built tree into a fresh staging prefix, for the consumers that find an installed
# consent (find_package, pkg-config): the headers, and with -DCOMPONENTS=c the C API as well.
#   cmake -DBINARY_DIR=build -DSTAGE=dir [-DCOMPONENTS=c] -P stage_install.cmake
file(REMOVE_RECURSE "${STAGE}")
foreach(component "" ${COMPONENTS})
  set(component_args)
  if(component)
    set(component_args --component ${component})
  endif()
  execute_process(COMMAND ${CMAKE_COMMAND} --install "${BINARY_DIR}" --prefix "${STAGE}" ${component_args}
                  RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
  message(STATUS "${output}")
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install ${component_args} failed (${result})")
  endif()
endforeach()
