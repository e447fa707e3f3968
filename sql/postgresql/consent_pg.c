/* consent for PostgreSQL: an extension over the C API (CREATE EXTENSION consent).
 *   SELECT count(*) FROM messages WHERE consent_trainable(code);
 *   SELECT * FROM messages WHERE consent_text_trainable(state, '2026-10-05');
 * consent_trainable(code bigint [, policy text]) is true when code decodes to a trainable state;
 * any integer outside 0..255, and NULL, is false. consent_text_trainable(text [, policy text]) is
 * true when the text parses to a trainable state; malformed text and NULL are false. The policy is
 * a name ("2024-06-12", the default; "2026-10-05"); any other name, or a NULL policy, is an error,
 * so a query never runs under a policy it did not name. */
#include <postgres.h>

#include <fmgr.h>

#include <consent/c.h>

#include "../common/quote.h"

PG_MODULE_MAGIC;

/* The C symbols are pg_consent_*: consent_* are the C API's own. */

/* The policy named by argument `at`, or the default when the call has no such argument. */
static int policy_of(FunctionCallInfo fcinfo, int at) {
  text* name;
  int policy;
  if (PG_NARGS() <= at) return CONSENT_POLICY_DEFAULT;
  if (PG_ARGISNULL(at)) {
    ereport(ERROR, (errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
                    errmsg("consent: the policy is NULL; name one, such as '2024-06-12'")));
  }
  name = PG_GETARG_TEXT_PP(at);
  policy = consent_policy_from_name(VARDATA_ANY(name), VARSIZE_ANY_EXHDR(name));
  if (policy < 0) {
    char quoted[CONSENT_QUOTE_SIZE];
    consent_quote(VARDATA_ANY(name), VARSIZE_ANY_EXHDR(name), quoted);
    ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                    errmsg("consent: no policy is named '%s'", quoted)));
  }
  return policy;
}

PG_FUNCTION_INFO_V1(pg_consent_trainable);
Datum pg_consent_trainable(PG_FUNCTION_ARGS) {
  const int policy = policy_of(fcinfo, 1);
  if (PG_ARGISNULL(0)) PG_RETURN_BOOL(false);
  PG_RETURN_BOOL(consent_code_trainable(policy, PG_GETARG_INT64(0)) == 1);
}

PG_FUNCTION_INFO_V1(pg_consent_text_trainable);
Datum pg_consent_text_trainable(PG_FUNCTION_ARGS) {
  const int policy = policy_of(fcinfo, 1);
  text* value;
  if (PG_ARGISNULL(0)) PG_RETURN_BOOL(false);
  value = PG_GETARG_TEXT_PP(0);
  PG_RETURN_BOOL(consent_text_trainable(policy, VARDATA_ANY(value), VARSIZE_ANY_EXHDR(value)) == 1);
}

/* consent_trainable(text [, policy]): text is no code. Without this overload PostgreSQL would read
 * the untyped literal '128' as a bigint and answer; with it, text data is an error (NULL is false,
 * as for every other form). */
PG_FUNCTION_INFO_V1(pg_consent_text_is_no_code);
Datum pg_consent_text_is_no_code(PG_FUNCTION_ARGS) {
  (void)policy_of(fcinfo, 1);
  if (PG_ARGISNULL(0)) PG_RETURN_BOOL(false);
  ereport(ERROR, (errcode(ERRCODE_DATATYPE_MISMATCH),
                  errmsg("consent: consent_trainable takes an integer code, not text"),
                  errhint("For a state's text, such as 'plus/on/standard', use "
                          "consent_text_trainable.")));
  PG_RETURN_BOOL(false);
}

/* consent_text_trainable(char(n) [, policy]): PostgreSQL pads char(n) and strips the padding when
 * it converts to text, so 'free/unset/standard   ' would be read as a state it is not. A padded
 * type cannot hold a state's exact text: an error, not an answer (NULL is false). */
PG_FUNCTION_INFO_V1(pg_consent_padded_text);
Datum pg_consent_padded_text(PG_FUNCTION_ARGS) {
  (void)policy_of(fcinfo, 1);
  if (PG_ARGISNULL(0)) PG_RETURN_BOOL(false);
  ereport(ERROR, (errcode(ERRCODE_DATATYPE_MISMATCH),
                  errmsg("consent: consent_text_trainable takes text, not char(n), whose padding "
                         "PostgreSQL strips"),
                  errhint("Store states as text or varchar.")));
  PG_RETURN_BOOL(false);
}
