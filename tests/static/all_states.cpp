// Compile-time facts about <consent/all_states.hpp> (see static.hpp).
#include <consent/all_states.hpp>
#include <cstddef>
#include <tuple>
#include <type_traits>
#include "oracle.hpp"

#include "static.hpp"

using namespace consent;

namespace static_tests::all_states_hpp {

template <class... States>
constexpr bool types_match_values(type_list<States...>) {
  std::size_t index = 0;
  return ((States::consent_state() == all_states()[index++]) && ...);
}

// "all_states lists the 27 states
[[maybe_unused]] void static_1() {
  constexpr auto states = all_states();
  static_assert(states.size() == 27);
  static_assert(state_count == 27);
}

// "all_state_types lists the same states as types"
[[maybe_unused]] void static_2() {
  static_assert(all_state_types<>::size == state_count);
  static_assert(types_match_values(all_state_types<>{}));
}

// "apply_types moves a type_list's types into another list template"
[[maybe_unused]] void static_apply_types() {
  static_assert(
      std::is_same_v<apply_types<std::tuple, type_list<int, char>>, std::tuple<int, char>>);
  static_assert(std::tuple_size_v<apply_types<std::tuple, all_state_types<>>> == 27);
}

}  // namespace static_tests::all_states_hpp
