/* Misuse of the C API, one case a run (tests/death/check.cmake): each must stop the program with
 * "consent: precondition failed" before anything is answered. */
#include <consent/c.h>

#include <stdio.h>
#include <string.h>

int main(int argc, char** argv) {
  const char* misuse = argc > 1 ? argv[1] : "none";
  consent_snapshot s = {0, 0, 0, 0};
  uint8_t buffer[16] = {0x80, 0x88};
  int value = 0;
  if (strcmp(misuse, "none") == 0) {
    printf("answered: %s\n",
           consent_evaluate(CONSENT_POLICY_DEFAULT, s).trainable ? "trainable" : "refused");
    return 0;
  }
  if (strcmp(misuse, "unknown-policy") == 0) {
    printf("answered: %d\n", consent_evaluate(2, s).trainable);
  } else if (strcmp(misuse, "negative-policy") == 0) {
    printf("answered: %d\n", consent_code_trainable(-1, 0x80));
  } else if (strcmp(misuse, "policy-name-of-no-policy") == 0) {
    printf("answered: %s\n", consent_policy_name(7));
  } else if (strcmp(misuse, "classify-unknown-policy-empty") == 0) {
    printf("answered: %zu\n", consent_classify(9, NULL, 0, NULL));
  } else if (strcmp(misuse, "decode-to-null") == 0) {
    printf("answered: %d\n", consent_decode(0x80, NULL));
  } else if (strcmp(misuse, "parse-null-text") == 0) {
    printf("answered: %d\n", consent_parse(NULL, 5, &s, NULL));
  } else if (strcmp(misuse, "text-trainable-null-text") == 0) {
    printf("answered: %d\n", consent_text_trainable(CONSENT_POLICY_DEFAULT, NULL, 19));
  } else if (strcmp(misuse, "to-string-null-buffer") == 0) {
    printf("answered: %zu\n", consent_to_string(s, NULL, 8));
  } else if (strcmp(misuse, "classify-null-out") == 0) {
    printf("answered: %zu\n", consent_classify(CONSENT_POLICY_DEFAULT, buffer, 2, NULL));
  } else if (strcmp(misuse, "classify-overlap") == 0) {
    printf("answered: %zu\n", consent_classify(CONSENT_POLICY_DEFAULT, buffer, 8, buffer + 1));
  } else if (strcmp(misuse, "name-of-no-enum") == 0) {
    printf("answered: %s\n", consent_name(42, 0));
  } else if (strcmp(misuse, "parse-name-to-null") == 0) {
    printf("answered: %d\n", consent_parse_name(CONSENT_ENUM_TIER, "plus", 4, NULL));
  } else if (strcmp(misuse, "parse-name-of-no-enum") == 0) {
    printf("answered: %d\n", consent_parse_name(-3, "plus", 4, &value));
  } else {
    printf("unknown misuse %s\n", misuse);
    return 3;
  }
  return 0;
}
