// consent: the consent states, listed, for product test suites and tables.
#pragma once

#include <array>
#include <cstddef>
#include <utility>

#include <consent/detail/combinations.hpp>
#include <consent/policy.hpp>
#include <consent/snapshot.hpp>
#include <consent/state.hpp>
#include <consent/version.hpp>

CONSENT_BEGIN_NAMESPACE

namespace detail {
[[nodiscard]] constexpr std::size_t count_states() noexcept {
  std::size_t count = 0;
  for (std::size_t i = 0; i < combination_count; ++i) count += is_state(combination(i)) ? 1U : 0U;
  return count;
}
}  // namespace detail

// 27: every in-range combination except the API's Temporary Chats.
inline constexpr std::size_t state_count = detail::count_states();

// Every consent state, in a stable order: tier (free, plus, team, enterprise, api), then toggle
// (unset, on, off), then mode (standard, temporary), skipping the non-states.
[[nodiscard]] constexpr std::array<snapshot, state_count> all_states() noexcept {
  std::array<snapshot, state_count> states{};
  std::size_t next = 0;
  for (std::size_t i = 0; i < detail::combination_count; ++i) {
    const snapshot s = detail::combination(i);
    if (is_state(s)) states[next++] = s;
  }
  return states;
}

// A list of types, for per-state templates: Catch2's TEMPLATE_LIST_TEST_CASE takes it as it is, and
// a fold over type_list<S...> visits each type.
template <class... Types>
struct type_list {
  static constexpr std::size_t size = sizeof...(Types);
};

namespace detail {
template <class Policy, std::size_t... Index>
auto state_types(std::index_sequence<Index...>)
    -> type_list<state<all_states()[Index].account, all_states()[Index].improve_model,
                       all_states()[Index].chat, Policy>...>;
}  // namespace detail

// The same 27 states as types, in the same order: type_list<state<tier::free, toggle::unset,
// mode::standard>, ...>.
template <class Policy = default_policy>
using all_state_types =
    decltype(detail::state_types<Policy>(std::make_index_sequence<state_count>{}));

CONSENT_END_NAMESPACE
