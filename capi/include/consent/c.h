/* consent C API: the SDK for C and for every language and database that calls C (Python's ctypes,
 * SQLite and PostgreSQL extensions). It answers exactly as the C++ headers do, from the same code,
 * and with the same rules: anything that is not a valid state is not trainable, and misuse (a null
 * pointer where data is needed, a policy number that names no policy) stops the program, printing
 * what was wrong, rather than answer. The library is libconsent_c (CMake target consent::c).
 *
 * Every value below equals the C++ enumerator of the same name (checked where the library is
 * compiled). Text returned by the library is NUL-terminated static storage. */
#ifndef CONSENT_C_H
#define CONSENT_C_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The library exports these functions and nothing else. A module that links the C API's objects
 * in (the SQL extensions) defines CONSENT_C_NO_EXPORT: there they are hidden, so the module calls
 * its own code and never a same-named function that another loaded module exports. */
#if defined(CONSENT_C_NO_EXPORT)
#define CONSENT_C_EXPORT
#elif defined(_WIN32) && defined(CONSENT_C_BUILDING)
#define CONSENT_C_EXPORT __declspec(dllexport)
#elif defined(__GNUC__) || defined(__clang__)
#define CONSENT_C_EXPORT __attribute__((visibility("default")))
#else
#define CONSENT_C_EXPORT
#endif

/* The 0.2 names that have a new one: still declared, and the compiler says which to use. */
#if defined(__GNUC__) || defined(__clang__)
#define CONSENT_C_DEPRECATED(use) __attribute__((deprecated("use " use)))
#else
#define CONSENT_C_DEPRECATED(use)
#endif

/* Policies, by number: consent_policy_name() and consent_policy_from_name() convert. */
#define CONSENT_POLICY_2024_06_12 0
#define CONSENT_POLICY_2026_10_05 1
#define CONSENT_POLICY_COUNT 2
#define CONSENT_POLICY_DEFAULT CONSENT_POLICY_2024_06_12 /* consent::default_policy */
#define CONSENT_POLICY_LATEST CONSENT_POLICY_2026_10_05  /* consent::latest_policy */

enum consent_tier {
  CONSENT_TIER_FREE,
  CONSENT_TIER_PLUS,
  CONSENT_TIER_TEAM, /* Business since 2025-08-29: CONSENT_TIER_BUSINESS is the same value */
  CONSENT_TIER_ENTERPRISE,
  CONSENT_TIER_API,
  CONSENT_TIER_PRO,
  CONSENT_TIER_GO,
  CONSENT_TIER_EDU
};
#define CONSENT_TIER_BUSINESS CONSENT_TIER_TEAM
enum consent_toggle { CONSENT_TOGGLE_UNSET, CONSENT_TOGGLE_ON, CONSENT_TOGGLE_OFF };
enum consent_mode { CONSENT_MODE_STANDARD, CONSENT_MODE_TEMPORARY };
enum consent_feedback { CONSENT_FEEDBACK_NONE, CONSENT_FEEDBACK_GIVEN };
enum consent_reason {
  CONSENT_REASON_CONSUMER_DEFAULT,
  CONSENT_REASON_OPTED_IN,
  CONSENT_REASON_OPTED_OUT,
  CONSENT_REASON_TEMPORARY_CHAT,
  CONSENT_REASON_BUSINESS_DEFAULT,
  CONSENT_REASON_API_DEFAULT,
  CONSENT_REASON_INVALID_STATE,
  CONSENT_REASON_NO_POLICY,
  CONSENT_REASON_NOT_IN_POLICY
};

/* Errors: 0 is success; otherwise the C++ error code plus one. */
enum consent_parse_status {
  CONSENT_PARSE_OK,
  CONSENT_PARSE_EMPTY,
  CONSENT_PARSE_UNKNOWN_TIER,
  CONSENT_PARSE_UNKNOWN_TOGGLE,
  CONSENT_PARSE_UNKNOWN_MODE,
  CONSENT_PARSE_MISSING_SEPARATOR,
  CONSENT_PARSE_EXTRA_SEPARATOR,
  CONSENT_PARSE_TRAILING_INPUT,
  CONSENT_PARSE_NOT_A_STATE,
  CONSENT_PARSE_UNKNOWN_NAME
};
enum consent_decode_status {
  CONSENT_DECODE_OK,
  CONSENT_DECODE_UNKNOWN_LAYOUT,
  CONSENT_DECODE_FUTURE_LAYOUT,
  CONSENT_DECODE_TIER_OUT_OF_RANGE,
  CONSENT_DECODE_TOGGLE_OUT_OF_RANGE,
  CONSENT_DECODE_NOT_A_STATE,
  CONSENT_DECODE_NOT_A_BYTE
};

