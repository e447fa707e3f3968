// The program every consumer test builds: a product's first use of consent, through whichever
// integration path the test is proving.
#include <consent/consent.hpp>

#include <cstdio>

static_assert(consent::state<consent::tier::plus, consent::toggle::unset,
                             consent::mode::standard>::is_trainable());

int main() {
  const auto parsed = consent::parse("enterprise/on/standard");
  if (!parsed || !consent::is_trainable(*parsed)) return 1;
  const auto refused = consent::parse("free/off/standard");
  if (!refused || consent::is_trainable(*refused)) return 1;
  std::printf("consent %s: %s is trainable\n", CONSENT_VERSION_STRING,
              consent::to_string(*parsed).c_str());
  return 0;
}
