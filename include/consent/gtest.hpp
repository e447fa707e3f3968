// consent: names for GoogleTest's parameterised and typed tests, so that a suite over the states
// reads States/plus_off_standard instead of States/12 (GoogleTest refuses the '/' of the text
// form). Opt-in; it needs nothing of GoogleTest itself:
//   INSTANTIATE_TEST_SUITE_P(States, MyTest, ::testing::ValuesIn(consent::all_states()),
//                            consent::gtest_param_name{});
//   using states = consent::apply_types<::testing::Types, consent::all_state_types<>>;
//   TYPED_TEST_SUITE(MyTypedTest, states, consent::gtest_type_name);
#pragma once

#include <string>
#include <string_view>

#include <consent/consent.hpp>
#include <consent/ostream.hpp>  // GoogleTest prints parameters and failures by name

CONSENT_BEGIN_NAMESPACE

namespace detail {
// A name GoogleTest accepts: letters, digits and underscores only.
inline std::string test_name(std::string_view text) {
  std::string name(text);
  for (char& c : name) {
    const bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (!word) c = '_';
  }
  return name;
}
}  // namespace detail

// The name of a test parameter: a snapshot ("plus_off_standard", "go_on_standard_feedback"), a
// decision ("trainable_opted_in"), or an enum ("opted_out").
struct gtest_param_name {
  template <class Info>
  std::string operator()(const Info& info) const {
    return name(info.param);
  }

 private:
  static std::string name(const snapshot& s) { return detail::test_name(to_string(s).view()); }
  static std::string name(const decision& d) {
    return std::string(d.trainable ? "trainable_" : "refused_") + std::string(to_string(d.why));
  }
  template <class Enum, detail::if_named_enum<Enum> = 0>
  static std::string name(Enum value) {
    return std::string(to_string(value));
  }
};

// The name of a typed test's type: a state type by its state ("plus_off_standard").
struct gtest_type_name {
  template <class State>
  static std::string GetName(int) {  // GoogleTest's spelling
    return detail::test_name(to_string(State::consent_state()).view());
  }
};

CONSENT_END_NAMESPACE
