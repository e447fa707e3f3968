// consent: holds a policy type to the contract in policy.hpp at compile time, and answers from its
// compiled tables (policy_tables.hpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include <consent/date.hpp>
#include <consent/decision.hpp>
#include <consent/detail/combinations.hpp>
#include <consent/detail/policy_tables.hpp>
#include <consent/detail/policy_traits.hpp>
#include <consent/dimensions.hpp>
#include <consent/enums.hpp>
#include <consent/reason.hpp>
#include <consent/snapshot.hpp>
#include <consent/version.hpp>

CONSENT_BEGIN_NAMESPACE
namespace detail {

// A policy's name goes into audit lines as one token: 1 to 64 printable ASCII characters, no
// spaces.
[[nodiscard]] constexpr bool is_token(std::string_view text) noexcept {
  if (text.empty() || text.size() > 64) return false;
  for (const char c : text) {
    if (c <= ' ' || c > '~') return false;
  }
  return true;
}

// The first clause of the contract a policy breaks, in the order a policy author meets them.
enum class contract_breach : std::uint8_t {
  none,
  no_decide,               // no decide(tier, toggle, mode) answering a decision
  no_name,                 // no name
  no_effective,            // no effective date
  name_not_a_token,        // a name that is not one token of an audit line
  effective_not_a_day,     // an effective date that is no calendar day
  no_decide_for_feedback,  // names feedback::given without deciding it
  reason_out_of_range,     // answered with a value outside enum reason
  non_state_trainable,     // called the API's Temporary Chat trainable
  non_state_not_invalid,   // refused a non-state with a reason other than invalid_state
  state_called_invalid,    // answered invalid_state (or no_policy) for a real state
  trainable_but_refusing,  // trainable, with a reason that refuses (e.g. opted_out)
  refused_but_granting,    // not trainable, with a reason that grants (e.g. opted_in)
};

// The first breach among the policy's answers: each combination it names, asked once.
template <class Policy>
[[nodiscard]] constexpr contract_breach answers_breach() noexcept {
  for (std::size_t i = 0; i < combination_count; ++i) {
    const snapshot s = combination(i);
    if (!names<Policy>(s)) continue;  // never asked: refused before (R9)
    const decision d = decide<Policy>(s);
    if (!is_valid(d.why)) return contract_breach::reason_out_of_range;
    if (!is_state(s)) {
      if (d.trainable) return contract_breach::non_state_trainable;
      if (d.why != reason::invalid_state) return contract_breach::non_state_not_invalid;
    } else if (d.why == reason::invalid_state || d.why == reason::no_policy) {
      return contract_breach::state_called_invalid;
    } else if (d.trainable && !grants(d.why)) {
      return contract_breach::trainable_but_refusing;
    } else if (!d.trainable && grants(d.why)) {
      return contract_breach::refused_but_granting;
    }
  }
  return contract_breach::none;
}

// The first clause the policy breaks, or none: each step only once the ones before it hold, so
// that a member's value is read only where the member exists.
template <class Policy>
[[nodiscard]] constexpr contract_breach first_breach() noexcept {
  if constexpr (!has_decide<Policy>) {
    return contract_breach::no_decide;
  } else if constexpr (!has_name<Policy>) {
    return contract_breach::no_name;
  } else if constexpr (!has_effective<Policy>) {
    return contract_breach::no_effective;
  } else if constexpr (!is_token(Policy::name)) {
    return contract_breach::name_not_a_token;
  } else if constexpr (!is_valid(Policy::effective)) {
    return contract_breach::effective_not_a_day;
  } else if constexpr (known_feedback_of<Policy>().contains(feedback::given) &&
                       !has_decide_with_feedback<Policy>) {
    return contract_breach::no_decide_for_feedback;
  } else {
    return answers_breach<Policy>();
  }
}

// Instantiated wherever a policy is used. One breach at most is found, so a broken policy shows
// one error, the first thing to fix.
template <class Policy>
struct checked_policy {
  static constexpr contract_breach breach = first_breach<Policy>();
  static_assert(breach != contract_breach::no_decide,
                "consent: a policy type must provide static constexpr consent::decision "
                "decide(consent::tier, consent::toggle, consent::mode) noexcept");
  static_assert(breach != contract_breach::no_name,
                "consent: a policy type must provide static constexpr std::string_view name, the "
                "name proofs and audit logs give for it");
  static_assert(breach != contract_breach::no_effective,
                "consent: a policy type must provide static constexpr consent::date effective, "
                "the first day it governs, e.g. consent::date{2024, 6, 12}");
  static_assert(breach != contract_breach::name_not_a_token,
                "consent: a policy's name must be 1 to 64 printable ASCII characters without "
                "spaces (it is one token of an audit line)");
  static_assert(breach != contract_breach::effective_not_a_day,
                "consent: a policy's effective date must be a real calendar day, years 1 to 9999");
  static_assert(breach != contract_breach::no_decide_for_feedback,
                "consent: a policy whose known_feedback holds feedback::given must provide static "
                "constexpr consent::decision decide(consent::tier, consent::toggle, "
                "consent::mode, consent::feedback) noexcept");
  static_assert(
      breach != contract_breach::reason_out_of_range,
      "consent: the policy answered with a reason that is not a consent::reason enumerator");
  static_assert(breach != contract_breach::non_state_trainable,
                "consent: the policy calls a non-state trainable: the API has no Temporary Chat, "
                "so decide(tier::api, any toggle, mode::temporary) must answer {false, "
                "reason::invalid_state}");
  static_assert(breach != contract_breach::non_state_not_invalid,
                "consent: the policy refuses a non-state with the wrong reason: "
                "decide(tier::api, any toggle, mode::temporary) must answer {false, "
                "reason::invalid_state}");
  static_assert(breach != contract_breach::state_called_invalid,
                "consent: the policy answers reason::invalid_state (or no_policy) for a real "
                "consent state; those reasons are kept for non-states, bad input and timelines");
  static_assert(breach != contract_breach::trainable_but_refusing,
                "consent: the policy answers trainable with a refusing reason; a trainable "
                "decision must carry reason::consumer_default or reason::opted_in");
  static_assert(breach != contract_breach::refused_but_granting,
                "consent: the policy refuses with a granting reason; a refusal must not carry "
                "reason::consumer_default or reason::opted_in");

  using policy = Policy;
  static constexpr std::array<decision, slot_count> table = decision_table<Policy>();

  [[nodiscard]] static constexpr decision evaluate(tier account, toggle improve_model, mode chat,
                                                   feedback rated) noexcept {
    // Out of range, the refusal itself rather than its table entry: one fewer step on the path
    // every valid state takes.
    const std::uint32_t word = field_word(account, improve_model, chat, rated);
    return in_range(word) ? table[slot_bits(word)] : refused_invalid;
  }
};

}  // namespace detail
CONSENT_END_NAMESPACE
