#include <consent/reason.hpp>

#include <cstddef>
#include <cstdint>

#include "catch.hpp"

using namespace consent;

TEST_CASE("to_string spells each reason as its enumerator", "[reason]") {
  STATIC_REQUIRE(to_string(reason::consumer_default) == "consumer_default");
  STATIC_REQUIRE(to_string(reason::opted_in) == "opted_in");
  STATIC_REQUIRE(to_string(reason::opted_out) == "opted_out");
  STATIC_REQUIRE(to_string(reason::temporary_chat) == "temporary_chat");
  STATIC_REQUIRE(to_string(reason::business_default) == "business_default");
  STATIC_REQUIRE(to_string(reason::api_default) == "api_default");
  STATIC_REQUIRE(to_string(reason::invalid_state) == "invalid_state");
  STATIC_REQUIRE(to_string(static_cast<reason>(7)) == "unknown");
  STATIC_REQUIRE(reason_count == static_cast<std::size_t>(reason::invalid_state) + 1);
}

TEST_CASE("only the consumer default and an opt-in grant training", "[reason]") {
  for (std::size_t i = 0; i < 256; ++i) {
    const auto r = static_cast<reason>(static_cast<std::uint8_t>(i));
    CAPTURE(i);
    CHECK(grants(r) == (r == reason::consumer_default || r == reason::opted_in));
  }
}
