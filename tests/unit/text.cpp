#include <consent/text.hpp>

#include <consent/all_states.hpp>

#include <cstddef>
#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <type_traits>

#include "catch.hpp"
#include "oracle.hpp"

using namespace consent;
using namespace std::string_view_literals;
using namespace std::string_literals;

TEST_CASE("to_string(snapshot) gives tier/toggle/mode in the lowercase names", "[text]") {
  oracle::for_each_combination([](tier t, toggle g, mode m) {
    const state_text text = to_string(snapshot{t, g, m});
    const std::string expected = std::string(to_string(t)) + '/' + std::string(to_string(g)) + '/' +
                                 std::string(to_string(m));
    CHECK(text == expected);
    CHECK(text.size() <= state_text::max_size);
    CHECK(std::string_view(text.c_str()) == expected);  // NUL-terminated
  });
}

TEST_CASE("to_string(snapshot) is total: out-of-range fields are spelled unknown",
          "[text][fail-closed]") {
  CHECK(to_string(snapshot{static_cast<tier>(9), toggle::on, mode::standard}) ==
        "unknown/on/standard");
  CHECK(to_string(snapshot{static_cast<tier>(9), static_cast<toggle>(9), static_cast<mode>(9)}) ==
        "unknown/unknown/unknown");
  CHECK_FALSE(
      parse(to_string(snapshot{static_cast<tier>(9), toggle::on, mode::standard})).has_value());
}

TEST_CASE("parse(to_string(s)) == s for every state", "[text]") {
  for (const snapshot& s : all_states<latest_policy>()) {
    const auto parsed = parse(to_string(s));
    REQUIRE(parsed.has_value());
    CHECK(*parsed == s);
  }
}

TEST_CASE("every text 0.1 wrote keeps its meaning; business is team", "[text]") {
  for (const snapshot& s : all_states()) {
    const std::string text(to_string(s).view());
    CHECK(text.find("feedback") == std::string::npos);  // three fields, as 0.1 wrote them
    CHECK(*parse(text) == s);
    if (s.account == tier::team) {
      const auto business = parse("business" + text.substr(4));
      REQUIRE(business.has_value());
      CHECK(*business == s);
      CHECK(to_string(*business) == text);  // written back as team, which 0.1 reads
    }
  }
  CHECK(*parse("business/on/standard/feedback") ==
        snapshot{tier::team, toggle::on, mode::standard, feedback::given});
}

TEST_CASE("parse refuses the non-states with not_a_state at the mode", "[text][fail-closed]") {
  for (const auto text : {"api/unset/temporary"sv, "api/on/temporary"sv, "api/off/temporary"sv}) {
    const auto parsed = parse(text);
    REQUIRE_FALSE(parsed.has_value());
    CHECK(parsed.error().code == parse_errc::not_a_state);
    CHECK(parsed.error().offset == text.rfind('/') + 1);
  }
}

