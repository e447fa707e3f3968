// expect: consent: a policy whose known_feedback holds feedback::given must provide static constexpr consent::decision decide
// A policy that says it names feedback must answer for it: asking its three-argument decide would
// answer a conversation with feedback as one without, which it did not say.
#include <consent/consent.hpp>

#include <string_view>

struct product_policy {
  static constexpr std::string_view name = "product";
  static constexpr consent::date effective{2026, 1, 1};
#ifdef CONSENT_COMPILE_FAIL
  static constexpr consent::value_set<consent::feedback> known_feedback =
      consent::every_value<consent::feedback>;
#else
  static constexpr consent::value_set<consent::feedback> known_feedback = {consent::feedback::none};
#endif
  static constexpr consent::decision decide(consent::tier t, consent::toggle g,
                                            consent::mode m) noexcept {
    return consent::policy_2024_06_12::decide(t, g, m);
  }
};

bool trains = consent::evaluate<product_policy>(consent::tier::plus, consent::toggle::on,
                                                consent::mode::standard)
                  .trainable;
