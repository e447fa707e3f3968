# The SQLite extension in the sqlite3 shell, on a table of 1,000,000 generated codes plus values of
# every other type and the int64 extremes, and on the texts sql_rows writes: every answer is checked
# against the headers row for row. A policy that names none is an error, not an answer.
# It also holds what docs/sql.md says of SQLite's edges: a module loaded first that exports the C
# API's names changes no answer; only the forms that name a policy can be stored; a column declared
# INTEGER converts '128' at insert; an index is used for "= 1"; errors quote a bounded prefix.
#   cmake -DSQLITE3=sqlite3 -DEXTENSION=consent.so -DIMPOSTOR=impostor.so -DROWS=sql_rows
#         -DSCRATCH=dir -P check_sqlite.cmake
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

# sqlite3 ARGS... with its output in `out`, expected to succeed (ok) or to exit with an error
# (error), its message in `err`.
function(sqlite expect)
  execute_process(COMMAND "${SQLITE3}" ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE out
                  ERROR_VARIABLE err)
  if(expect STREQUAL "ok" AND NOT result EQUAL 0)
    message(FATAL_ERROR "sqlite3 ${ARGN} failed (${result}):\n${out}${err}")
  elseif(expect STREQUAL "error" AND result EQUAL 0)
    message(FATAL_ERROR "sqlite3 ${ARGN} must fail:\n${out}")
  endif()
  string(STRIP "${out}" out)
  set(out "${out}" PARENT_SCOPE)
  set(err "${err}" PARENT_SCOPE)
endfunction()

# Misuse is an error that names itself, never an answer.
foreach(case "consent_trainable(128, 'nope')|no policy is named 'nope'"
             "consent_trainable(128, 1)|the policy must be a name"
             "consent_text_trainable('free/unset/standard', NULL)|the policy must be a name"
             "consent_trainable()|wrong number of arguments")
  string(REPLACE "|" ";" case "${case}")
  list(GET case 0 call)
  list(GET case 1 message)
  sqlite(error ":memory:" ".load ${EXTENSION}" "SELECT 'answered', ${call};")
  if(out MATCHES "answered" OR NOT err MATCHES "${message}")
    message(FATAL_ERROR "${call} must fail with \"${message}\":\n${out}${err}")
  endif()
endforeach()
message(STATUS "misuse is an error in SQL")

# Loaded after a module that exports consent_code_trainable (and answers yes), consent calls its own.
set(probe "SELECT consent_trainable(384), consent_trainable(-1), consent_trainable(130, '2024-06-12'),
                  consent_text_trainable('plus/off/standard'), consent_trainable(128);")
sqlite(ok ":memory:" ".load ${EXTENSION}" "${probe}")
set(alone "${out}")
sqlite(ok ":memory:" ".load ${IMPOSTOR}" ".load ${EXTENSION}" "${probe}")
if(NOT out STREQUAL alone OR NOT alone MATCHES "^0\\|0\\|.*1$")
  message(FATAL_ERROR "after another module exporting the C API's names, consent answered ${out} (alone: ${alone})")
endif()
message(STATUS "a module loaded first that exports the C API's names changes no answer")

# Stored answers name their policy: the one-argument forms are refused in an index, a partial
# index's WHERE and a generated column; the named forms are accepted, and "= 1" finds the index.
foreach(definition "CREATE INDEX i ON t(consent_trainable(code))"
                   "CREATE INDEX i ON t(consent_text_trainable(state))"
                   "CREATE INDEX i ON t(code) WHERE consent_trainable(code)"
                   "CREATE TABLE g(code, ok AS (consent_trainable(code)))")
  sqlite(error ":memory:" ".bail on" ".load ${EXTENSION}" "CREATE TABLE t(code, state)"
         "${definition}" "INSERT INTO t VALUES (128, 'plus/on/standard')" "SELECT 'stored'")
  if(out MATCHES "stored" OR NOT err MATCHES "non-deterministic")
    message(FATAL_ERROR "${definition} must be refused as non-deterministic:\n${out}${err}")
  endif()
endforeach()
set(plan_setup ".load ${EXTENSION}" "CREATE TABLE t(code)"
    "CREATE INDEX by_answer ON t(consent_trainable(code, '2024-06-12'))"
    "CREATE TABLE g(code, ok AS (consent_trainable(code, '2024-06-12')))"
    "INSERT INTO g(code) VALUES (128), (-1)")
sqlite(ok ":memory:" ${plan_setup}
       "EXPLAIN QUERY PLAN SELECT * FROM t WHERE consent_trainable(code, '2024-06-12') = 1")
if(NOT out MATCHES "USING INDEX by_answer")
  message(FATAL_ERROR "WHERE consent_trainable(code, policy) = 1 must use the index:\n${out}")
endif()
sqlite(ok ":memory:" ${plan_setup}
       "EXPLAIN QUERY PLAN SELECT * FROM t WHERE consent_trainable(code, '2024-06-12')")
if(out MATCHES "USING INDEX by_answer")
  message(STATUS "note: SQLite now uses the index without \"= 1\"; docs/sql.md may say so")
endif()
sqlite(ok ":memory:" ${plan_setup} "SELECT group_concat(ok) FROM g")
if(NOT out STREQUAL "1,0")
  message(FATAL_ERROR "a generated column under a named policy answered ${out}")
endif()
message(STATUS "only the forms that name a policy are stored; an index is used with = 1")

# Type affinity happens at insert, before consent sees the value: a column declared INTEGER stores
# '128' as the integer 128; a column with no type keeps the text, which is 0.
sqlite(ok ":memory:" ".load ${EXTENSION}" "CREATE TABLE typed(code INTEGER)"
       "CREATE TABLE plain(code)" "INSERT INTO typed VALUES ('128')" "INSERT INTO plain VALUES ('128')"
       "SELECT typeof(typed.code), consent_trainable(typed.code), typeof(plain.code),
               consent_trainable(plain.code) FROM typed, plain")
if(NOT out STREQUAL "integer|1|text|0")
  message(FATAL_ERROR "INTEGER affinity and an untyped column: expected integer|1|text|0, got ${out}")
endif()
message(STATUS "a column declared INTEGER converts '128' at insert; an untyped one does not")

# An unknown policy's error quotes at most 40 bytes of it, escaped, and shows a NUL as \x00.
sqlite(error ":memory:" ".load ${EXTENSION}"
       "SELECT consent_trainable(128, '2024-06-12' || char(0))")
if(NOT err MATCHES "no policy is named '2024-06-12\\\\x00'")
  message(FATAL_ERROR "a policy with a NUL must be quoted with the NUL shown:\n${err}")
endif()
sqlite(error ":memory:" ".load ${EXTENSION}"
       "SELECT consent_trainable(128, char(10) || replace(hex(zeroblob(500000)), '0', 'x'))")
string(LENGTH "${err}" length)
if(length GREATER 260 OR NOT err MATCHES "no policy is named '\\\\x0axxxxxxxx+\\.\\.\\.'")
  message(FATAL_ERROR "a 1 MB policy must be quoted as a short escaped prefix (${length} bytes):\n${err}")
endif()
message(STATUS "an unknown policy is quoted short and escaped")
