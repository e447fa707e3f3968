# Installs the configured build tree into a fresh staging prefix, for the consumers that find an
# installed consent (find_package, pkg-config).
#   cmake -DBINARY_DIR=build -DSTAGE=dir -P stage_install.cmake
file(REMOVE_RECURSE "${STAGE}")
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BINARY_DIR}" --prefix "${STAGE}"
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
message(STATUS "${output}")
if(NOT result EQUAL 0)
  message(FATAL_ERROR "cmake --install failed (${result})")
endif()
