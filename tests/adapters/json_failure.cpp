// A Catch2 test that fails on purpose, comparing JSON documents: run as a subprocess by
// check_failure_output.cmake, which reads that the documents print names (<consent/json.hpp>).
#include <consent/json.hpp>

#include "../support/catch.hpp"

using namespace consent;

TEST_CASE("a failing comparison of JSON records") {
  const snapshot stored{tier::plus, toggle::off, mode::standard};
  const snapshot expected{tier::plus, toggle::on, mode::standard};
  CHECK(nlohmann::json(stored) == nlohmann::json(expected));
  CHECK(nlohmann::json(evaluate(stored)) == nlohmann::json(evaluate(expected)));
}
