// consent: a policy's answers compiled into tables, one entry a slot (combinations.hpp), so that a
// run-time answer is one load: its decisions, and the clauses and reading behind each.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

#include <consent/decision.hpp>
#include <consent/detail/combinations.hpp>
#include <consent/detail/policy_traits.hpp>
#include <consent/reason.hpp>
#include <consent/snapshot.hpp>
#include <consent/version.hpp>

CONSENT_BEGIN_NAMESPACE
namespace detail {

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
    // Non-states are closed here as well as by the contract: a refusal is the only possible answer.
    if constexpr (has_decide<Policy>) {
      if (is_state(s)) table[slot_of(s)] = names<Policy>(s) ? decide<Policy>(s) : refused_not_named;
    }
  }
  return table;
}

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
  if constexpr (has_rule_for<Policy>) {
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

}  // namespace detail
CONSENT_END_NAMESPACE
