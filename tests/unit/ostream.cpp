#include <consent/ostream.hpp>

#include <sstream>
#include <string>

#include "catch.hpp"

using namespace consent;

namespace {
template <class T>
std::string printed(const T& value) {
  std::ostringstream out;
  out << value;
  return out.str();
}
}  // namespace

TEST_CASE("every enum prints its name, and a value outside it as unknown", "[ostream]") {
  CHECK(printed(tier::plus) == "plus");
  CHECK(printed(tier::business) == "team");
  CHECK(printed(toggle::off) == "off");
  CHECK(printed(mode::temporary) == "temporary");
  CHECK(printed(feedback::given) == "given");
  CHECK(printed(reason::not_in_policy) == "not_in_policy");
  CHECK(printed(parse_errc::unknown_tier) == "unknown_tier");
  CHECK(printed(decode_errc::future_layout) == "future_layout");
  CHECK(printed(static_cast<tier>(200)) == "unknown");
}

TEST_CASE("states, decisions and errors print as a log would write them", "[ostream]") {
  CHECK(printed(snapshot{tier::plus, toggle::off, mode::standard}) == "plus/off/standard");
  CHECK(printed(snapshot{tier::go, toggle::on, mode::standard, feedback::given}) ==
        "go/on/standard/feedback");
  CHECK(printed(snapshot{}) == "unknown/unknown/unknown");
  CHECK(printed(to_string(snapshot{tier::api, toggle::on, mode::standard})) == "api/on/standard");
  CHECK(printed(decision{true, reason::opted_in}) == "trainable (opted_in)");
  CHECK(printed(decision{false, reason::opted_out}) == "refused (opted_out)");
  CHECK(printed(date{2024, 6, 12}) == "2024-06-12");
  CHECK(printed(date{0, 0, 0}) == "0-00-00");
  CHECK(printed(parse("plus/on").error()) == "missing_separator at byte 7");
  CHECK(printed(decode(0xC6).error()) == "future_layout in 0xc6");
  CHECK(printed(decode(384).error()) == "not_a_byte");
  CHECK(printed(parse("free/unset/standard")) == "value: free/unset/standard");
  CHECK(printed(parse("Free")) == "error: unknown_tier at byte 0");
}

TEST_CASE("proofs and refusals print their audit line; state types their answer", "[ostream]") {
  const auto granted = try_for_training(1, snapshot{tier::plus, toggle::unset, mode::standard});
  REQUIRE(granted.has_value());
  CHECK(printed(*granted) == std::string(audit_line(*granted).view()));
  const auto refused = try_for_training(1, snapshot{tier::plus, toggle::off, mode::standard});
  REQUIRE_FALSE(refused.has_value());
  CHECK(printed(refused.error()) == std::string(audit_line(refused.error()).view()));
  CHECK(printed(state<tier::plus, toggle::unset, mode::standard>{}) ==
        "state<plus/unset/standard> under 2024-06-12: trainable (consumer_default)");
  CHECK(printed(state<tier::go, toggle::unset, mode::standard, latest_policy>{}) ==
        "state<go/unset/standard> under 2026-10-05: trainable (consumer_default)");
  CHECK(printed(invalid_state<>{}) == "invalid_state under 2024-06-12");
  CHECK(printed(diff<policy_2024_06_12, latest_policy>()[0]) ==
        "pro/unset/temporary: refused (not_in_policy) -> refused (temporary_chat)");
}
