#include <consent/reason.hpp>

#include <cstddef>
#include <cstdint>

#include "catch.hpp"

using namespace consent;

TEST_CASE("only the consumer default and an opt-in grant training", "[reason]") {
  for (std::size_t i = 0; i < 256; ++i) {
    const auto r = static_cast<reason>(static_cast<std::uint8_t>(i));
    CAPTURE(i);
    CHECK(grants(r) == (r == reason::consumer_default || r == reason::opted_in));
  }
}
