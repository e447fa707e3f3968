// Compile-time facts about <consent/all_states.hpp> (see static.hpp).
#include <consent/all_states.hpp>
#include <cstddef>
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

}  // namespace static_tests::all_states_hpp