TEST_CASE("parse says what was wrong and where", "[text][fail-closed]") {
  struct bad_text {
    std::string_view text;
    parse_errc code;
    std::size_t offset;
  };
  const bad_text cases[] = {
      {""sv, parse_errc::empty, 0},
      {"plus"sv, parse_errc::missing_separator, 4},
      {"plus/"sv, parse_errc::unknown_toggle, 5},
      {"plus/on"sv, parse_errc::missing_separator, 7},
      {"plus/on/"sv, parse_errc::unknown_mode, 8},
      {"plus/on/standard/"sv, parse_errc::extra_separator, 16},
      {"plus/on/standard/extra"sv, parse_errc::extra_separator, 16},
      {"plus/on/standard\n"sv, parse_errc::trailing_input, 16},
      {"plus/on/standard "sv, parse_errc::trailing_input, 16},
      {"plus/on/temporaryy"sv, parse_errc::trailing_input, 17},
      {"plus/on/stand"sv, parse_errc::unknown_mode, 8},
      {"Plus/on/standard"sv, parse_errc::unknown_tier, 0},
      {"PLUS/ON/STANDARD"sv, parse_errc::unknown_tier, 0},
      {"plus/ON/standard"sv, parse_errc::unknown_toggle, 5},
      {"plus/on/Standard"sv, parse_errc::unknown_mode, 8},
      {" plus/on/standard"sv, parse_errc::unknown_tier, 0},
      {"plus /on/standard"sv, parse_errc::unknown_tier, 0},
      {"plus/ on/standard"sv, parse_errc::unknown_toggle, 5},
      {"/on/standard"sv, parse_errc::unknown_tier, 0},
      {"/"sv, parse_errc::unknown_tier, 0},
      {"//"sv, parse_errc::unknown_tier, 0},
      {"plus//standard"sv, parse_errc::unknown_toggle, 5},
      {"plus\\on\\standard"sv, parse_errc::unknown_tier, 0},
      {"plus,on,standard"sv, parse_errc::unknown_tier, 0},
      {"max/on/standard"sv, parse_errc::unknown_tier, 0},
      {"Business/on/standard"sv, parse_errc::unknown_tier, 0},
      {"plus/on/standard/Feedback"sv, parse_errc::extra_separator, 16},
      {"plus/on/standard/given"sv, parse_errc::extra_separator, 16},
      {"plus/on/standard/none"sv, parse_errc::extra_separator, 16},
      {"plus/on/standard/feedback/"sv, parse_errc::extra_separator, 25},
      {"plus/on/standard/feedback\n"sv, parse_errc::trailing_input, 25},
      {"plus/on/standard/feedback\0"sv, parse_errc::trailing_input, 25},
      {"api/on/temporary/feedback"sv, parse_errc::not_a_state, 7},
      {"plus/yes/standard"sv, parse_errc::unknown_toggle, 5},
      {"plus/on/incognito"sv, parse_errc::unknown_mode, 8},
      {"unknown/on/standard"sv, parse_errc::unknown_tier, 0},
      {"plus\0/on/standard"sv, parse_errc::unknown_tier, 0},
      {"plus/on\0/standard"sv, parse_errc::unknown_toggle, 5},
      {"plus/on/standard\0"sv, parse_errc::trailing_input, 16},
      {"\0"sv, parse_errc::unknown_tier, 0},
      {"plus/on/standard/temporary"sv, parse_errc::extra_separator, 16},
      {"api/on/temporary/"sv, parse_errc::extra_separator, 16},
      {"pl\xC3\xBCs/on/standard"sv, parse_errc::unknown_tier, 0},
      {"plus/on/\xEF\xBB\xBFstandard"sv, parse_errc::unknown_mode, 8},
  };
  for (const bad_text& c : cases) {
    CAPTURE(std::string(c.text), to_string(c.code), c.offset);
    const auto parsed = parse(c.text);
    REQUIRE_FALSE(parsed.has_value());
    CHECK(to_string(parsed.error().code) == to_string(c.code));
    CHECK(parsed.error().offset == c.offset);
    CHECK(parsed.error().offset <= c.text.size());
  }
}

TEST_CASE("no prefix of a state's text is accepted, and no text with a byte added",
          "[text][fail-closed]") {
  for (const snapshot& s : all_states()) {
    const std::string text(to_string(s).view());
    for (std::size_t length = 0; length < text.size(); ++length) {
      CAPTURE(text, length);
      CHECK_FALSE(parse(std::string_view(text).substr(0, length)).has_value());
    }
    for (int byte = 0; byte < 256; ++byte) {
      for (std::size_t at = 0; at <= text.size(); ++at) {
        std::string grown = text;
        grown.insert(at, 1, static_cast<char>(byte));
        if (parse(grown).has_value()) FAIL("accepted " << grown);
      }
    }
  }
}

