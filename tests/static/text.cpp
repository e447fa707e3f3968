// Compile-time facts about <consent/text.hpp> (see static.hpp).
#include <consent/all_states.hpp>
#include <consent/text.hpp>
#include <cstddef>
#include <random>
#include <string>
#include <string_view>
#include <type_traits>
#include "oracle.hpp"

#include "static.hpp"

using namespace consent;

namespace static_tests::text_hpp {

// The longest text of any triple, out-of-range fields included, computed at compile time: a
// to_string that wrote past its buffer would not be a constant expression.
constexpr std::size_t longest_formatted() {
  std::size_t longest = 0;
  for (unsigned t = 0; t < 256; t += 1) {
    const state_text text =
        to_string(snapshot{static_cast<tier>(t), static_cast<toggle>(t % 7),
                           static_cast<mode>(255 - t), static_cast<feedback>(t % 3)});
    longest = text.size() > longest ? text.size() : longest;
  }
  return longest;
}

// "to_string(snapshot) gives tier/toggle/mode in the lowercase names"
[[maybe_unused]] void static_1() {
  static_assert(to_string(snapshot{tier::plus, toggle::off, mode::temporary}) ==
                "plus/off/temporary");
  static_assert(to_string(snapshot{tier::enterprise, toggle::unset, mode::temporary}).size() == 26);
}

// "state_text holds its characters in place"
[[maybe_unused]] void static_2() {
  static_assert(std::is_trivially_copyable_v<state_text>);
  static_assert(sizeof(state_text) <= 48);
  static_assert(std::is_convertible_v<state_text, std::string_view>);
}

// "parse(to_string(s)) == s for every state"
[[maybe_unused]] void static_3() {
  static_assert(*parse("plus/off/temporary") == snapshot{tier::plus, toggle::off, mode::temporary});
}

// "parse_errc names"
[[maybe_unused]] void static_4() {
  static_assert(to_string(parse_errc::empty) == "empty");
  static_assert(to_string(parse_errc::not_a_state) == "not_a_state");
  static_assert(to_string(parse_errc::trailing_input) == "trailing_input");
  static_assert(to_string(static_cast<parse_errc>(99)) == "unknown");
}

// "to_string(snapshot) stays in bounds and NUL-terminated on every combination"
[[maybe_unused]] void static_5() {
  static_assert(longest_formatted() <= state_text::max_size);
  // The buffer holds the longest text, "enterprise/unknown/temporary/feedback", exactly.
  constexpr snapshot longest{tier::enterprise, static_cast<toggle>(3), mode::temporary,
                             feedback::given};
  static_assert(to_string(longest).size() == state_text::max_size);
  static_assert(to_string(longest) == "enterprise/unknown/temporary/feedback");
}

// "feedback is a fourth field; Business is Team's other name (R10)"
[[maybe_unused]] void static_6() {
  static_assert(to_string(snapshot{tier::plus, toggle::off, mode::standard, feedback::given}) ==
                "plus/off/standard/feedback");
  static_assert(*parse("plus/off/standard/feedback") ==
                snapshot{tier::plus, toggle::off, mode::standard, feedback::given});
  static_assert(*parse("business/on/standard") == snapshot{tier::team, toggle::on, mode::standard});
  static_assert(parse("plus/off/standard/none").error() ==
                parse_error{parse_errc::extra_separator, 17});
  static_assert(parse("plus/off/standard/feedback/").error() ==
                parse_error{parse_errc::extra_separator, 26});
  static_assert(parse("plus/off/standard/feedbacks").error() ==
                parse_error{parse_errc::trailing_input, 26});
  static_assert(parse("api/on/temporary/feedback").error().code == parse_errc::not_a_state);
}

// "each dimension and reason parses on its own; each enum lists its values"
[[maybe_unused]] void static_enum_parse() {
  static_assert(*parse<tier>("edu") == tier::edu);
  static_assert(*parse<tier>("business") == tier::team);
  static_assert(*parse<toggle>("unset") == toggle::unset);
  static_assert(*parse<mode>("temporary") == mode::temporary);
  static_assert(*parse<feedback>("given") == feedback::given);
  static_assert(*parse<reason>("not_in_policy") == reason::not_in_policy);
  static_assert(parse<tier>("").error() == parse_error{parse_errc::empty, 0});
  static_assert(parse<tier>("Plus").error() == parse_error{parse_errc::unknown_name, 0});
  static_assert(parse<tier>("plus ").error() == parse_error{parse_errc::trailing_input, 4});
  static_assert(parse<reason>("unknown").error().code == parse_errc::unknown_name);
  static_assert(all_values<tier>().size() == tier_count && all_values<tier>()[5] == tier::pro);
  static_assert(all_values<feedback>()[1] == feedback::given);
  static_assert(all_values<reason>().size() == reason_count);
}

}  // namespace static_tests::text_hpp
