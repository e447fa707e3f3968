# examples/export_sqlite on a fresh database file, then the same question asked in SQL through the
# consent extension: the C++ route (training_export) and the SQL route must count the same rows,
# and the audit log must hold one line a message, the trainable ones exactly those exported.
#   cmake -DEXPORT=export_sqlite -DSQLITE3=sqlite3 -DEXTENSION=consent.so -DSCRATCH=dir -P check_export.cmake
file(REMOVE_RECURSE "${SCRATCH}")
file(MAKE_DIRECTORY "${SCRATCH}")
execute_process(COMMAND "${EXPORT}" "${SCRATCH}/messages.db" "${SCRATCH}/audit.log" 500 40
                RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "export_sqlite failed (${result}):\n${out}")
endif()
message(STATUS "${out}")
string(REGEX MATCH "exported for training: ([0-9]+)" _ "${out}")
set(exported ${CMAKE_MATCH_1})

execute_process(COMMAND "${SQLITE3}" "${SCRATCH}/messages.db" ".load ${EXTENSION}"
  "SELECT count(*) FROM messages WHERE consent_trainable(consent_code);"
  "SELECT count(*) FROM training_export;"
  "SELECT count(*) FROM messages;"
  "SELECT count(*) FROM training_export JOIN messages ON messages.id = message_id WHERE NOT consent_trainable(consent_code);"
  RESULT_VARIABLE result OUTPUT_VARIABLE counts ERROR_VARIABLE err)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "the sqlite3 shell failed (${result}):\n${counts}${err}")
endif()
string(REPLACE "\n" ";" counts "${counts}")
list(GET counts 0 sql_route)
list(GET counts 1 cpp_route)
list(GET counts 2 messages)
list(GET counts 3 disagreeing)
if(NOT sql_route EQUAL exported OR NOT cpp_route EQUAL exported OR NOT disagreeing EQUAL 0)
  message(FATAL_ERROR "SQL says ${sql_route} trainable, training_export holds ${cpp_route}, the "
                      "export said ${exported}, ${disagreeing} exported rows SQL refuses")
endif()

file(STRINGS "${SCRATCH}/audit.log" lines)
file(STRINGS "${SCRATCH}/audit.log" granted REGEX " decision=trainable ")
list(LENGTH lines line_count)
list(LENGTH granted granted_count)
if(NOT line_count EQUAL messages OR NOT granted_count EQUAL exported)
  message(FATAL_ERROR "the audit log has ${line_count} lines (${granted_count} trainable) for "
                      "${messages} messages (${exported} exported)")
endif()
message(STATUS "SQL and C++ agree: ${exported} of ${messages} messages trainable; ${line_count} audit lines")

# An audit log that cannot be written fails the export.
execute_process(COMMAND "${EXPORT}" "${SCRATCH}/again.db" /dev/full 20 5
                RESULT_VARIABLE result OUTPUT_QUIET ERROR_VARIABLE err)
if(result EQUAL 0)
  message(FATAL_ERROR "export_sqlite reported success with an audit log on /dev/full")
endif()
