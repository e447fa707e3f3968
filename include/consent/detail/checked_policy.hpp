// consent: holds a policy type to the contract in policy.hpp at compile time, and compiles its
// answers into a table for constant-time run-time lookups.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>
#include <type_traits>

#include <consent/date.hpp>
#include <consent/decision.hpp>
#include <consent/detail/combinations.hpp>
#include <consent/detail/value_set.hpp>
#include <consent/dimensions.hpp>
#include <consent/reason.hpp>
#include <consent/rule.hpp>
#include <consent/snapshot.hpp>
#include <consent/version.hpp>

CONSENT_BEGIN_NAMESPACE
namespace detail {

template <class Policy, class = void>
struct has_decide : std::false_type {};
template <class Policy>
struct has_decide<Policy, std::void_t<decltype(Policy::decide(tier{}, toggle{}, mode{}))>>
    : std::is_same<decltype(Policy::decide(tier{}, toggle{}, mode{})), decision> {};

template <class Policy, class = void>
struct has_decide_with_feedback : std::false_type {};
template <class Policy>
struct has_decide_with_feedback<
    Policy, std::void_t<decltype(Policy::decide(tier{}, toggle{}, mode{}, feedback{}))>>
    : std::is_same<decltype(Policy::decide(tier{}, toggle{}, mode{}, feedback{})), decision> {};

// What a policy's text names (R9): its known_tiers and known_feedback, or what 0.1 knew.
template <class Policy, class = void>
struct has_known_tiers : std::false_type {};
template <class Policy>
struct has_known_tiers<Policy, std::void_t<decltype(Policy::known_tiers)>>
    : std::is_same<std::remove_cv_t<decltype(Policy::known_tiers)>, value_set<tier>> {};
template <class Policy, class = void>
struct has_known_feedback : std::false_type {};
template <class Policy>
struct has_known_feedback<Policy, std::void_t<decltype(Policy::known_feedback)>>
    : std::is_same<std::remove_cv_t<decltype(Policy::known_feedback)>, value_set<feedback>> {};

inline constexpr value_set<tier> tiers_of_0_1{tier::free, tier::plus, tier::team, tier::enterprise,
                                              tier::api};

template <class Policy>
[[nodiscard]] constexpr value_set<tier> known_tiers_of() noexcept {
  if constexpr (has_known_tiers<Policy>::value) {
    return Policy::known_tiers;
  } else {
    return tiers_of_0_1;
  }
}
template <class Policy>
[[nodiscard]] constexpr value_set<feedback> known_feedback_of() noexcept {
  if constexpr (has_known_feedback<Policy>::value) {
    return Policy::known_feedback;
  } else {
    return {feedback::none};
  }
}
// True when the policy's text names the state's tier and feedback event.
template <class Policy>
[[nodiscard]] constexpr bool names(const snapshot& s) noexcept {
  return known_tiers_of<Policy>().contains(s.account) &&
         known_feedback_of<Policy>().contains(s.rated);
}

// The policy's answer for a state it names.
template <class Policy>
[[nodiscard]] constexpr decision ask(const snapshot& s) noexcept {
  if constexpr (has_decide_with_feedback<Policy>::value) {
    return Policy::decide(s.account, s.improve_model, s.chat, s.rated);
  } else {
    return Policy::decide(s.account, s.improve_model, s.chat);
  }
}

template <class Policy, class = void>
struct has_name : std::false_type {};
template <class Policy>
struct has_name<Policy, std::void_t<decltype(Policy::name)>>
    : std::is_convertible<decltype(Policy::name), std::string_view> {};

template <class Policy>
[[nodiscard]] constexpr std::string_view name_of() noexcept {
  if constexpr (has_name<Policy>::value) {
    return Policy::name;
  } else {
    return {};
  }
}

template <class Policy, class = void>
struct has_effective : std::false_type {};
template <class Policy>
struct has_effective<Policy, std::void_t<decltype(Policy::effective)>>
    : std::is_same<std::remove_cv_t<decltype(Policy::effective)>, date> {};

template <class Policy>
[[nodiscard]] constexpr date effective_of() noexcept {
  if constexpr (has_effective<Policy>::value) {
    return Policy::effective;
  } else {
    return date{0, 0, 0};
  }
}

// A policy's name goes into audit lines as one token: 1 to 64 printable ASCII characters, no
// spaces.
[[nodiscard]] constexpr bool is_token(std::string_view text) noexcept {
  if (text.empty() || text.size() > 64) return false;
  for (const char c : text) {
    if (c <= ' ' || c > '~') return false;
  }
  return true;
}

// What is wrong with a policy, if anything; each flag is one clause of the contract.
struct policy_audit {
  bool non_state_trainable = false;    // called the API's Temporary Chat trainable
  bool non_state_not_invalid = false;  // refused a non-state with a reason other than invalid_state
  bool state_called_invalid = false;   // answered invalid_state for a real state
  bool reason_out_of_range = false;    // answered with a value outside enum reason
  bool trainable_but_refusing = false;  // trainable, with a reason that refuses (e.g. opted_out)
  bool refused_but_granting = false;    // not trainable, with a reason that grants (e.g. opted_in)
};

template <class Policy>
[[nodiscard]] constexpr policy_audit audit_policy() noexcept {
  policy_audit audit{};
  if constexpr (has_decide<Policy>::value) {
    for (std::size_t i = 0; i < combination_count; ++i) {
      const snapshot s = combination(i);
      if (!names<Policy>(s)) continue;  // never asked: refused before (R9)
      const decision d = ask<Policy>(s);
      if (!is_valid(d.why)) {
        audit.reason_out_of_range = true;
      } else if (!is_state(s)) {
        audit.non_state_trainable |= d.trainable;
        audit.non_state_not_invalid |= !d.trainable && d.why != reason::invalid_state;
      } else {
        audit.state_called_invalid |= d.why == reason::invalid_state || d.why == reason::no_policy;
        audit.trainable_but_refusing |= d.trainable && !grants(d.why);
        audit.refused_but_granting |= !d.trainable && grants(d.why);
      }
    }
  }
  return audit;
}

// The answer for a state the policy's text does not name (R9).
inline constexpr decision refused_not_named{false, reason::not_in_policy};

// One entry a slot (slot_of): each combination's decision in its slot, and the refusal for
// out-of-range input (R5) in every other.
template <class Policy>
[[nodiscard]] constexpr std::array<decision, slot_count> decision_table() noexcept {
  std::array<decision, slot_count> table{};
  for (std::size_t i = 0; i < slot_count; ++i) table[i] = refused_invalid;
  for (std::size_t i = 0; i < combination_count; ++i) {
    const snapshot s = combination(i);
    // Non-states are closed here as well as by the audit: a refusal is the only possible answer.
    if constexpr (has_decide<Policy>::value) {
      if (is_state(s)) table[slot_of(s)] = names<Policy>(s) ? ask<Policy>(s) : refused_not_named;
    }
  }
  return table;
}

template <class Policy, class = void>
struct has_rule_for : std::false_type {};
template <class Policy>
struct has_rule_for<Policy,
                    std::void_t<decltype(Policy::rule_for(tier{}, toggle{}, mode{}, feedback{}))>>
    : std::true_type {};

// The clauses and reading behind a policy's answer for a state, when the policy is written as
// rules (a policy that only has decide() names none); a non-state, only the reading R5; a state
// the policy does not name, R9. Compiled into a table like the decisions, so that a refusal or a
// proof costs one more load, not a walk through the rules.
struct basis {
  std::string_view clauses;
  std::string_view reading;
};
template <class Policy>
[[nodiscard]] constexpr basis rule_basis(const snapshot& s) noexcept {
  if (is_state(s) && !names<Policy>(s)) return {"", "R9"};
  if constexpr (has_rule_for<Policy>::value) {
    // The API's Temporary Chat has its own rule.
    const auto& r = Policy::rule_for(s.account, s.improve_model, s.chat, s.rated);
    return {r.clauses, r.reading};
  } else {
    return is_state(s) ? basis{} : basis{"", "R5"};
  }
}
template <class Policy>
struct basis_table {
  static constexpr std::array<basis, slot_count> make() noexcept {
    std::array<basis, slot_count> made{};
    for (std::size_t i = 0; i < slot_count; ++i) made[i] = {"", "R5"};  // out of range: no rule
    for (std::size_t i = 0; i < combination_count; ++i) {
      made[slot_of(combination(i))] = rule_basis<Policy>(combination(i));
    }
    return made;
  }
  static constexpr std::array<basis, slot_count> table = make();
};
template <class Policy>
[[nodiscard]] constexpr basis basis_of(const snapshot& s) noexcept {
  return basis_table<Policy>::table[slot_of(s)];
}

// Instantiated wherever a policy is used. Each static_assert fires only when the ones before it
// passed, so a broken policy shows one error, the first thing to fix.
template <class Policy>
struct checked_policy {
  static_assert(has_decide<Policy>::value,
                "consent: a policy type must provide static constexpr consent::decision "
                "decide(consent::tier, consent::toggle, consent::mode) noexcept");
  static_assert(!has_decide<Policy>::value || has_name<Policy>::value,
                "consent: a policy type must provide static constexpr std::string_view name, the "
                "name proofs and audit logs give for it");
  static_assert(!has_decide<Policy>::value || !has_name<Policy>::value ||
                    has_effective<Policy>::value,
                "consent: a policy type must provide static constexpr consent::date effective, "
                "the first day it governs, e.g. consent::date{2024, 6, 12}");
  static_assert(!has_decide<Policy>::value || !has_name<Policy>::value ||
                    !has_effective<Policy>::value || is_token(name_of<Policy>()),
                "consent: a policy's name must be 1 to 64 printable ASCII characters without "
                "spaces (it is one token of an audit line)");
  static_assert(!has_decide<Policy>::value || !has_name<Policy>::value ||
                    !has_effective<Policy>::value || is_valid(effective_of<Policy>()),
                "consent: a policy's effective date must be a real calendar day, years 1 to 9999");
  static_assert(!has_decide<Policy>::value ||
                    !known_feedback_of<Policy>().contains(feedback::given) ||
                    has_decide_with_feedback<Policy>::value,
                "consent: a policy whose known_feedback holds feedback::given must provide static "
                "constexpr consent::decision decide(consent::tier, consent::toggle, "
                "consent::mode, consent::feedback) noexcept");
  static constexpr policy_audit audit = audit_policy<Policy>();
  static_assert(
      !audit.reason_out_of_range,
      "consent: the policy answered with a reason that is not a consent::reason enumerator");
  static_assert(
      audit.reason_out_of_range || !audit.non_state_trainable,
      "consent: the policy calls a non-state trainable: the API has no Temporary Chat, so "
      "decide(tier::api, any toggle, mode::temporary) must answer {false, "
      "reason::invalid_state}");
  static_assert(audit.reason_out_of_range || audit.non_state_trainable ||
                    !audit.non_state_not_invalid,
                "consent: the policy refuses a non-state with the wrong reason: "
                "decide(tier::api, any toggle, mode::temporary) must answer {false, "
                "reason::invalid_state}");
  static_assert(audit.reason_out_of_range || !audit.state_called_invalid,
                "consent: the policy answers reason::invalid_state (or no_policy) for a real "
                "consent state; those reasons are kept for non-states, bad input and timelines");
  static_assert(audit.reason_out_of_range || !audit.trainable_but_refusing,
                "consent: the policy answers trainable with a refusing reason; a trainable "
                "decision must carry reason::consumer_default or reason::opted_in");
  static_assert(audit.reason_out_of_range || !audit.refused_but_granting,
                "consent: the policy refuses with a granting reason; a refusal must not carry "
                "reason::consumer_default or reason::opted_in");

  using policy = Policy;
  static constexpr std::array<decision, slot_count> table = decision_table<Policy>();

  [[nodiscard]] static constexpr decision lookup(tier account, toggle improve_model, mode chat,
                                                 feedback rated) noexcept {
    // Out of range, the refusal itself rather than its table entry: one fewer step on the path
    // every valid state takes.
    const std::uint32_t word = field_word(account, improve_model, chat, rated);
    return in_range(word) ? table[slot_bits(word)] : refused_invalid;
  }
};

}  // namespace detail
CONSENT_END_NAMESPACE
