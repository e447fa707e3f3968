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

TEST_CASE("tag tags content with a state", "[tagged]") {
  auto m = tag<state<tier::team, toggle::on, mode::standard>>(message{3, "x"});
  CHECK(m->id == 3);
  CHECK(m.consent_state() == snapshot{tier::team, toggle::on, mode::standard});
}
