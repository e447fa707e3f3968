// Compile-time facts about <consent/trainable.hpp> (see static.hpp).
#include <consent/all_states.hpp>
#include <consent/trainable.hpp>
#include <cstddef>
#include <memory>
#include <string>
#include <type_traits>
#include <utility>
#include "oracle.hpp"

#include "no_business_training.hpp"
#include "static.hpp"

using namespace consent;

namespace static_tests::trainable_hpp {

struct message {
  int id;
};

// Whether for_training(tagged<message, S>) would be allowed, asked without compiling the refusal.
template <class S>
constexpr bool compile_time_gate_allows() {
  return S::is_trainable();
}

template <class S>
constexpr bool gates_agree() {
  return compile_time_gate_allows<S>() ==
         try_for_training(message{0}, S::consent_state()).has_value();
}

template <class... States>
constexpr bool gates_agree_everywhere(type_list<States...>) {
  return (gates_agree<States>() && ...);
}

// "trainable<T> has no way in but the two gates"
[[maybe_unused]] void static_1() {
  static_assert(!std::is_default_constructible_v<trainable<message>>);
  static_assert(!std::is_constructible_v<trainable<message>, message>);
  static_assert(!std::is_constructible_v<trainable<message>, message&&>);
  static_assert(!std::is_convertible_v<message, trainable<message>>);
  static_assert(
      !std::is_constructible_v<trainable<message>,
                               tagged<message, state<tier::plus, toggle::on, mode::standard>>>);
  static_assert(
      !std::is_constructible_v<trainable<message>, message, snapshot, reason>);  // private
  static_assert(!std::is_aggregate_v<trainable<message>>);
  // An existing proof copies and moves.
  static_assert(std::is_copy_constructible_v<trainable<message>>);
  static_assert(std::is_nothrow_move_constructible_v<trainable<message>>);
  static_assert(!std::is_copy_constructible_v<trainable<std::unique_ptr<int>>>);
}

// "the compile-time and run-time gates agree on every state"
[[maybe_unused]] void static_2() { static_assert(gates_agree_everywhere(all_state_types<>{})); }

// "the gates follow a custom policy"
[[maybe_unused]] void static_3() {
  static_assert(
      !state<tier::team, toggle::on, mode::standard, no_business_training>::is_trainable());
}

// "a proof belongs to the policy that granted it"
[[maybe_unused]] void static_4() {
  static_assert(std::is_same_v<decltype(try_for_training<oracle::lax>(message{1}, snapshot{})),
                               result<trainable<message, oracle::lax>, refusal>>);
  static_assert(!std::is_convertible_v<trainable<message, oracle::lax>, trainable<message>>);
  static_assert(!std::is_constructible_v<trainable<message>, trainable<message, oracle::lax>>);
  static_assert(std::is_same_v<trainable<message>, trainable<message, default_policy>>);
  static_assert(std::is_same_v<trainable<message, oracle::lax>::policy, oracle::lax>);
  using lax_state = state<tier::free, toggle::off, mode::standard, oracle::lax>;
  static_assert(std::is_same_v<decltype(for_training(tag<lax_state>(message{2}))),
                               trainable<message, oracle::lax>>);
}

// a proof is not trivially copyable, so nothing can copy bytes into one
[[maybe_unused]] void static_5() {
  static_assert(!std::is_trivially_copyable_v<trainable<message>>);
  static_assert(!std::is_trivially_copyable_v<trainable<int, oracle::lax>>);
  static_assert(std::is_copy_constructible_v<trainable<message>>);
  static_assert(std::is_nothrow_move_constructible_v<trainable<message>>);
  static_assert(!std::is_copy_constructible_v<trainable<std::unique_ptr<int>>>);
}

}  // namespace static_tests::trainable_hpp
