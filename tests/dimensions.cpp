#include <consent/dimensions.hpp>

#include <cstddef>
#include <set>
#include <string_view>

#include "catch.hpp"

using namespace consent;

TEST_CASE("to_string names every dimension value in lowercase", "[dimensions]") {
  STATIC_REQUIRE(to_string(tier::free) == "free");
  STATIC_REQUIRE(to_string(tier::plus) == "plus");
  STATIC_REQUIRE(to_string(tier::team) == "team");
  STATIC_REQUIRE(to_string(tier::enterprise) == "enterprise");
  STATIC_REQUIRE(to_string(tier::api) == "api");
  STATIC_REQUIRE(to_string(toggle::unset) == "unset");
  STATIC_REQUIRE(to_string(toggle::on) == "on");
  STATIC_REQUIRE(to_string(toggle::off) == "off");
  STATIC_REQUIRE(to_string(mode::standard) == "standard");
  STATIC_REQUIRE(to_string(mode::temporary) == "temporary");
}

TEST_CASE("the counts are the number of enumerators", "[dimensions]") {
  STATIC_REQUIRE(tier_count == 5);
  STATIC_REQUIRE(toggle_count == 3);
  STATIC_REQUIRE(mode_count == 2);
  STATIC_REQUIRE(static_cast<std::size_t>(tier::api) + 1 == tier_count);
  STATIC_REQUIRE(static_cast<std::size_t>(toggle::off) + 1 == toggle_count);
  STATIC_REQUIRE(static_cast<std::size_t>(mode::temporary) + 1 == mode_count);
}

TEST_CASE("names are distinct within a dimension", "[dimensions]") {
  std::set<std::string_view> tiers, toggles, modes;
  for (std::size_t i = 0; i < tier_count; ++i) tiers.insert(to_string(static_cast<tier>(i)));
  for (std::size_t i = 0; i < toggle_count; ++i) toggles.insert(to_string(static_cast<toggle>(i)));
  for (std::size_t i = 0; i < mode_count; ++i) modes.insert(to_string(static_cast<mode>(i)));
  CHECK(tiers.size() == tier_count);
  CHECK(toggles.size() == toggle_count);
  CHECK(modes.size() == mode_count);
}

TEST_CASE("every byte cast into a dimension is valid exactly when it is an enumerator",
          "[dimensions][fail-closed]") {
  for (unsigned v = 0; v < 256; ++v) {
    CAPTURE(v);
    const auto raw = static_cast<std::uint8_t>(v);
    CHECK(is_valid(static_cast<tier>(raw)) == (v < tier_count));
    CHECK(is_valid(static_cast<toggle>(raw)) == (v < toggle_count));
    CHECK(is_valid(static_cast<mode>(raw)) == (v < mode_count));
    if (v >= tier_count) CHECK(to_string(static_cast<tier>(raw)) == "unknown");
    if (v >= toggle_count) CHECK(to_string(static_cast<toggle>(raw)) == "unknown");
    if (v >= mode_count) CHECK(to_string(static_cast<mode>(raw)) == "unknown");
  }
}
