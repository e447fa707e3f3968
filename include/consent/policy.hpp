// consent: what a policy is, the built-in policies, and which of them a call uses unless told.
#pragma once

#include <consent/policies/policy_2024_06_12.hpp>
#include <consent/policies/policy_2026_10_05.hpp>
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
// `rules` and derives decide() and rule_for() from them with rule_policy (rule.hpp).
// The built-in policies, one file each in policies/, in the order they were published.

// The policy every call uses unless given another.
using default_policy = policy_2024_06_12;

// The newest built-in policy. The default stays policy_2024_06_12, so a program's answers change
// only when it asks for the later rules by name.
using latest_policy = policy_2026_10_05;

CONSENT_END_NAMESPACE
