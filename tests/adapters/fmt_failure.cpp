// A Catch2 test that fails on purpose, comparing formatted lines: run as a subprocess by
// check_failure_output.cmake, which reads that fmt wrote names, aligned (<consent/fmt.hpp>).
#include <consent/fmt.hpp>

#include "../support/catch.hpp"

using namespace consent;

TEST_CASE("a failing comparison of formatted log lines") {
  const snapshot stored{tier::plus, toggle::off, mode::standard};
  const snapshot expected{tier::plus, toggle::on, mode::standard};
  CHECK(fmt::format("{:<20}|{}", stored, evaluate(stored)) ==
        fmt::format("{:<20}|{}", expected, evaluate(expected)));
}
