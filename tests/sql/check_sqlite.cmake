# The SQLite extension in the sqlite3 shell, on a table of 1,000,000 generated codes plus values of
# every other type and the int64 extremes, and on the texts sql_rows writes: every answer is checked
# against the headers row for row. A policy that names none is an error, not an answer.
#   cmake -DSQLITE3=sqlite3 -DEXTENSION=consent.so -DROWS=sql_rows -DSCRATCH=dir -P check_sqlite.cmake
file(REMOVE_RECURSE "${SCRATCH}")
file(MAKE_DIRECTORY "${SCRATCH}")

function(run what)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "${what} failed (${result}):\n${out}${err}")
  endif()
  set(out "${out}" PARENT_SCOPE)
endfunction()

run("sql_rows texts" "${ROWS}" texts "${SCRATCH}/texts.sql")
file(WRITE "${SCRATCH}/script.sql" "
.bail on
.load ${EXTENSION}
CREATE TABLE codes(id INTEGER PRIMARY KEY, code);
WITH RECURSIVE n(id) AS (SELECT 1 UNION ALL SELECT id + 1 FROM n WHERE id < 1000000)
INSERT INTO codes SELECT id, (id * 7919) % 1111 - 300 FROM n;
INSERT INTO codes VALUES (1000001, NULL), (1000002, 128.0), (1000003, '128'), (1000004, x'80'),
  (1000005, -9223372036854775808), (1000006, 9223372036854775807), (1000007, 4294967424),
  (1000008, 128.5), (1000009, -128), (1000010, 384);
CREATE TABLE texts(id INTEGER PRIMARY KEY, state TEXT);
.read ${SCRATCH}/texts.sql
.mode csv
.output ${SCRATCH}/codes.csv
SELECT id, typeof(code), code, consent_trainable(code), consent_trainable(code, '2026-10-05')
  FROM codes ORDER BY id;
.output ${SCRATCH}/texts.csv
SELECT id, consent_text_trainable(state), consent_text_trainable(state, '2026-10-05')
  FROM texts ORDER BY id;
.output stdout
SELECT 'blob text: ' || consent_text_trainable(CAST('free/unset/standard' AS BLOB));
")
run("the sqlite3 shell" "${SQLITE3}" ":memory:" ".read ${SCRATCH}/script.sql")
if(NOT out MATCHES "blob text: 0")
  message(FATAL_ERROR "a BLOB holding a state's text must not be trainable:\n${out}")
endif()
run("checking the codes" "${ROWS}" check-codes "${SCRATCH}/codes.csv")
message(STATUS "${out}")
run("checking the texts" "${ROWS}" check-texts "${SCRATCH}/texts.csv")
message(STATUS "${out}")

# Misuse is an error that names itself, never an answer.
foreach(case "consent_trainable(128, 'nope')|no policy is named 'nope'"
             "consent_trainable(128, 1)|the policy must be a name"
             "consent_text_trainable('free/unset/standard', NULL)|the policy must be a name"
             "consent_trainable()|wrong number of arguments")
  string(REPLACE "|" ";" case "${case}")
  list(GET case 0 call)
  list(GET case 1 message)
  execute_process(COMMAND "${SQLITE3}" ":memory:" ".load ${EXTENSION}" "SELECT 'answered', ${call};"
                  RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(result EQUAL 0 OR out MATCHES "answered" OR NOT err MATCHES "${message}")
    message(FATAL_ERROR "${call} must fail with \"${message}\" (${result}):\n${out}${err}")
  endif()
endforeach()
message(STATUS "misuse is an error in SQL")
