// Compile-time facts about <consent/dimensions.hpp> (see static.hpp).
#include <consent/dimensions.hpp>
#include <cstddef>
#include <set>
#include <string_view>

#include "static.hpp"

using namespace consent;

namespace static_tests::dimensions_hpp {

// "to_string names every dimension value in lowercase"
[[maybe_unused]] void static_1() {
  static_assert(to_string(tier::free) == "free");
  static_assert(to_string(tier::plus) == "plus");
  static_assert(to_string(tier::team) == "team");
  static_assert(to_string(tier::enterprise) == "enterprise");
  static_assert(to_string(tier::api) == "api");
  static_assert(to_string(toggle::unset) == "unset");
  static_assert(to_string(toggle::on) == "on");
  static_assert(to_string(toggle::off) == "off");
  static_assert(to_string(mode::standard) == "standard");
  static_assert(to_string(mode::temporary) == "temporary");
}

// "the counts are the number of enumerators"
[[maybe_unused]] void static_2() {
  static_assert(tier_count == 5);
  static_assert(toggle_count == 3);
  static_assert(mode_count == 2);
  static_assert(static_cast<std::size_t>(tier::api) + 1 == tier_count);
  static_assert(static_cast<std::size_t>(toggle::off) + 1 == toggle_count);
  static_assert(static_cast<std::size_t>(mode::temporary) + 1 == mode_count);
}

}  // namespace static_tests::dimensions_hpp
