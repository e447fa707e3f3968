// expect: consent: a policy type must provide static constexpr consent::date effective
// Every policy says the first day it governs, so timelines and audit logs can place it.
#include <consent/consent.hpp>

#include <string_view>

struct undated {
  static constexpr std::string_view name = "undated";
#ifndef CONSENT_COMPILE_FAIL
  static constexpr consent::date effective{2025, 1, 1};
#endif
  static constexpr consent::decision decide(consent::tier t, consent::toggle g,
                                            consent::mode m) noexcept {
    return consent::policy_2024_06_12::decide(t, g, m);
  }
};

bool trains = consent::is_trainable<undated>(consent::tier::plus, consent::toggle::on,
                                             consent::mode::standard);
