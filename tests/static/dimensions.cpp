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
  static_assert(tier_count == 8);
  static_assert(toggle_count == 3);
  static_assert(mode_count == 2);
  static_assert(feedback_count == 2);
  static_assert(static_cast<std::size_t>(tier::edu) + 1 == tier_count);
  static_assert(static_cast<std::size_t>(feedback::given) + 1 == feedback_count);
}

// "tiers are appended: every 0.1 value keeps its number, and Business is Team (R10)"
[[maybe_unused]] void static_3() {
  static_assert(static_cast<unsigned>(tier::free) == 0 && static_cast<unsigned>(tier::api) == 4);
  static_assert(static_cast<unsigned>(tier::pro) == 5 && static_cast<unsigned>(tier::go) == 6 &&
                static_cast<unsigned>(tier::edu) == 7);
  static_assert(tier::business == tier::team);
  static_assert(to_string(tier::business) == "team");
  static_assert(to_string(tier::pro) == "pro" && to_string(tier::go) == "go" &&
                to_string(tier::edu) == "edu");
  static_assert(to_string(feedback::none) == "none" && to_string(feedback::given) == "given");
  static_assert(static_cast<std::size_t>(toggle::off) + 1 == toggle_count);
  static_assert(static_cast<std::size_t>(mode::temporary) + 1 == mode_count);
}

}  // namespace static_tests::dimensions_hpp
