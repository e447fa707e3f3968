// GoogleTest suites over the states, named by state: listed with --gtest_list_tests by a ctest
// case that checks the names, and run as tests in their own right.
#include <consent/gtest.hpp>

#include <gtest/gtest.h>

using namespace consent;

class EveryState : public ::testing::TestWithParam<snapshot> {};

TEST_P(EveryState, AnswersAsEvaluateDoes) {
  const snapshot s = GetParam();
  EXPECT_TRUE(is_state(s));
  EXPECT_EQ(evaluate(s).trainable, is_trainable(s));
}
INSTANTIATE_TEST_SUITE_P(States, EveryState, ::testing::ValuesIn(all_states<latest_policy>()),
                         gtest_param_name{});

template <class State>
class EveryStateType : public ::testing::Test {};
using state_types = apply_types<::testing::Types, all_state_types<>>;
TYPED_TEST_SUITE(EveryStateType, state_types, gtest_type_name);

TYPED_TEST(EveryStateType, TypeAndValueAgree) {
  EXPECT_EQ(TypeParam::answer(), evaluate(TypeParam::consent_state()));
}
