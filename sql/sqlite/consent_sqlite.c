/* consent for SQLite: a loadable extension over the C API.
 *   .load ./consent                      (the file is consent.so; its entry is
 * sqlite3_consent_init) SELECT count(*) FROM messages WHERE consent_trainable(code); SELECT * FROM
 * messages WHERE consent_text_trainable(state, '2026-10-05'); consent_trainable(code [, policy]) is
 * 1 when code is an INTEGER that decodes to a trainable state, else 0: NULL, REAL, TEXT and BLOB
 * values and integers outside 0..255 are 0, never converted. consent_text_trainable(text [,
 * policy]) is 1 when text is TEXT that parses to a trainable state, else 0. The policy is a name
 * ("2024-06-12", the default; "2026-10-05"); any other policy is an error, so a query never runs
 * under a policy it did not name. Only the two-argument forms may be persisted (see the init). */
#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT1

#include <consent/c.h>

#include "../common/quote.h"

#include <stddef.h>

/* The policy named by the second argument, or the default; -1 after reporting an error. */
static int policy_of(sqlite3_context* context, int argc, sqlite3_value** argv) {
  const unsigned char* name;
  int policy;
  if (argc < 2) return CONSENT_POLICY_DEFAULT;
  if (sqlite3_value_type(argv[1]) != SQLITE_TEXT) {
    sqlite3_result_error(context, "consent: the policy must be a name such as '2024-06-12'", -1);
    return -1;
  }
  name = sqlite3_value_text(argv[1]);
  policy = consent_policy_from_name((const char*)name, (size_t)sqlite3_value_bytes(argv[1]));
  if (policy < 0) {
    char quoted[CONSENT_QUOTE_SIZE];
    char* message;
    consent_quote((const char*)name, (size_t)sqlite3_value_bytes(argv[1]), quoted);
    message = sqlite3_mprintf("consent: no policy is named '%s'", quoted);
    sqlite3_result_error(context, message ? message : "consent: no such policy", -1);
    sqlite3_free(message);
  }
  return policy;
}

static void trainable(sqlite3_context* context, int argc, sqlite3_value** argv) {
  const int policy = policy_of(context, argc, argv);
  if (policy < 0) return;
  if (sqlite3_value_type(argv[0]) != SQLITE_INTEGER) {
    sqlite3_result_int(context, 0);
    return;
  }
  sqlite3_result_int(context, consent_code_trainable(policy, sqlite3_value_int64(argv[0])));
}

static void text_trainable(sqlite3_context* context, int argc, sqlite3_value** argv) {
  const int policy = policy_of(context, argc, argv);
  const unsigned char* text;
  if (policy < 0) return;
  if (sqlite3_value_type(argv[0]) != SQLITE_TEXT) {
    sqlite3_result_int(context, 0);
    return;
  }
  text = sqlite3_value_text(argv[0]);
  if (text == NULL) { /* out of memory: refuse rather than answer */
    sqlite3_result_error_nomem(context);
    return;
  }
  sqlite3_result_int(context, consent_text_trainable(policy, (const char*)text,
                                                     (size_t)sqlite3_value_bytes(argv[0])));
}

#ifdef _WIN32
__declspec(dllexport)
#else
__attribute__((visibility("default")))
#endif
    int sqlite3_consent_init(sqlite3* db, char** error, const sqlite3_api_routines* api) {
  /* Only the forms that name their policy are deterministic, so only they can be stored: in an
   * index, a generated column or a CHECK. The one-argument forms mean "the default policy", which a
   * later version may change, and SQLite refuses them there. */
  const int named = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
  const int by_default = SQLITE_UTF8 | SQLITE_INNOCUOUS;
  int arity;
  int rc = SQLITE_OK;
  (void)error;
  SQLITE_EXTENSION_INIT2(api);
  for (arity = 1; arity <= 2 && rc == SQLITE_OK; ++arity) {
    const int flags = arity == 2 ? named : by_default;
    rc =
        sqlite3_create_function(db, "consent_trainable", arity, flags, NULL, trainable, NULL, NULL);
    if (rc == SQLITE_OK) {
      rc = sqlite3_create_function(db, "consent_text_trainable", arity, flags, NULL, text_trainable,
                                   NULL, NULL);
    }
  }
  return rc;
}
