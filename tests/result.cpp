#include <consent/result.hpp>

#include <memory>
#include <string>
#include <type_traits>

#include "catch.hpp"

using namespace consent;

namespace {
enum class oops { bad };
}

TEST_CASE("a result holds the value or the error, and says which", "[result]") {
  constexpr result<int, oops> ok = 7;
  constexpr result<int, oops> failed = oops::bad;
  STATIC_REQUIRE(ok.has_value());
  STATIC_REQUIRE(static_cast<bool>(ok));
  STATIC_REQUIRE(*ok == 7);
  STATIC_REQUIRE_FALSE(failed.has_value());
  STATIC_REQUIRE_FALSE(static_cast<bool>(failed));
  STATIC_REQUIRE(failed.error() == oops::bad);
  STATIC_REQUIRE(failed.value_or(3) == 3);
  STATIC_REQUIRE(ok.value_or(3) == 7);
  STATIC_REQUIRE_FALSE(std::is_convertible_v<result<int, oops>, bool>);
}

TEST_CASE("a result gives access to its value and moves it out", "[result]") {
  result<std::string, oops> text = std::string("plus/on/standard");
  REQUIRE(text.has_value());
  CHECK(text->size() == 16);
  text->append("!");
  CHECK(*text == "plus/on/standard!");

  result<std::unique_ptr<int>, oops> owned = std::make_unique<int>(4);
  std::unique_ptr<int> taken = *std::move(owned);
  REQUIRE(taken != nullptr);
  CHECK(*taken == 4);
  STATIC_REQUIRE_FALSE(std::is_copy_constructible_v<result<std::unique_ptr<int>, oops>>);
}
