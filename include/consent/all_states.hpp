// consent: the consent states, listed, for product test suites and tables.
#pragma once

#include <array>
#include <cstddef>
#include <utility>

#include <consent/detail/checked_policy.hpp>
#include <consent/detail/combinations.hpp>
#include <consent/policy.hpp>
#include <consent/snapshot.hpp>
#include <consent/state.hpp>
#include <consent/version.hpp>

CONSENT_BEGIN_NAMESPACE

namespace detail {
// A state the policy's text names (R9): every other state it refuses as not_in_policy.
template <class Policy>
[[nodiscard]] constexpr bool listed(const snapshot& s) noexcept {
  return is_state(s) && names<Policy>(s);
}
template <class Policy>
[[nodiscard]] constexpr std::size_t count_states() noexcept {
  std::size_t count = 0;
  for (std::size_t i = 0; i < combination_count; ++i) count += listed<Policy>(combination(i));
  return count;
}
}  // namespace detail

// How many states a policy names: 27 for 2024-06-12 (five tiers, no feedback), 90 for
// 2026-10-05. Every other in-range combination is a non-state or refused as not_in_policy.
template <class Policy>
inline constexpr std::size_t state_count_for = detail::count_states<Policy>();
// The default policy's: 27.
inline constexpr std::size_t state_count = state_count_for<default_policy>;

namespace detail {
template <class Policy>
[[nodiscard]] constexpr std::array<snapshot, state_count_for<Policy>> make_all_states() noexcept {
  std::array<snapshot, state_count_for<Policy>> states{};
  std::size_t next = 0;
  for (std::size_t i = 0; i < combination_count; ++i) {
    const snapshot s = combination(i);
    if (listed<Policy>(s)) states[next++] = s;
  }
  return states;
}
// One array for the whole program, so every call returns the same object.
template <class Policy>
inline constexpr std::array<snapshot, state_count_for<Policy>> all_states_of =
    make_all_states<Policy>();
}  // namespace detail

// Every state a policy names, in a stable order: feedback (none, given), then tier (free, plus,
// team, enterprise, api, pro, go, edu), then toggle (unset, on, off), then mode (standard,
// temporary). For the default policy, the 27 states of 0.1 in their 0.1 order. A reference to one
// constant array, so all_states().begin() and all_states().end() are the same array's.
template <class Policy = default_policy>
[[nodiscard]] constexpr const std::array<snapshot, state_count_for<Policy>>& all_states() noexcept {
  return detail::all_states_of<Policy>;
}

// A list of types, for per-state templates: Catch2's TEMPLATE_LIST_TEST_CASE takes it as it is, and
// a fold over type_list<S...> visits each type.
template <class... Types>
struct type_list {
  static constexpr std::size_t size = sizeof...(Types);
};

namespace detail {
template <template <class...> class To, class List>
struct apply_types_of;
template <template <class...> class To, class... Types>
struct apply_types_of<To, type_list<Types...>> {
  using type = To<Types...>;
};
}  // namespace detail

// The same types in another list template, for frameworks with their own:
// apply_types<::testing::Types, all_state_types<>> (GoogleTest's typed tests),
// apply_types<std::tuple, all_state_types<>> (doctest's TEST_CASE_TEMPLATE_APPLY).
template <template <class...> class To, class List>
using apply_types = typename detail::apply_types_of<To, List>::type;

namespace detail {
template <class Policy, std::size_t... Index>
auto state_types(std::index_sequence<Index...>) -> type_list<
    state<all_states<Policy>()[Index].account, all_states<Policy>()[Index].improve_model,
          all_states<Policy>()[Index].chat, Policy, all_states<Policy>()[Index].rated>...>;
}  // namespace detail

// The same states as types, in the same order: type_list<state<tier::free, toggle::unset,
// mode::standard>, ...>.
template <class Policy = default_policy>
using all_state_types =
    decltype(detail::state_types<Policy>(std::make_index_sequence<state_count_for<Policy>>{}));

CONSENT_END_NAMESPACE
