#include <consent/dimensions.hpp>

#include <cstddef>
#include <set>
#include <string_view>

#include "catch.hpp"

using namespace consent;

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
