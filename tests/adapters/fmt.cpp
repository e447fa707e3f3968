// <consent/fmt.hpp>: fmt writes exactly what operator<< writes (one text,
// to_string.hpp) for every value of every type, and applies the string spec: fill, alignment,
// width, precision.
#include <consent/fmt.hpp>
#include <consent/ostream.hpp>

#include <sstream>
#include <string>

#include "../support/catch.hpp"

using namespace consent;

namespace {
template <class T>
std::string streamed(const T& value) {
  std::ostringstream out;
  out << value;
  return out.str();
}

template <class Enum>
void every_value_as_streamed() {
  for (unsigned v = 0; v < 256; ++v) {
    const auto value = static_cast<Enum>(v);
    CHECK(fmt::format("{}", value) == streamed(value));
  }
}
}  // namespace

TEST_CASE("fmt writes every enum value as operator<< does, out-of-range ones included", "[fmt]") {
  every_value_as_streamed<tier>();
  every_value_as_streamed<toggle>();
  every_value_as_streamed<mode>();
  every_value_as_streamed<feedback>();
  every_value_as_streamed<reason>();
  every_value_as_streamed<parse_errc>();
  every_value_as_streamed<decode_errc>();
  CHECK(fmt::format("{}", tier::business) == "team");
}

TEST_CASE("fmt writes every state, decision and change as operator<< does", "[fmt]") {
  // Every combination, with one value past each field's range.
  for (unsigned t = 0; t <= tier_count; ++t) {
    for (unsigned g = 0; g <= toggle_count; ++g) {
      for (unsigned m = 0; m <= mode_count; ++m) {
        for (unsigned f = 0; f <= feedback_count; ++f) {
          const snapshot s{static_cast<tier>(t), static_cast<toggle>(g), static_cast<mode>(m),
                           static_cast<feedback>(f)};
          CHECK(fmt::format("{}", s) == streamed(s));
          CHECK(fmt::format("{}", to_string(s)) == streamed(s));
          CHECK(fmt::format("{}", evaluate(s)) == streamed(evaluate(s)));
          CHECK(fmt::format("{}", evaluate<latest_policy>(s)) ==
                streamed(evaluate<latest_policy>(s)));
        }
      }
    }
  }
  for (const answer_change& c : diff<policy_2024_06_12, latest_policy>()) {
    CHECK(fmt::format("{}", c) == streamed(c));
  }
}

TEST_CASE("fmt writes dates, errors, proofs, refusals and state types as operator<< does",
          "[fmt]") {
  for (const date d : {date{2024, 6, 12}, date{0, 0, 0}, date{-1, -2, 123}, date{2147483647, 1, 1},
                       date{-2147483647 - 1, 12, 31}}) {
    CHECK(fmt::format("{}", d) == streamed(d));
  }
  CHECK(fmt::format("{}", date{-2147483647 - 1, 1, 2}) == "-2147483648-01-02");
  for (unsigned v = 0; v < 512; ++v) {
    const auto decoded = decode(v);
    if (!decoded) CHECK(fmt::format("{}", decoded.error()) == streamed(decoded.error()));
  }
  for (const char* text : {"", "plus", "plus/on", "Plus/on/standard", "plus/on/standard/x"}) {
    const auto parsed = parse(text);
    REQUIRE_FALSE(parsed.has_value());
    CHECK(fmt::format("{}", parsed.error()) == streamed(parsed.error()));
  }
  const auto granted = try_for_training(1, snapshot{tier::plus, toggle::unset, mode::standard});
  REQUIRE(granted.has_value());
  CHECK(fmt::format("{}", *granted) == streamed(*granted));
  const auto refused = try_for_training(1, snapshot{tier::plus, toggle::off, mode::standard});
  REQUIRE_FALSE(refused.has_value());
  CHECK(fmt::format("{}", refused.error()) == streamed(refused.error()));
  CHECK(fmt::format("{}", state<tier::go, toggle::unset, mode::standard, latest_policy>{}) ==
        "state<go/unset/standard> under 2026-10-05: trainable (consumer_default)");
  CHECK(fmt::format("{}", invalid_state<>{}) == "invalid_state under 2024-06-12");
}

TEST_CASE("fmt applies fill, alignment, width and precision to the text", "[fmt]") {
  const snapshot s{tier::plus, toggle::off, mode::standard};
  CHECK(fmt::format("[{:>20}]", s) == "[   plus/off/standard]");
  CHECK(fmt::format("[{:<20}]", s) == "[plus/off/standard   ]");
  CHECK(fmt::format("[{:*^24}]", evaluate(s)) == "[**refused (opted_out)***]");
  CHECK(fmt::format("[{:8}]", tier::go) == "[go      ]");
  CHECK(fmt::format("[{:.4}]", reason::opted_out) == "[opte]");
  CHECK(fmt::format("[{:>12}]", date{2024, 6, 12}) == "[  2024-06-12]");
  // A width given as an argument. fmt before 10 reads uninitialised memory parsing one under clang
  // 14 and later with libstdc++ 12 and later in C++23 (its is_constant_evaluated() is true at run
  // time there: fmtlib/fmt#3247, fixed in fmt 10), so the answer is fmt's luck, not the SDK's.
#if !(FMT_VERSION < 100000 && defined(__clang__) && defined(_GLIBCXX_RELEASE) && \
      _GLIBCXX_RELEASE >= 12 && defined(__cpp_if_consteval))
  CHECK(fmt::format("[{:>{}}]", date{2024, 6, 12}, 12) == "[  2024-06-12]");
#endif
  CHECK(fmt::format("[{:5}]", s) == "[plus/off/standard]");  // width is a minimum
}
