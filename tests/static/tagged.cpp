// Compile-time facts about <consent/tagged.hpp> (see static.hpp).
#include <consent/all_states.hpp>
#include <consent/tagged.hpp>
#include <memory>
#include <string>
#include <type_traits>
#include <utility>

#include "static.hpp"

using namespace consent;

namespace static_tests::tagged_hpp {

struct message {
  int id;
  std::string text;
};
using plus_default = state<tier::plus, toggle::unset, mode::standard>;

// "tagged costs nothing over its content in any state" (for every all_state_types<>)
template <class TestType>
struct static_1 {
  static_assert(sizeof(tagged<message, TestType>) == sizeof(message));
  static_assert(sizeof(tagged<char, TestType>) == sizeof(char));
  static_assert(alignof(tagged<message, TestType>) == alignof(message));
  static_assert(tagged<int, TestType>::consent_state() == TestType::consent_state());
  static_assert(std::is_same_v<typename tagged<int, TestType>::state_type, TestType>);

  static constexpr bool value = true;
};
static_assert(static_tests::for_each_type<static_1>(all_state_types<>{}));

// "tagged copies and moves exactly as its content does"
[[maybe_unused]] void static_2() {
  using copyable = tagged<message, plus_default>;
  using move_only = tagged<std::unique_ptr<int>, plus_default>;
  static_assert(std::is_copy_constructible_v<copyable>);
  static_assert(std::is_nothrow_move_constructible_v<copyable>);
  static_assert(!std::is_copy_constructible_v<move_only>);
  static_assert(std::is_move_constructible_v<move_only>);
  static_assert(std::is_trivially_copyable_v<tagged<int, plus_default>>);
  static_assert(!std::is_default_constructible_v<copyable>);
  // Tagging is explicit: content never becomes tagged by accident.
  static_assert(!std::is_convertible_v<message, copyable>);
}

// tag tags content with a state
[[maybe_unused]] void static_3() {
  static_assert(
      std::is_same_v<decltype(tag<state<tier::team, toggle::on, mode::standard>>(message{3, "x"})),
                     tagged<message, state<tier::team, toggle::on, mode::standard>>>);
}

}  // namespace static_tests::tagged_hpp
