// A doctest suite over every state type (doctest_types) that passes, and a check that fails on
// purpose: run as a subprocess by check_failure_output.cmake, which reads that doctest printed the
// values by name (<consent/doctest.hpp>), not {?}.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include <consent/doctest.hpp>

using namespace consent;

TEST_CASE_TEMPLATE_DEFINE("every state type answers as evaluate does", S, every_state_type) {
  CHECK(S::answer() == evaluate<typename S::policy>(S::consent_state()));
}
TEST_CASE_TEMPLATE_APPLY(every_state_type, doctest_types<all_state_types<>>);
TEST_CASE_TEMPLATE_APPLY(every_state_type, doctest_types<all_state_types<latest_policy>>);

TEST_CASE("a failing comparison of states and reasons") {
  const snapshot stored{tier::plus, toggle::off, mode::standard};
  const snapshot expected{tier::plus, toggle::on, mode::standard};
  CHECK(stored == expected);
  CHECK(evaluate(stored).why == evaluate(expected).why);
  CHECK(evaluate(stored) == evaluate(expected));
}
