// consent: two policies compared over every state, at compile time: what changes when a product
// moves from one policy to the next, and guards that stop a build which would start training on
// something the old policy refused.
#pragma once

#include <array>
#include <cstddef>

#include <consent/all_states.hpp>
#include <consent/decision.hpp>
#include <consent/detail/combinations.hpp>
#include <consent/detail/comparison.hpp>
#include <consent/detail/names.hpp>
#include <consent/evaluate.hpp>
#include <consent/snapshot.hpp>
#include <consent/state.hpp>
#include <consent/version.hpp>

CONSENT_BEGIN_NAMESPACE

// One state whose decision differs between two policies.
struct answer_change {
  snapshot consent_state;
  decision before;  // under the old policy
  decision after;   // under the new policy

  CONSENT_DETAIL_EQUALITY(answer_change, &answer_change::consent_state, &answer_change::before,
                          &answer_change::after)
};

// The 0.2 name of answer_change.
using change [[deprecated("consent::change is now consent::answer_change")]] = answer_change;

namespace detail {
// The states two policies are compared over: every state either names (a state neither names is
// refused by both, as not_in_policy), in all_states() order.
template <class Old, class New>
[[nodiscard]] constexpr std::size_t count_compared() noexcept {
  std::size_t count = 0;
  for (std::size_t i = 0; i < combination_count; ++i) {
    count += listed<Old>(combination(i)) || listed<New>(combination(i));
  }
  return count;
}
template <class Old, class New>
[[nodiscard]] constexpr std::array<snapshot, count_compared<Old, New>()>
compared_states() noexcept {
  std::array<snapshot, count_compared<Old, New>()> states{};
  std::size_t next = 0;
  for (std::size_t i = 0; i < combination_count; ++i) {
    const snapshot s = combination(i);
    if (listed<Old>(s) || listed<New>(s)) states[next++] = s;
  }
  return states;
}

template <class Old, class New>
[[nodiscard]] constexpr std::size_t count_changes() noexcept {
  std::size_t count = 0;
  for (const snapshot& s : compared_states<Old, New>()) {
    count += evaluate<Old>(s) != evaluate<New>(s) ? 1U : 0U;
  }
  return count;
}

// The index in compared_states() of the first state refused by Old and trainable under New, or
// its size when there is none.
template <class Old, class New>
[[nodiscard]] constexpr std::size_t first_loosened() noexcept {
  constexpr auto states = compared_states<Old, New>();
  for (std::size_t i = 0; i < states.size(); ++i) {
    if (!evaluate<Old>(states[i]).trainable && evaluate<New>(states[i]).trainable) return i;
  }
  return states.size();
}

template <class Old, class New>
[[nodiscard]] constexpr bool any_tightened() noexcept {
  for (const snapshot& s : compared_states<Old, New>()) {
    if (evaluate<Old>(s).trainable && !evaluate<New>(s).trainable) return true;
  }
  return false;
}
}  // namespace detail

// How many states the two policies are compared over: the states either one names (27 for two
// policies of 0.1's tiers, 90 once one names them all).
template <class Old, class New>
inline constexpr std::size_t compared_count = detail::count_compared<Old, New>();

// How many states change their decision (the answer or the reason) from Old to New.
template <class Old, class New>
inline constexpr std::size_t change_count = detail::count_changes<Old, New>();

namespace detail {
template <class Old, class New>
[[nodiscard]] constexpr std::array<answer_change, change_count<Old, New>> make_diff() noexcept {
  std::array<answer_change, change_count<Old, New>> changes{};
  std::size_t next = 0;
  for (const snapshot& s : compared_states<Old, New>()) {
    const decision before = evaluate<Old>(s);
    const decision after = evaluate<New>(s);
    if (before != after) changes[next++] = answer_change{s, before, after};
  }
  return changes;
}
template <class Old, class New>
inline constexpr std::array<answer_change, change_count<Old, New>> diff_of = make_diff<Old, New>();
}  // namespace detail

// The states whose decision changes from Old to New, in all_states() order: a reference to one
// constant array, as all_states() is.
template <class Old, class New>
[[nodiscard]] constexpr const std::array<answer_change, change_count<Old, New>>& diff() noexcept {
  return detail::diff_of<Old, New>;
}

// New trains on a state Old refused.
template <class Old, class New>
inline constexpr bool loosens_v = detail::first_loosened<Old, New>() != compared_count<Old, New>;
// New refuses a state Old trained on.
template <class Old, class New>
inline constexpr bool tightens_v = detail::any_tightened<Old, New>();
// Both train on exactly the same states (the reasons may differ).
template <class Old, class New>
inline constexpr bool same_answers_v = !loosens_v<Old, New> && !tightens_v<Old, New>;

namespace detail {

// The base of no_loosening when New loosens: its one error names the first such state (State).
template <class Old, class New, class State>
struct loosened_at {
  static_assert(always_false<State>,
                "consent::no_loosening: the new policy trains on a state the old policy refused; "
                "the state is the State argument of loosened_at above (tier, toggle, mode, "
                "policy, feedback)");
};
struct not_loosened {};

template <class Old, class New, std::size_t Index = first_loosened<Old, New>(),
          bool Found = (Index < compared_count<Old, New>)>
struct loosening_base {
  static constexpr snapshot at = compared_states<Old, New>()[Index];
  using type = loosened_at<Old, New, state<at.account, at.improve_model, at.chat, New, at.rated>>;
};
template <class Old, class New, std::size_t Index>
struct loosening_base<Old, New, Index, false> {
  using type = not_loosened;
};
}  // namespace detail

// The guard a product puts beside a policy change, so that a release which would start training on
// something the old policy refused does not build:
//   [[maybe_unused]] constexpr consent::no_loosening<policy_2024_06_12, my_policy> guard{};
// (or `template struct consent::no_loosening<Old, New>;`). The one error names the first state
// that loosens, in its instantiation context. For a plain bool, use loosens_v.
template <class Old, class New>
struct no_loosening : detail::loosening_base<Old, New>::type {};

CONSENT_END_NAMESPACE
