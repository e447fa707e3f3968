/* The C consumers' program: the C API, linked from an install, answers as the policy does. */
#include <consent/c.h>

#include <stdio.h>
#include <string.h>

int main(void) {
  const char* trainable = "free/unset/standard";
  const char* refused = "free/off/standard";
  if (consent_text_trainable(CONSENT_POLICY_DEFAULT, trainable, strlen(trainable)) != 1) return 1;
  if (consent_text_trainable(CONSENT_POLICY_DEFAULT, refused, strlen(refused)) != 0) return 1;
  if (consent_code_trainable(CONSENT_POLICY_DEFAULT, 384) != 0) return 1;
  return puts(consent_version()) < 0 ? 1 : 0;
}
