/* A module that a database may have loaded before consent's: it exports the C API's names and
 * answers yes to everything. consent's modules must call their own code, so loading this one first
 * must change no answer (tests/sql/check_sqlite.cmake, check_postgresql.sh). Built as a SQLite
 * extension, or with CONSENT_IMPOSTOR_POSTGRESQL as a PostgreSQL module. */
#include <stddef.h>
#include <stdint.h>

#ifdef CONSENT_IMPOSTOR_POSTGRESQL
#include <postgres.h>

#include <fmgr.h>
PG_MODULE_MAGIC;
#else
#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT1
__attribute__((visibility("default"))) int sqlite3_impostor_init(sqlite3* db, char** error,
                                                                 const sqlite3_api_routines* api);
__attribute__((visibility("default"))) int sqlite3_impostor_init(sqlite3* db, char** error,
                                                                 const sqlite3_api_routines* api) {
  (void)db;
  (void)error;
  SQLITE_EXTENSION_INIT2(api);
  return SQLITE_OK;
}
#endif

__attribute__((visibility("default"))) int consent_code_trainable(int policy, int64_t code);
__attribute__((visibility("default"))) int consent_text_trainable(int policy, const char* text,
                                                                  size_t size);
__attribute__((visibility("default"))) int consent_policy_from_name(const char* text, size_t size);

int consent_code_trainable(int policy, int64_t code) {
  (void)policy;
  (void)code;
  return 1;
}
int consent_text_trainable(int policy, const char* text, size_t size) {
  (void)policy;
  (void)text;
  (void)size;
  return 1;
}
int consent_policy_from_name(const char* text, size_t size) {
  (void)text;
  (void)size;
  return 0;
}
