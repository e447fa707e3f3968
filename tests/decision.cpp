#include <consent/decision.hpp>

#include <type_traits>

#include "catch.hpp"

using namespace consent;

TEST_CASE("a decision converts to bool only when asked", "[decision]") {
  STATIC_REQUIRE(std::is_constructible_v<bool, decision>);
  STATIC_REQUIRE_FALSE(std::is_convertible_v<decision, bool>);
  STATIC_REQUIRE(static_cast<bool>(decision{true, reason::opted_in}));
  STATIC_REQUIRE_FALSE(static_cast<bool>(decision{false, reason::opted_out}));
}

TEST_CASE("decisions compare by answer and reason", "[decision]") {
  constexpr decision yes{true, reason::opted_in};
  STATIC_REQUIRE(yes == decision{true, reason::opted_in});
  STATIC_REQUIRE(yes != decision{true, reason::consumer_default});
  STATIC_REQUIRE(yes != decision{false, reason::opted_in});
  STATIC_REQUIRE(refused_invalid == decision{false, reason::invalid_state});
}

TEST_CASE("a decision is a small trivially copyable value", "[decision]") {
  STATIC_REQUIRE(std::is_trivially_copyable_v<decision>);
  STATIC_REQUIRE(std::is_aggregate_v<decision>);
  STATIC_REQUIRE(sizeof(decision) == 2);
}
