// expect: consent: a policy type must provide static constexpr consent::decision
#include <consent/consent.hpp>

struct half_written {
  static constexpr std::string_view name = "half-written";
  static constexpr consent::date effective{2024, 6, 12};
#ifndef CONSENT_COMPILE_FAIL
  static constexpr consent::decision decide(consent::tier t, consent::toggle g,
                                            consent::mode m) noexcept {
    return consent::policy_2024_06_12::decide(t, g, m);
  }
#endif
};

bool trains = consent::is_trainable<half_written>(consent::tier::plus, consent::toggle::on,
                                                  consent::mode::standard);
