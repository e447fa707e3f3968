// The compile-time half of the test suite: each file under tests/static/ holds the facts about one
// header that the compiler checks (static_assert), and the suite builds them as a library in every
// configuration, including those without exceptions and RTTI where Catch2 cannot run.
#pragma once

#include <consent/all_states.hpp>

namespace static_tests {

// Instantiates Check<S> for every type of a type_list; each Check's static_asserts then hold for S.
template <template <class> class Check, class... S>
constexpr bool for_each_type(consent::type_list<S...>) {
  return (Check<S>::value && ...);
}

}  // namespace static_tests
