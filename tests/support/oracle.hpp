// The 2024-06-12 reading restated independently of the SDK's rule list, straight from
// docs/policy/interpretation.md ("Order of the rules, first match wins"). Tests hold the SDK to
// this, and to the table in that file (tests/interpretation.cpp). Tiers and events that text does
// not name are refused (R9).
#pragma once

#include <consent/consent.hpp>

namespace oracle {

constexpr consent::decision expected(consent::tier t, consent::toggle g, consent::mode m,
                                     consent::feedback f = consent::feedback::none) {
  using consent::reason;
  const bool in_range =
      consent::is_valid(t) && consent::is_valid(g) && consent::is_valid(m) && consent::is_valid(f);
  if (!in_range) return {false, reason::invalid_state};  // R5
  if (t == consent::tier::api && m == consent::mode::temporary) {
    return {false, reason::invalid_state};  // R4
  }
  // R9: the 2024 text names five tiers and no feedback.
  const bool named_tier = t == consent::tier::free || t == consent::tier::plus ||
                          t == consent::tier::team || t == consent::tier::enterprise ||
                          t == consent::tier::api;
  if (!named_tier || f != consent::feedback::none) return {false, reason::not_in_policy};
  if (m == consent::mode::temporary) return {false, reason::temporary_chat};  // C2, R2
  if (g == consent::toggle::off) return {false, reason::opted_out};           // C1, C3
  if (g == consent::toggle::on) return {true, reason::opted_in};              // C1, C3, R3
  if (t == consent::tier::free || t == consent::tier::plus) {
    return {true, reason::consumer_default};  // C1, C4, R1
  }
  if (t == consent::tier::api) return {false, reason::api_default};  // C3, C4, R3
  return {false, reason::business_default};                          // C3, R3
}

// The 2026-10-05 reading restated independently of the SDK's rule list, straight from
// docs/policy/interpretation-2026-10-05.md ("Order of the rules"). Feedback changes no answer
// (R14).
constexpr consent::decision expected_2026(consent::tier t, consent::toggle g, consent::mode m,
                                          consent::feedback f = consent::feedback::none) {
  using consent::reason;
  using consent::tier;
  const bool in_range =
      consent::is_valid(t) && consent::is_valid(g) && consent::is_valid(m) && consent::is_valid(f);
  if (!in_range) return {false, reason::invalid_state};                                        // R5
  if (t == tier::api && m == consent::mode::temporary) return {false, reason::invalid_state};  // R4
  if (m == consent::mode::temporary) return {false, reason::temporary_chat};  // C11, R2
  if (g == consent::toggle::off) return {false, reason::opted_out};           // C5-C7, R14
  if (g == consent::toggle::on) return {true, reason::opted_in};              // C5-C8
  if (t == tier::free || t == tier::plus || t == tier::go) {
    return {true, reason::consumer_default};  // C5, C6, R1, R12
  }
  if (t == tier::pro) return {false, reason::not_in_policy};  // R11
  if (t == tier::api) return {false, reason::api_default};    // C7, R3
  return {false, reason::business_default};                   // team, enterprise, edu: C7, C9
}

// A stricter policy for tests that take one: trains on nothing but explicit opt-ins (a consumer who
// never touched the setting is refused as opted out).
struct opt_in_only {
  static constexpr std::string_view name = "opt-in-only";
  static constexpr consent::date effective{2024, 6, 12};
  static constexpr consent::decision decide(consent::tier t, consent::toggle g,
                                            consent::mode m) noexcept {
    const consent::decision d = consent::policy_2024_06_12::decide(t, g, m);
    return d.why == consent::reason::consumer_default
               ? consent::decision{false, consent::reason::opted_out}
               : d;
  }
};

// examples/no_business_training.hpp restated from its comment: the published answers, except that
// Team, Enterprise and API content is never trained on (their default reasons, whatever the
// opt-in).
constexpr consent::decision expected_no_business_training(consent::tier t, consent::toggle g,
                                                          consent::mode m) {
  using consent::reason;
  const consent::decision published = expected(t, g, m);
  if (!published.trainable) return published;
  if (t == consent::tier::team || t == consent::tier::enterprise) {
    return {false, reason::business_default};
  }
  if (t == consent::tier::api) return {false, reason::api_default};
  return published;
}

// opt_in_only restated: the published answers, with the consumer default refused as opted out.
constexpr consent::decision expected_opt_in_only(consent::tier t, consent::toggle g,
                                                 consent::mode m) {
  const consent::decision published = expected(t, g, m);
  return published.why == consent::reason::consumer_default
             ? consent::decision{false, consent::reason::opted_out}
             : published;
}

// A policy that grants everything it is allowed to: it passes every contract check, and its proofs
// must still not pass for proofs under the default policy.
struct lax {
  static constexpr std::string_view name = "lax";
  static constexpr consent::date effective{2024, 6, 12};
  static constexpr consent::decision decide(consent::tier t, consent::toggle g,
                                            consent::mode m) noexcept {
    return consent::is_state(t, g, m) ? consent::decision{true, consent::reason::opted_in}
                                      : consent::refused_invalid;
  }
};

// Every in-range combination without feedback, tier-major, for loops in tests.
template <class F>
constexpr void for_each_combination(F&& f) {
  for (std::size_t t = 0; t < consent::tier_count; ++t)
    for (std::size_t g = 0; g < consent::toggle_count; ++g)
      for (std::size_t m = 0; m < consent::mode_count; ++m)
        f(static_cast<consent::tier>(t), static_cast<consent::toggle>(g),
          static_cast<consent::mode>(m));
}

// Every in-range combination, feedback included.
template <class F>
constexpr void for_each_combination_with_feedback(F&& f) {
  for (std::size_t r = 0; r < consent::feedback_count; ++r) {
    for_each_combination([&](consent::tier t, consent::toggle g, consent::mode m) {
      f(t, g, m, static_cast<consent::feedback>(r));
    });
  }
}

}  // namespace oracle
