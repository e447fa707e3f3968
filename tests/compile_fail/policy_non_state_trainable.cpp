// expect: consent: the policy calls a non-state trainable
#include <consent/consent.hpp>

// A careless policy: opt-in means trainable, even where there is no such state.
struct reckless {
  static constexpr std::string_view name = "reckless";
  static constexpr consent::date effective{2024, 6, 12};
  static constexpr consent::decision decide(consent::tier t, consent::toggle g,
                                            consent::mode m) noexcept {
#ifndef CONSENT_COMPILE_FAIL
    if (!consent::is_state(t, g, m)) return consent::refused_invalid;
#endif
    if (g == consent::toggle::on) return {true, consent::reason::opted_in};
    return consent::policy_2024_06_12::decide(t, g, m);
  }
};

bool trains = consent::is_trainable<reckless>(consent::tier::free, consent::toggle::on,
                                              consent::mode::standard);
