/* The C API from C (C11, strict warnings): every state round-trips through the wire byte and the
 * text; decide, classify, the code and the text answer alike; hostile input is refused. The
 * answers themselves are checked against the C++ headers in against_cpp.cpp. */
#include <consent/c.h>

#include <stdio.h>
#include <string.h>

static int failures = 0;

#define EXPECT(condition)                                                      \
  do {                                                                         \
    if (!(condition)) {                                                        \
      fprintf(stderr, "%s:%d: expected %s\n", __FILE__, __LINE__, #condition); \
      ++failures;                                                              \
    }                                                                          \
  } while (0)

static void every_state_round_trips(int policy) {
  int states = 0;
  for (int t = 0; t < 256; ++t) {
    for (int g = 0; g < 4; ++g) {
      for (int m = 0; m < 3; ++m) {
        for (int f = 0; f < 3; ++f) {
          const consent_snapshot s = {(uint8_t)t, (uint8_t)g, (uint8_t)m, (uint8_t)f};
          const consent_decision d = consent_evaluate(policy, s);
          const uint8_t code = consent_encode(s);
          char text[CONSENT_STATE_TEXT_MAX + 1];
          const size_t length = consent_to_string(s, text, sizeof text);
          consent_snapshot back;
          EXPECT(length < sizeof text && strlen(text) == length);
          EXPECT(d.trainable == 0 || d.trainable == 1);
          /* The same answer from the code, the text and a batch of one. */
          EXPECT(consent_code_trainable(policy, code) == d.trainable);
          EXPECT(consent_text_trainable(policy, text, length) == d.trainable);
          {
            uint8_t out = 7;
            EXPECT(consent_classify(policy, &code, 1, &out) == (size_t)d.trainable);
            EXPECT(out == d.trainable);
          }
          if (code == 0) {
            /* No state: nothing reads it back, and it is refused as invalid or unnamed. */
            EXPECT(d.trainable == 0);
            EXPECT(consent_decode(code, &back) == CONSENT_DECODE_UNKNOWN_LAYOUT);
            continue;
          }
          ++states;
          EXPECT(consent_decode(code, &back) == CONSENT_DECODE_OK);
          EXPECT(memcmp(&back, &s, sizeof s) == 0);
          EXPECT(consent_parse(text, length, &back, NULL) == CONSENT_PARSE_OK);
          EXPECT(memcmp(&back, &s, sizeof s) == 0);
        }
      }
    }
  }
  EXPECT(states == 90); /* the wire carries every combination that is a state */
}

static void policies_and_names(void) {
  int value = -1;
  EXPECT(strcmp(consent_version(), "0.2.0") == 0);
  EXPECT(strcmp(consent_policy_name(CONSENT_POLICY_DEFAULT), "2024-06-12") == 0);
  EXPECT(strcmp(consent_policy_name(CONSENT_POLICY_LATEST), "2026-10-05") == 0);
  EXPECT(consent_policy_from_name("2026-10-05", 10) == CONSENT_POLICY_2026_10_05);
  EXPECT(consent_policy_from_name("2026-10-05", 9) == -1);
  EXPECT(consent_policy_from_name("2025-01-01", 10) == -1);
  EXPECT(consent_policy_from_name(NULL, 0) == -1);
  EXPECT(strcmp(consent_name(CONSENT_ENUM_TIER, CONSENT_TIER_BUSINESS), "team") == 0);
  EXPECT(strcmp(consent_name(CONSENT_ENUM_REASON, CONSENT_REASON_OPTED_OUT), "opted_out") == 0);
  EXPECT(strcmp(consent_name(CONSENT_ENUM_TIER, 8), "unknown") == 0);
  EXPECT(strcmp(consent_name(CONSENT_ENUM_TIER, -1), "unknown") == 0);
  EXPECT(strcmp(consent_name(CONSENT_ENUM_TIER, 258), "unknown") == 0);
  EXPECT(strcmp(consent_name(CONSENT_ENUM_DECODE_ERROR, CONSENT_DECODE_NOT_A_BYTE - 1),
                "not_a_byte") == 0);
  EXPECT(consent_parse_name(CONSENT_ENUM_TIER, "business", 8, &value) == 0 &&
         value == CONSENT_TIER_TEAM);
  EXPECT(consent_parse_name(CONSENT_ENUM_REASON, "opted_in", 8, &value) == 0 &&
         value == CONSENT_REASON_OPTED_IN);
  value = -1;
  EXPECT(consent_parse_name(CONSENT_ENUM_MODE, "Standard", 8, &value) == -1 && value == -1);
  EXPECT(consent_parse_name(CONSENT_ENUM_MODE, "standard\0", 9, &value) == -1);
  EXPECT(consent_parse_name(CONSENT_ENUM_TOGGLE, "unknown", 7, &value) == -1);
}

/* The 0.2 names answer as the new ones: consent_state, consent_decide, consent_format. */
static void old_names(void) {
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations" /* the old names, on purpose */
#endif
  const consent_state s = {CONSENT_TIER_PLUS, CONSENT_TOGGLE_OFF, CONSENT_MODE_STANDARD,
                           CONSENT_FEEDBACK_NONE};
  char old_text[CONSENT_STATE_TEXT_MAX + 1];
  char new_text[CONSENT_STATE_TEXT_MAX + 1];
  const consent_decision old_answer = consent_decide(CONSENT_POLICY_DEFAULT, s);
  const consent_decision new_answer = consent_evaluate(CONSENT_POLICY_DEFAULT, s);
  EXPECT(old_answer.trainable == new_answer.trainable && old_answer.reason == new_answer.reason);
  EXPECT(old_answer.reason == CONSENT_REASON_OPTED_OUT);
  EXPECT(consent_format(s, old_text, sizeof old_text) == 17);
  EXPECT(consent_to_string(s, new_text, sizeof new_text) == 17 && strcmp(old_text, new_text) == 0);
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif
}

static void hostile_input(void) {
  consent_snapshot s = {1, 1, 1, 1};
  size_t offset = 99;
  char small[5];
  /* Codes: every integer outside 0..255 is not a byte, never narrowed into one. */
  const int64_t wide[] = {-1, 256, 256 + 0x88, -256 + 0x88, INT64_MIN, INT64_MAX, 0x100000088};
  for (size_t i = 0; i < sizeof wide / sizeof wide[0]; ++i) {
    EXPECT(consent_code_trainable(CONSENT_POLICY_DEFAULT, wide[i]) == 0);
    EXPECT(consent_code_trainable(CONSENT_POLICY_LATEST, wide[i]) == 0);
    EXPECT(consent_decode(wide[i], &s) == CONSENT_DECODE_NOT_A_BYTE);
    EXPECT(s.account == 0 && s.improve_model == 0 && s.chat == 0 && s.rated == 0);
  }
  /* Text: a NUL, a case change, a cut, a trailing byte. */
  EXPECT(consent_text_trainable(CONSENT_POLICY_DEFAULT, "free/unset/standard", 19) == 1);
  EXPECT(consent_text_trainable(CONSENT_POLICY_DEFAULT, "free/unset/standard\0", 20) == 0);
  EXPECT(consent_text_trainable(CONSENT_POLICY_DEFAULT, "Free/unset/standard", 19) == 0);
  EXPECT(consent_text_trainable(CONSENT_POLICY_DEFAULT, "free/unset/standar", 18) == 0);
  EXPECT(consent_text_trainable(CONSENT_POLICY_DEFAULT, "free/unset/standard ", 20) == 0);
  EXPECT(consent_text_trainable(CONSENT_POLICY_DEFAULT, NULL, 0) == 0);
  EXPECT(consent_parse("plus/on", 7, &s, &offset) == CONSENT_PARSE_MISSING_SEPARATOR);
  EXPECT(offset == 7);
  EXPECT(consent_parse("api/on/temporary", 16, &s, NULL) == CONSENT_PARSE_NOT_A_STATE);
  /* to_string cuts as snprintf does and says how long the text is. */
  s.account = CONSENT_TIER_PLUS;
  s.improve_model = CONSENT_TOGGLE_OFF;
  s.chat = CONSENT_MODE_STANDARD;
  s.rated = CONSENT_FEEDBACK_NONE;
  EXPECT(consent_to_string(s, small, sizeof small) == 17 && strcmp(small, "plus") == 0);
  EXPECT(consent_to_string(s, NULL, 0) == 17);
  /* classify: in place, and n = 0 with null buffers. */
  {
    uint8_t codes[3] = {0x88, 0x00, 0xFF};
    EXPECT(consent_classify(CONSENT_POLICY_DEFAULT, codes, 3, codes) == 1);
    EXPECT(codes[0] == 1 && codes[1] == 0 && codes[2] == 0);
    EXPECT(consent_classify(CONSENT_POLICY_DEFAULT, NULL, 0, NULL) == 0);
  }
}

int main(void) {
  every_state_round_trips(CONSENT_POLICY_2024_06_12);
  every_state_round_trips(CONSENT_POLICY_2026_10_05);
  policies_and_names();
  hostile_input();
  old_names();
  if (failures != 0) {
    fprintf(stderr, "%d checks failed\n", failures);
    return 1;
  }
  puts("the C API answers as it should");
  return 0;
}