/* Which enum consent_name() and consent_parse_name() speak of. */
enum consent_enum {
  CONSENT_ENUM_TIER,
  CONSENT_ENUM_TOGGLE,
  CONSENT_ENUM_MODE,
  CONSENT_ENUM_FEEDBACK,
  CONSENT_ENUM_REASON,
  CONSENT_ENUM_PARSE_ERROR, /* the C++ parse_errc: status minus one */
  CONSENT_ENUM_DECODE_ERROR /* the C++ decode_errc: status minus one */
};

/* A consent state as stored, the C++ snapshot: the four fields, each any byte (out-of-range values
 * are no state), named as in C++. */
typedef struct consent_snapshot {
  uint8_t account;       /* enum consent_tier */
  uint8_t improve_model; /* enum consent_toggle */
  uint8_t chat;          /* enum consent_mode */
  uint8_t rated;         /* enum consent_feedback */
} consent_snapshot;
/* The 0.2 name of consent_snapshot (its fields were tier and feedback). */
typedef consent_snapshot consent_state CONSENT_C_DEPRECATED("consent_snapshot");

/* The answer and the reason to log. */
typedef struct consent_decision {
  int trainable; /* 1 or 0 */
  int reason;    /* enum consent_reason */
} consent_decision;

/* The longest text consent_to_string() writes, without its NUL. */
#define CONSENT_STATE_TEXT_MAX 37

/* "0.2.0". */
CONSENT_C_EXPORT const char* consent_version(void);

/* "2024-06-12" for CONSENT_POLICY_2024_06_12; stops the program for a number that names none. */
CONSENT_C_EXPORT const char* consent_policy_name(int policy);
/* The policy number of a name ("2024-06-12", "2026-10-05"), or -1 for any other text. */
CONSENT_C_EXPORT int consent_policy_from_name(const char* name, size_t size);

/* The answer for a state under a policy: evaluate<Policy>(state). */
CONSENT_C_EXPORT consent_decision consent_evaluate(int policy, consent_snapshot state);

/* The wire byte of a state (docs/wire-format.md); 0, which no decoder accepts, for a non-state. */
CONSENT_C_EXPORT uint8_t consent_encode(consent_snapshot state);
/* Reads a code of any integer width: CONSENT_DECODE_OK and *state, or the status of what was
 * wrong (*state is then all zero). */
CONSENT_C_EXPORT int consent_decode(int64_t code, consent_snapshot* state);

/* Reads "plus/off/standard" (size bytes, no NUL needed; a NUL inside is an error): CONSENT_PARSE_OK
 * and *state, or the status and, if error_offset is not null, the byte where it was found. */
CONSENT_C_EXPORT int consent_parse(const char* text, size_t size, consent_snapshot* state,
                                   size_t* error_offset);
/* Writes the text of a state and a NUL into buffer when it fits in size bytes, as snprintf does:
 * returns the text's length; a result of size or more means it was cut (CONSENT_STATE_TEXT_MAX + 1
 * bytes always suffice). buffer may be null when size is 0. */
CONSENT_C_EXPORT size_t consent_to_string(consent_snapshot state, char* buffer, size_t size);

/* The name of one value ("plus", "opted_out"), or "unknown" for a value outside the enum. */
CONSENT_C_EXPORT const char* consent_name(int which, int value);
/* The value of a name: 0 and *value, or -1 for text that is no name of that enum. */
CONSENT_C_EXPORT int consent_parse_name(int which, const char* name, size_t size, int* value);

/* out[i] = 1 when codes[i] decodes to a state the policy trains on, else 0; returns how many are 1.
 * out may be codes itself but must not otherwise overlap it; either may be null only when n is 0.
 */
CONSENT_C_EXPORT size_t consent_classify(int policy, const uint8_t* codes, size_t n, uint8_t* out);

/* 1 when the code (any integer: outside 0..255 is never trainable) decodes to a trainable state. */
CONSENT_C_EXPORT int consent_code_trainable(int policy, int64_t code);
/* 1 when the text parses to a trainable state; 0 for anything else, malformed text included. text
 * may be null only when size is 0. */
CONSENT_C_EXPORT int consent_text_trainable(int policy, const char* text, size_t size);

/* The 0.2 names of consent_evaluate and consent_to_string. */
CONSENT_C_EXPORT CONSENT_C_DEPRECATED("consent_evaluate") consent_decision
    consent_decide(int policy, consent_snapshot state);
CONSENT_C_EXPORT CONSENT_C_DEPRECATED("consent_to_string") size_t
    consent_format(consent_snapshot state, char* buffer, size_t size);

#ifdef __cplusplus
}
#endif

#endif /* CONSENT_C_H */
