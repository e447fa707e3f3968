#include <consent/result.hpp>

#include <memory>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <vector>

#include "catch.hpp"

using namespace consent;

namespace {
enum class oops { bad };
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
}

TEST_CASE("results with non-trivial sides copy, move and assign across both sides", "[result]") {
  using text_result = result<std::string, std::vector<int>>;
  text_result value = std::string(100, 'v');  // long enough to live on the heap
  text_result error = std::vector<int>{1, 2, 3};

  text_result copy = value;
  REQUIRE(copy.has_value());
  CHECK(*copy == std::string(100, 'v'));
  text_result error_copy = error;
  REQUIRE_FALSE(error_copy.has_value());
  CHECK(error_copy.error() == std::vector<int>{1, 2, 3});

  copy = error;  // value -> error
  REQUIRE_FALSE(copy.has_value());
  CHECK(copy.error().size() == 3);
  error_copy = value;  // error -> value
  REQUIRE(error_copy.has_value());
  CHECK(error_copy->size() == 100);

  text_result moved = std::move(error_copy);
  REQUIRE(moved.has_value());
  CHECK(moved->size() == 100);
  moved = std::move(copy);
  REQUIRE_FALSE(moved.has_value());
  CHECK(moved.error().front() == 1);

  const text_result& self = moved;
  moved = self;  // self-assignment keeps the value
  REQUIRE_FALSE(moved.has_value());
  CHECK(moved.error().size() == 3);
}

namespace {
// Counts live instances, and throws from its move when told to: a double destruction shows as a
// negative count, a leak as a positive one.
struct fragile {
  static inline int live = 0;
  static inline bool throw_on_move = false;
  int id;
  explicit fragile(int i) : id(i) { ++live; }
  fragile(const fragile& other) : id(other.id) { ++live; }
  fragile(fragile&& other) : id(other.id) {
    if (throw_on_move) throw std::runtime_error("move failed");
    ++live;
  }
  fragile& operator=(const fragile&) = default;
  fragile& operator=(fragile&& other) {
    if (throw_on_move) throw std::runtime_error("move failed");
    id = other.id;
    return *this;
  }
  ~fragile() { --live; }
};
}  // namespace

TEST_CASE("a result whose content's move throws keeps what it held", "[result][fail-closed]") {
  using fragile_result = result<fragile, oops>;
  fragile::live = 0;
  {
    fragile_result refused = oops::bad;
    fragile_result granted = fragile(5);
    REQUIRE(fragile::live == 1);
    fragile::throw_on_move = true;
    CHECK_THROWS(refused = std::move(granted));  // error <- value: the value's move throws
    fragile::throw_on_move = false;
    REQUIRE_FALSE(refused.has_value());  // still the error it was
    CHECK(refused.error() == oops::bad);
    CHECK(fragile::live == 1);

    fragile_result other = fragile(6);
    fragile::throw_on_move = true;
    CHECK_THROWS(granted = std::move(other));  // value <- value: T's own assignment throws
    fragile::throw_on_move = false;
    REQUIRE(granted.has_value());
    CHECK(granted->id == 5);
    CHECK(fragile::live == 2);  // granted and other

    fragile::throw_on_move = true;
    CHECK_THROWS(fragile_result(std::move(granted)));  // a throwing move construction
    fragile::throw_on_move = false;
    CHECK(fragile::live == 2);  // granted and other

    granted = std::move(refused);  // value <- error: never throws
    REQUIRE_FALSE(granted.has_value());
    CHECK(fragile::live == 1);  // other
  }
  CHECK(fragile::live == 0);  // every instance destroyed exactly once
}

TEST_CASE("value() reads the value like operator*", "[result]") {
  result<std::string, oops> text = std::string("x");
  text.value() += "y";
  CHECK(*text == "xy");
  CHECK(std::move(text).value() == "xy");
}
