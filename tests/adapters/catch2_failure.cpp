// A test that fails on purpose, run as a subprocess by check_failure_output.cmake: Catch2 must
// print the values through <consent/ostream.hpp>, names and not bytes or {?}.
#include <consent/ostream.hpp>

#include "../support/catch.hpp"

using namespace consent;

TEST_CASE("a failing comparison of states and reasons") {
  const snapshot stored{tier::plus, toggle::off, mode::standard};
  const snapshot expected{tier::plus, toggle::on, mode::standard};
  CHECK(stored == expected);
  CHECK(evaluate(stored).why == evaluate(expected).why);
  CHECK(evaluate(stored) == evaluate(expected));
}
