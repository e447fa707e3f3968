// consent: from a run-time snapshot to its compile-time state type.
#pragma once

#include <array>
#include <cstddef>
#include <type_traits>
#include <utility>

#include <consent/decision.hpp>
#include <consent/detail/checked_policy.hpp>
#include <consent/detail/combinations.hpp>
#include <consent/policy.hpp>
#include <consent/reason.hpp>
#include <consent/snapshot.hpp>
#include <consent/state.hpp>
#include <consent/version.hpp>

CONSENT_BEGIN_NAMESPACE

// What visit() passes for a snapshot that is not a state (out of range, or the API's Temporary
// Chat): state-like, and closed (R5), so generic `if constexpr (S::is_trainable())` code stays
// right.
template <class Policy = default_policy>
struct invalid_state {
  static constexpr bool is_a_state = false;
  using policy = typename detail::checked_policy<Policy>::policy;

  [[nodiscard]] static constexpr decision answer() noexcept { return refused_invalid; }
  [[nodiscard]] static constexpr bool is_trainable() noexcept { return false; }
  [[nodiscard]] static constexpr reason why() noexcept { return reason::invalid_state; }
};

namespace detail {

// The type visit() passes for combination Index: its state, or invalid_state for a non-state.
template <class Policy, std::size_t Index>
using combination_type =
    std::conditional_t<is_state(combination(Index)),
                       state<combination(Index).account, combination(Index).improve_model,
                             combination(Index).chat, Policy, combination(Index).rated>,
                       invalid_state<Policy>>;

// One case of visit's switch. A call, so that parsing visit does not already compute the 96 state
// types (an alias written in each case would be worked out where it is written).
template <class Policy, class R, std::size_t Index, class F>
constexpr R visit_case(F&& f) {
  return static_cast<R>(std::forward<F>(f)(combination_type<Policy, Index>{}));
}

template <class Policy, class F, class R, std::size_t... Index>
constexpr bool every_result_converts(std::index_sequence<Index...>) noexcept {
  return (std::is_convertible_v<std::invoke_result_t<F, combination_type<Policy, Index>>, R> &&
          ...);
}

}  // namespace detail

// Calls f(state<...>{}) with the state type matching s, so one generic function serves every state
// and the compiler instantiates it per state; an invalid snapshot reaches f as
// invalid_state<Policy>. One switch, whatever the state. f's result for every state must
// convert to its result for invalid_state, which is what visit returns.
template <class Policy = default_policy, class F>
constexpr decltype(auto) visit(const snapshot& s, F&& f) {
  using R = std::invoke_result_t<F, invalid_state<Policy>>;
  static_assert(detail::every_result_converts<Policy, F, R>(
                    std::make_index_sequence<detail::combination_count>{}),
                "consent::visit: the callable must return the same type (or one convertible to it) "
                "for every state and for invalid_state");
  // A switch, not a table of function pointers: a callable that folds (returns a constant for each
  // state) becomes a lookup the compiler builds, and every call can be inlined.
  static_assert(detail::combination_count == 96, "consent::visit: one case a combination below");
#define CONSENT_DETAIL_VISIT_CASE(index) \
  case index:                            \
    return detail::visit_case<Policy, R, (index)>(std::forward<F>(f));
#define CONSENT_DETAIL_VISIT_CASES(first) \
  CONSENT_DETAIL_VISIT_CASE(first)        \
  CONSENT_DETAIL_VISIT_CASE(first + 1)    \
  CONSENT_DETAIL_VISIT_CASE(first + 2)    \
  CONSENT_DETAIL_VISIT_CASE(first + 3)    \
  CONSENT_DETAIL_VISIT_CASE(first + 4)    \
  CONSENT_DETAIL_VISIT_CASE(first + 5)    \
  CONSENT_DETAIL_VISIT_CASE(first + 6)    \
  CONSENT_DETAIL_VISIT_CASE(first + 7)
  switch (detail::lookup_index(s.account, s.improve_model, s.chat, s.rated)) {
    CONSENT_DETAIL_VISIT_CASES(0)
    CONSENT_DETAIL_VISIT_CASES(8)
    CONSENT_DETAIL_VISIT_CASES(16)
    CONSENT_DETAIL_VISIT_CASES(24)
    CONSENT_DETAIL_VISIT_CASES(32)
    CONSENT_DETAIL_VISIT_CASES(40)
    CONSENT_DETAIL_VISIT_CASES(48)
    CONSENT_DETAIL_VISIT_CASES(56)
    CONSENT_DETAIL_VISIT_CASES(64)
    CONSENT_DETAIL_VISIT_CASES(72)
    CONSENT_DETAIL_VISIT_CASES(80)
    CONSENT_DETAIL_VISIT_CASES(88)
    default:  // any field out of range
      return static_cast<R>(std::forward<F>(f)(invalid_state<Policy>{}));
  }
#undef CONSENT_DETAIL_VISIT_CASES
#undef CONSENT_DETAIL_VISIT_CASE
}

CONSENT_END_NAMESPACE
