// expect: consent: the policy answers trainable with a refusing reason
#include <consent/consent.hpp>

// Trains on Team and Enterprise by default, but says so with the refusing reason.
struct mislabelled {
  static constexpr std::string_view name = "mislabelled";
  static constexpr consent::date effective{2024, 6, 12};
  static constexpr consent::decision decide(consent::tier t, consent::toggle g,
                                            consent::mode m) noexcept {
    const consent::decision d = consent::policy_2024_06_12::decide(t, g, m);
    if (d.why != consent::reason::business_default) return d;
#ifdef CONSENT_COMPILE_FAIL
    return {true, consent::reason::business_default};
#else
    return {true, consent::reason::opted_in};
#endif
  }
};

using team_default = consent::state<consent::tier::team, consent::toggle::unset,
                                    consent::mode::standard, mislabelled>;
bool trains = team_default::is_trainable();