TEST_CASE("random texts are accepted exactly when they are a state's text", "[text][fail-closed]") {
  std::mt19937 rng(20240612);
  const std::string alphabet = "abcdefghijklmnopqrstuvwxyz/ \0\n\xFF"s;
  std::size_t accepted = 0;
  for (int round = 0; round < 200000; ++round) {
    std::string text;
    const auto length = std::uniform_int_distribution<std::size_t>(0, 30)(rng);
    for (std::size_t i = 0; i < length; ++i) {
      text += alphabet[std::uniform_int_distribution<std::size_t>(0, alphabet.size() - 1)(rng)];
    }
    const auto parsed = parse(text);
    if (parsed) {
      ++accepted;
      CHECK(to_string(*parsed) == text);
      CHECK(is_state(*parsed));
    } else {
      CHECK(parsed.error().offset <= text.size());
    }
  }
  // Random letters essentially never spell a state; the property is that nothing else got in.
  CHECK(accepted < 5);
}

TEST_CASE("parse handles long hostile input", "[text][fail-closed]") {
  const std::string long_tier(1 << 20, 'p');
  CHECK(parse(long_tier).error() == parse_error{parse_errc::unknown_tier, 0});
  const std::string many_slashes(1 << 20, '/');
  CHECK(parse(many_slashes).error() == parse_error{parse_errc::unknown_tier, 0});
  const std::string long_tail = "plus/on/standard" + std::string(1 << 20, '/');
  CHECK(parse(long_tail).error() == parse_error{parse_errc::extra_separator, 16});
}

TEST_CASE("to_string(snapshot) stays in bounds and NUL-terminated on every triple",
          "[text][fail-closed]") {
  std::size_t checked = 0;
  for (unsigned t = 0; t < 256; ++t) {
    for (unsigned g = 0; g < 256; ++g) {
      for (unsigned m = 0; m < 256; ++m) {
        const state_text text =
            to_string(snapshot{static_cast<tier>(t), static_cast<toggle>(g), static_cast<mode>(m)});
        // Checked by hand rather than with CHECK: 2^24 assertions would swamp the report.
        if (text.size() > state_text::max_size || text.c_str()[text.size()] != '\0' ||
            std::char_traits<char>::length(text.c_str()) != text.size()) {
          FAIL("to_string(" << t << ", " << g << ", " << m << ") is out of bounds");
        }
        ++checked;
      }
    }
  }
  CHECK(checked == std::size_t{1} << 24);
}

TEST_CASE("the written-out texts and parse's table agree with the names", "[text][fail-closed]") {
  // detail/state_texts.hpp is generated; each entry is held here to the text composed from the
  // names, and the accepted table to exactly the texts parse accepts.
  std::size_t accepted = 0;
  std::size_t occupied = 0;
  for (const std::uint8_t slot : detail::accepted_text_slots) occupied += slot != 0 ? 1 : 0;
  for (std::size_t i = 0; i < detail::combination_count; ++i) {
    const snapshot s = detail::combination(i);
    state_text composed;
    detail::compose_state_text(composed, s);
    const std::string_view written(detail::combination_text_chars[i],
                                   detail::combination_text_sizes[i]);
    CAPTURE(i, composed.view());
    CHECK(written == composed.view());
    for (std::size_t k = written.size(); k <= detail::longest_state_text; ++k) {
      CHECK(detail::combination_text_chars[i][k] == '\0');
    }
    CHECK(to_string(s) == composed.view());
    if (is_state(s)) {
      // Found, and at its own slot: one probe (the key keeps the fast path one compare).
      CHECK(detail::find_accepted(composed.view()) == i);
      CHECK(detail::accepted_text_slots[detail::accepted_slot(composed.view())] == i + 1);
      ++accepted;
      if (s.account == tier::team) {
        const std::string alias = "business" + std::string(composed.view().substr(4));
        CHECK(detail::find_accepted(alias) == i);
        CHECK(detail::accepted_text_slots[detail::accepted_slot(alias)] ==
              ((i + 1) | detail::alias_bit));
        ++accepted;
      }
    } else {
      CHECK(detail::find_accepted(composed.view()) == detail::combination_count);
    }
  }
  CHECK(occupied == accepted);
}
