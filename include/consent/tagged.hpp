// consent: content that carries, in its type, the consent state it was submitted under.
#pragma once

#include <type_traits>
#include <utility>

#include <consent/detail/content_holder.hpp>
#include <consent/snapshot.hpp>
#include <consent/state.hpp>
#include <consent/version.hpp>

CONSENT_BEGIN_NAMESPACE

// tagged<message, state<tier::plus, toggle::unset, mode::standard>>: a message and the state it was
// submitted in. Stamp it when the content is captured: the state at submission is what counts (a
// later opt-out applies to new conversations from then on). No overhead: sizeof equals sizeof(T),
// and it copies and moves exactly as T does.
template <class T, class State>
class tagged : private detail::content_holder<T> {
  static_assert(is_state_type_v<State>,
                "consent::tagged<T, State>: State must be a consent::state<tier, toggle, mode>");
  using holder = detail::content_holder<T>;

 public:
  using value_type = T;
  using state_type = State;

  constexpr explicit tagged(T content) noexcept(std::is_nothrow_move_constructible_v<T>)
      : holder(std::in_place, std::move(content)) {}

  // Builds the content in place, aggregates included:
  //   tagged<message, S> m{std::in_place, 42, "hi"};
  template <class... Args>
  constexpr explicit tagged(std::in_place_t, Args&&... args)
      : holder(std::in_place, std::forward<Args>(args)...) {}

  using holder::value;
  using holder::operator*;
  using holder::operator->;

  // The state as a value, for logs and storage.
  [[nodiscard]] static constexpr snapshot consent_state() noexcept {
    return State::consent_state();
  }
};

// Stamps content with its state: auto m = tag<state<tier::plus, toggle::on, mode::standard>>(msg);
template <class State, class T>
[[nodiscard]] constexpr tagged<std::decay_t<T>, State> tag(T&& content) noexcept(
    std::is_nothrow_constructible_v<std::decay_t<T>, T>) {
  return tagged<std::decay_t<T>, State>(std::forward<T>(content));
}

CONSENT_END_NAMESPACE
