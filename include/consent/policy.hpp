// consent: the policy of 2024-06-12, written once as rules. Everything else derives from it.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

#include <consent/decision.hpp>
#include <consent/dimensions.hpp>
#include <consent/reason.hpp>
#include <consent/rule.hpp>
#include <consent/snapshot.hpp>
#include <consent/version.hpp>

CONSENT_BEGIN_NAMESPACE

// "Consumer privacy at OpenAI", June 12, 2024, as read in docs/policy/interpretation.md.
//
// A policy is any type with
//   static constexpr decision decide(tier, toggle, mode) noexcept;
// and, for logs and tables, conventionally a `static constexpr std::string_view name`.
// decide() is asked only for in-range values, and is held at compile time, wherever the policy is
// used, to: answer {false, invalid_state} for every non-state (the API in a Temporary Chat); never
// answer invalid_state for a state; and pair trainable answers with granting reasons only.
struct policy_2024_06_12 {
  static constexpr std::string_view name = "2024-06-12";
  static constexpr std::string_view source = "Consumer privacy at OpenAI, June 12, 2024";

 private:
  static constexpr bool is_consumer(tier account) noexcept {
    return account == tier::free || account == tier::plus;
  }
  static constexpr bool is_business(tier account) noexcept {
    return account == tier::team || account == tier::enterprise;
  }

  static constexpr bool invalid(tier t, toggle g, mode m) noexcept { return !is_state(t, g, m); }
  static constexpr bool temporary(tier, toggle, mode m) noexcept { return m == mode::temporary; }
  static constexpr bool consumer_off(tier t, toggle g, mode) noexcept {
    return is_consumer(t) && g == toggle::off;
  }
  static constexpr bool business_off(tier t, toggle g, mode) noexcept {
    return is_business(t) && g == toggle::off;
  }
  static constexpr bool api_off(tier t, toggle g, mode) noexcept {
    return t == tier::api && g == toggle::off;
  }
  static constexpr bool consumer_on(tier t, toggle g, mode) noexcept {
    return is_consumer(t) && g == toggle::on;
  }
  static constexpr bool business_on(tier t, toggle g, mode) noexcept {
    return is_business(t) && g == toggle::on;
  }
  static constexpr bool api_on(tier t, toggle g, mode) noexcept {
    return t == tier::api && g == toggle::on;
  }
  static constexpr bool consumer_unset(tier t, toggle, mode) noexcept { return is_consumer(t); }
  static constexpr bool business_unset(tier t, toggle, mode) noexcept { return is_business(t); }
  static constexpr bool api_unset(tier t, toggle, mode) noexcept { return t == tier::api; }

 public:
  // First match wins. Each later rule may assume the earlier ones did not apply.
  static constexpr std::array<rule, 11> rules{{
      {invalid, "not a consent state", reason::invalid_state, "", "R4, R5",
       "not a consent state (the API has no Temporary Chat; unknown values): never trained on"},
      {temporary, "mode temporary", reason::temporary_chat, "C2", "R2",
       "Temporary Chats are not used to train, whatever the setting"},
      {consumer_off, "free or plus, toggle off", reason::opted_out, "C1", "",
       "a Free or Plus user turned off improving the model"},
      {business_off, "team or enterprise, toggle off", reason::opted_out, "C3", "R3",
       "the Team or Enterprise workspace turned data sharing off"},
      {api_off, "api, toggle off", reason::opted_out, "C3, C4", "R3",
       "the API organisation turned data sharing off"},
      {consumer_on, "free or plus, toggle on", reason::opted_in, "C1", "",
       "a Free or Plus user turned on improving the model"},
      {business_on, "team or enterprise, toggle on", reason::opted_in, "C3", "R3",
       "the Team or Enterprise workspace opted in to data sharing"},
      {api_on, "api, toggle on", reason::opted_in, "C3, C4", "R3",
       "the API organisation opted in to data sharing (C4's 'not used' read as the default)"},
      {consumer_unset, "free or plus, toggle unset", reason::consumer_default, "C1, C4", "R1",
       "a Free or Plus user who never touched the setting contributes by default"},
      {business_unset, "team or enterprise, toggle unset", reason::business_default, "C3", "R3",
       "Team and Enterprise data is not trained on by default"},
      {api_unset, "api, toggle unset", reason::api_default, "C3, C4", "R3",
       "API data is not trained on by default"},
  }};

  // The rule that decides this combination. Total: anything unmatched falls to the first rule's
  // refusal, though every in-range combination matches one (checked in tests/policy.cpp).
  [[nodiscard]] static constexpr const rule& rule_for(tier t, toggle g, mode m) noexcept {
    for (const rule& candidate : rules) {
      if (candidate.applies(t, g, m)) return candidate;
    }
    return rules[0];
  }

  [[nodiscard]] static constexpr decision decide(tier t, toggle g, mode m) noexcept {
    return rule_for(t, g, m).answer();
  }
};

// The policy every call uses unless given another.
using default_policy = policy_2024_06_12;

CONSENT_END_NAMESPACE
