// A test that fails on purpose, run as a subprocess by check_failure_output.cmake: GoogleTest must
// print the values through <consent/ostream.hpp>, names and not "3-byte object <...>".
#include <consent/ostream.hpp>

#include <gtest/gtest.h>

using namespace consent;

TEST(ConsentFailure, StatesAndReasons) {
  const snapshot stored{tier::plus, toggle::off, mode::standard};
  const snapshot expected{tier::plus, toggle::on, mode::standard};
  EXPECT_EQ(stored, expected);
  EXPECT_EQ(evaluate(stored).why, evaluate(expected).why);
  EXPECT_EQ(evaluate(stored), evaluate(expected));
}
