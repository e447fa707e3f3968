// consent: what a policy is, and the policy of 2024-06-12, written once as rules. Everything else
// derives from them.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

#include <consent/date.hpp>
#include <consent/decision.hpp>
#include <consent/dimensions.hpp>
#include <consent/reason.hpp>
#include <consent/rule.hpp>
#include <consent/snapshot.hpp>
#include <consent/version.hpp>

CONSENT_BEGIN_NAMESPACE

// A policy is any type with
//   static constexpr decision decide(tier, toggle, mode) noexcept;
//   static constexpr std::string_view name;   // for proofs, refusals and audit lines
//   static constexpr date effective;          // the first day it governs (00:00 UTC)
// and, when its text names more than 0.1 did,
//   static constexpr value_set<tier> known_tiers;         // default: free, plus, team,
//                                                         // enterprise, api
//   static constexpr value_set<feedback> known_feedback;  // default: none only
//   static constexpr decision decide(tier, toggle, mode, feedback) noexcept;  // if it knows given
// Content from a tier or with an event outside these is refused (reason::not_in_policy, R9)
// before the policy is asked, so a policy written before a tier existed never answers for it.
// decide() is asked only for in-range values it names, and is held at compile time, wherever the
// policy is used, to: answer {false, invalid_state} for every non-state (the API in a Temporary
// Chat); never answer invalid_state or no_policy for a state; and pair trainable answers with
// granting reasons only. A policy written as rules (like the built-in ones) lists them in order in
// `rules` and derives decide() and rule_for() from them with rule_policy.
template <class Policy>
struct rule_policy {
  // The rule that decides this combination: the first that matches.
  [[nodiscard]] static constexpr const rule& rule_for(tier t, toggle g, mode m,
                                                      feedback f = feedback::none) noexcept {
    return detail::first_match(Policy::rules, t, g, m, f);
  }
  [[nodiscard]] static constexpr decision decide(tier t, toggle g, mode m) noexcept {
    return rule_for(t, g, m).answer();
  }
  [[nodiscard]] static constexpr decision decide(tier t, toggle g, mode m, feedback f) noexcept {
    return rule_for(t, g, m, f).answer();
  }
};

// "Consumer privacy at OpenAI", June 12, 2024, as read in docs/policy/interpretation.md.
struct policy_2024_06_12 : rule_policy<policy_2024_06_12> {
  static constexpr std::string_view name = "2024-06-12";
  static constexpr std::string_view source = "Consumer privacy at OpenAI, June 12, 2024";
  static constexpr date effective{2024, 6, 12};

  // First match wins. Each later rule may assume the earlier ones did not apply.
  static constexpr std::array<rule, 11> rules{{
      {{tier::api},
       every_value<toggle>,
       {mode::temporary},
       reason::invalid_state,
       "",
       "R4, R5",
       "not a consent state: the API has no Temporary Chat; never trained on"},
      {every_value<tier>,
       every_value<toggle>,
       {mode::temporary},
       reason::temporary_chat,
       "C2",
       "R2",
       "Temporary Chats are not used to train, whatever the setting"},
      {{tier::free, tier::plus},
       {toggle::off},
       every_value<mode>,
       reason::opted_out,
       "C1",
       "",
       "a Free or Plus user turned off improving the model"},
      {{tier::team, tier::enterprise},
       {toggle::off},
       every_value<mode>,
       reason::opted_out,
       "C3",
       "R3",
       "the Team or Enterprise workspace turned data sharing off"},
      {{tier::api},
       {toggle::off},
       every_value<mode>,
       reason::opted_out,
       "C3, C4",
       "R3",
       "the API organisation turned data sharing off"},
      {{tier::free, tier::plus},
       {toggle::on},
       every_value<mode>,
       reason::opted_in,
       "C1",
       "",
       "a Free or Plus user turned on improving the model"},
      {{tier::team, tier::enterprise},
       {toggle::on},
       every_value<mode>,
       reason::opted_in,
       "C3",
       "R3",
       "the Team or Enterprise workspace opted in to data sharing"},
      {{tier::api},
       {toggle::on},
       every_value<mode>,
       reason::opted_in,
       "C3, C4",
       "R3",
       "the API organisation opted in to data sharing (C4's 'not used' read as the default)"},
      {{tier::free, tier::plus},
       {toggle::unset},
       every_value<mode>,
       reason::consumer_default,
       "C1, C4",
       "R1",
       "a Free or Plus user who never touched the setting contributes by default"},
      {{tier::team, tier::enterprise},
       {toggle::unset},
       every_value<mode>,
       reason::business_default,
       "C3",
       "R3",
       "Team and Enterprise data is not trained on by default"},
      {{tier::api},
       {toggle::unset},
       every_value<mode>,
       reason::api_default,
       "C3, C4",
       "R3",
       "API data is not trained on by default"},
  }};
};

// The policy every call uses unless given another.
using default_policy = policy_2024_06_12;

CONSENT_END_NAMESPACE
