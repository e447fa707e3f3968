// <consent/json.hpp>: names both ways, every value round-trips, and reading fails closed: anything
// the SDK does not write is refused with nlohmann's other_error, never read as some state.
#include <consent/json.hpp>

#include <string>

#include "../support/catch.hpp"

using namespace consent;
using nlohmann::json;

namespace {
template <class Enum>
void every_value_round_trips() {
  for (const Enum value : all_values<Enum>()) {
    const json j = value;
    CHECK(j == json(std::string(to_string(value))));
    CHECK(j.get<Enum>() == value);
  }
  // A value outside the enum is written "unknown", and "unknown" is read by no enum.
  const json outside = static_cast<Enum>(200);
  CHECK(outside == json("unknown"));
  CHECK_THROWS_AS(outside.get<Enum>(), json::other_error);
}

// True when reading j as T is refused with other_error 501.
template <class T>
bool refused(const json& j) {
  try {
    static_cast<void>(j.get<T>());
  } catch (const json::other_error& e) {
    return e.id == 501;
  }
  return false;
}
}  // namespace

TEST_CASE("every enum is written and read by name, not as an integer", "[json]") {
  every_value_round_trips<tier>();
  every_value_round_trips<toggle>();
  every_value_round_trips<mode>();
  every_value_round_trips<feedback>();
  every_value_round_trips<reason>();
  every_value_round_trips<parse_errc>();
  every_value_round_trips<decode_errc>();
  CHECK(json(reason::opted_out).dump() == "\"opted_out\"");
  CHECK(json("business").get<tier>() == tier::team);
}

TEST_CASE("every state and its decision round-trip under both policies", "[json]") {
  const auto check = [](const snapshot& s, const decision& d) {
    const json j = {{"state", s}, {"decision", d}};
    CHECK(j.at("state") == json(std::string(to_string(s).view())));
    CHECK(j.at("decision").at("trainable") == json(d.trainable));
    CHECK(j.at("decision").at("reason") == json(std::string(to_string(d.why))));
    const json back = json::parse(j.dump());
    CHECK(back.at("state").get<snapshot>() == s);
    CHECK(back.at("decision").get<decision>() == d);
  };
  for (const snapshot& s : all_states<policy_2024_06_12>()) check(s, evaluate(s));
  for (const snapshot& s : all_states<latest_policy>()) check(s, evaluate<latest_policy>(s));
  // A combination that is no state still round-trips as its text and decision.
  const snapshot api_temporary{tier::api, toggle::on, mode::temporary};
  CHECK_FALSE(is_state(api_temporary));
  CHECK(refused<snapshot>(json(api_temporary)));
}

TEST_CASE("reading refuses every value the SDK does not write", "[json][hostile]") {
  for (const json& j : {json(nullptr), json(0), json(1), json(2.5), json(true), json::array(),
                        json::object(), json("Plus"), json(" plus"), json("plus "), json("PLUS"),
                        json(""), json("unknown"), json(std::string("plus\0", 5))}) {
    CAPTURE(j.dump());
    CHECK(refused<tier>(j));
  }
  for (const json& j :
       {json(nullptr), json(0x8A), json("plus/off"), json("plus/off/standard/"),
        json("plus/off/standard/none"), json("Plus/off/standard"), json("plus//off/standard"),
        json(std::string("plus/off/standard\0", 18)), json("unknown/unknown/unknown"),
        json::array({"plus", "off", "standard"}),
        json::object({{"tier", "plus"}, {"toggle", "off"}, {"mode", "standard"}})}) {
    CAPTURE(j.dump());
    CHECK(refused<snapshot>(j));
  }
  for (const char* text :
       {R"({"trainable": true, "reason": "opted_out"})",         // disagree
        R"({"trainable": false, "reason": "opted_in"})",         // disagree
        R"({"trainable": 1, "reason": "opted_in"})",             // not a bool
        R"({"trainable": "true", "reason": "opted_in"})",        // not a bool
        R"({"trainable": true})",                                // missing
        R"({"reason": "opted_in"})",                             // missing
        R"({"trainable": true, "reason": "opted_in", "x": 1})",  // extra
        R"({"trainable": true, "reason": 1})",                   // reason as integer
        R"({"trainable": true, "reason": "unknown"})", R"([true, "opted_in"])", R"(true)"}) {
    CAPTURE(text);
    CHECK(refused<decision>(json::parse(text)));
  }
}

TEST_CASE("the refusal says what was wrong", "[json][hostile]") {
  try {
    static_cast<void>(json("plus/on").get<snapshot>());
    FAIL("read");
  } catch (const json::other_error& e) {
    CHECK(
        std::string(e.what()) ==
        "[json.exception.other_error.501] consent: not a state: \"plus/on\" (missing_separator at "
        "byte 7)");
  }
  try {
    static_cast<void>(json::parse(R"({"trainable": true, "reason": "opted_out"})").get<decision>());
    FAIL("read");
  } catch (const json::other_error& e) {
    CHECK(std::string(e.what()) ==
          "[json.exception.other_error.501] consent: \"opted_out\" does not grant training");
  }
}
