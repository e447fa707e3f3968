#include <consent/tagged.hpp>

#include <consent/all_states.hpp>

#include <memory>
#include <string>
#include <type_traits>
#include <utility>

#include "catch.hpp"

using namespace consent;

namespace {
struct message {
  int id;
  std::string text;
};
using plus_default = state<tier::plus, toggle::unset, mode::standard>;
}  // namespace

TEMPLATE_LIST_TEST_CASE("tagged costs nothing over its content in any state", "[tagged]",
                        all_state_types<>) {
  STATIC_REQUIRE(sizeof(tagged<message, TestType>) == sizeof(message));
  STATIC_REQUIRE(sizeof(tagged<char, TestType>) == sizeof(char));
  STATIC_REQUIRE(alignof(tagged<message, TestType>) == alignof(message));
  STATIC_REQUIRE(tagged<int, TestType>::consent_state() == TestType::consent_state());
  STATIC_REQUIRE(std::is_same_v<typename tagged<int, TestType>::state_type, TestType>);
}

TEST_CASE("tagged copies and moves exactly as its content does", "[tagged]") {
  using copyable = tagged<message, plus_default>;
  using move_only = tagged<std::unique_ptr<int>, plus_default>;
  STATIC_REQUIRE(std::is_copy_constructible_v<copyable>);
  STATIC_REQUIRE(std::is_nothrow_move_constructible_v<copyable>);
  STATIC_REQUIRE_FALSE(std::is_copy_constructible_v<move_only>);
  STATIC_REQUIRE(std::is_move_constructible_v<move_only>);
  STATIC_REQUIRE(std::is_trivially_copyable_v<tagged<int, plus_default>>);
  // Stamping is explicit: content never becomes tagged by accident.
  STATIC_REQUIRE_FALSE(std::is_convertible_v<message, copyable>);
  STATIC_REQUIRE_FALSE(std::is_default_constructible_v<copyable>);
}

TEST_CASE("tagged gives access to its content", "[tagged]") {
  tagged<message, plus_default> m{message{1, "hello"}};
  CHECK(m->id == 1);
  CHECK((*m).text == "hello");
  m.value().text += " world";
  CHECK(m.value().text == "hello world");
  const message taken = std::move(m).value();
  CHECK(taken.text == "hello world");

  tagged<message, plus_default> in_place{std::in_place, 2, "built in place"};
  CHECK(in_place->id == 2);
  CHECK(in_place->text == "built in place");
}

TEST_CASE("tag stamps content with a state", "[tagged]") {
  auto m = tag<state<tier::team, toggle::on, mode::standard>>(message{3, "x"});
  STATIC_REQUIRE(
      std::is_same_v<decltype(m), tagged<message, state<tier::team, toggle::on, mode::standard>>>);
  CHECK(m->id == 3);
  const message original{4, "kept"};
  auto copy = tag<plus_default>(original);
  CHECK(copy->text == "kept");
  CHECK(original.text == "kept");
}
