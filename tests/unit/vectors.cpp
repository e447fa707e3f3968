// Holds the SDK to the cross-language test vectors in tests/vectors/: the checked-in files are the
// contract, so any change in what a byte or a text means fails here first. bytes.csv and text.csv
// are 0.1's (layout 1): no row of them changes, and a reader of that layout refuses every code
// added since. v2/ holds the current formats, with each built-in policy's decision.
#include <consent/consent.hpp>

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "catch.hpp"
#include "oracle.hpp"

using namespace consent;

namespace {

std::vector<std::string> split(const std::string& line) {
  std::vector<std::string> fields(1);
  for (const char c : line) {
    if (c == ',')
      fields.emplace_back();
    else
      fields.back() += c;
  }
  return fields;
}

std::string unescape(const std::string& field) {
  std::string out;
  for (std::size_t i = 0; i < field.size(); ++i) {
    if (field[i] == '\\' && i + 3 < field.size() && field[i + 1] == 'x') {
      out += static_cast<char>(std::stoi(field.substr(i + 2, 2), nullptr, 16));
      i += 3;
    } else {
      out += field[i];
    }
  }
  return out;
}

std::vector<std::vector<std::string>> read_rows(const std::string& name, std::string_view header) {
  std::ifstream file(std::string(CONSENT_VECTORS_DIR) + "/" + name, std::ios::binary);
  REQUIRE(file.good());
  std::string line;
  REQUIRE(std::getline(file, line));
  REQUIRE(line == header);
  std::vector<std::vector<std::string>> rows;
  while (std::getline(file, line)) rows.push_back(split(line));
  return rows;
}

// A reader of layout 1, restated from 0.1's rules (docs/wire-format.md as 0.1 wrote it): what any
// 0.1 implementation answers for a byte. It knows five tiers and no layout 2.
struct layout_1_reading {
  std::string decodes;  // "ok" or the decode_errc name
  std::string text;     // the state's text when it decodes
};
layout_1_reading read_layout_1(unsigned byte) {
  static const char* const tiers[] = {"free", "plus", "team", "enterprise", "api"};
  static const char* const toggles[] = {"unset", "on", "off"};
  static const char* const modes[] = {"standard", "temporary"};
  const unsigned layout = byte >> 6;
  const unsigned t = (byte >> 3) & 7U;
  const unsigned g = (byte >> 1) & 3U;
  const unsigned m = byte & 1U;
  if (layout == 3) return {"future_layout", ""};
  if (layout != 2) return {"unknown_layout", ""};
  if (t > 4) return {"tier_out_of_range", ""};
  if (g > 2) return {"toggle_out_of_range", ""};
  if (t == 4 && m == 1) return {"not_a_state", ""};
  return {"ok", std::string(tiers[t]) + '/' + toggles[g] + '/' + modes[m]};
}

// True for a state 0.1 could not express: a tier added since, or feedback.
bool is_new(const snapshot& s) {
  return static_cast<unsigned>(s.account) > static_cast<unsigned>(tier::api) ||
         s.rated != feedback::none;
}

std::string decision_text(const decision& d) {
  return std::string(d.trainable ? "1" : "0") + ',' + std::string(to_string(d.why));
}

}  // namespace

TEST_CASE("bytes.csv (0.1): a layout-1 reader answers every row; every 0.1 byte keeps its meaning",
          "[vectors]") {
  const auto rows = read_rows("bytes.csv", "byte,decodes,text,trainable,reason");
  REQUIRE(rows.size() == 256);
  std::size_t states = 0;
  std::size_t new_codes = 0;
  for (unsigned b = 0; b < 256; ++b) {
    const auto& row = rows[b];
    REQUIRE(row.size() == 5);
    CAPTURE(b, row[1], row[2]);
    REQUIRE(row[0] == std::to_string(b));
    // The file is exactly 0.1's rules.
    const layout_1_reading old = read_layout_1(b);
    CHECK(row[1] == old.decodes);
    CHECK(row[2] == old.text);
    const auto decoded = decode(b);
    if (row[1] == "ok") {
      // A byte 0.1 wrote: the same state, the same decision under the default policy.
      ++states;
      REQUIRE(decoded.has_value());
      CHECK(to_string(*decoded) == row[2]);
      CHECK(decision_text(evaluate(*decoded)) == row[3] + ',' + row[4]);
    } else if (decoded.has_value()) {
      // A byte 0.1 refused that decodes now: a new code, which 0.1's reader refuses.
      ++new_codes;
      CHECK(is_new(*decoded));
      CHECK(old.decodes != "ok");
    } else {
      // Refused then and now. The error may name another field first: tier 5-7 with toggle 3 is
      // a bad toggle to a reader that knows eight tiers.
      CHECK(evaluate(snapshot{}) == refused_invalid);
    }
    if (row[1] != "ok") CHECK(row[3] + ',' + row[4] == "0,invalid_state");
  }
  CHECK(states == 27);
  CHECK(new_codes == state_count_for<latest_policy> - 27);  // every new state has a new byte
}

TEST_CASE("text.csv (0.1): every text 0.1 wrote keeps its meaning; 0.1 refused every new text",
          "[vectors]") {
  const auto rows = read_rows("text.csv", "text,parses,error_offset,byte,trainable,reason");
  REQUIRE(rows.size() >= 30);
  std::size_t states = 0;
  for (const auto& row : rows) {
    REQUIRE(row.size() == 6);
    const std::string text = unescape(row[0]);
    CAPTURE(row[0], row[1]);
    const auto parsed = parse(text);
    if (row[1] == "ok") {
      ++states;
      REQUIRE(parsed.has_value());
      CHECK(std::to_string(encode(*parsed)) == row[3]);
      CHECK(decision_text(evaluate(*parsed)) == row[4] + ',' + row[5]);
    } else if (parsed.has_value()) {
      CHECK(is_new(*parsed));  // a new tier's name: 0.1 refused it, and still does
    } else {
      CHECK(to_string(parsed.error().code) == row[1]);
      CHECK(std::to_string(parsed.error().offset) == row[2]);
    }
  }
  CHECK(states == 30 - 3);
}

namespace {
// Under each built-in policy, in the order of the v2 files' decision columns.
std::string decisions(const snapshot* s) {
  return decision_text(s != nullptr ? evaluate<policy_2024_06_12>(*s) : refused_invalid) + ',' +
         decision_text(s != nullptr ? evaluate<policy_2026_10_05>(*s) : refused_invalid);
}
constexpr std::string_view decision_header =
    "trainable 2024-06-12,reason 2024-06-12,trainable 2026-10-05,reason 2026-10-05";
}  // namespace

TEST_CASE("v2/bytes.csv: every byte value decodes, formats and classifies as listed", "[vectors]") {
  const auto rows = read_rows("v2/bytes.csv", "byte,decodes,text," + std::string(decision_header));
  REQUIRE(rows.size() == 256);
  std::size_t states = 0;
  for (unsigned b = 0; b < 256; ++b) {
    const auto& row = rows[b];
    REQUIRE(row.size() == 7);
    CAPTURE(b, row[1], row[2]);
    REQUIRE(row[0] == std::to_string(b));
    const auto byte = static_cast<std::uint8_t>(b);
    const auto decoded = decode(byte);
    if (row[1] == "ok") {
      ++states;
      REQUIRE(decoded.has_value());
      CHECK(to_string(*decoded) == row[2]);
      CHECK(*parse(row[2]) == *decoded);  // every code round-trips through its text
      CHECK(encode(*decoded) == byte);    // and back to its byte
    } else {
      REQUIRE_FALSE(decoded.has_value());
      CHECK(to_string(decoded.error().code) == row[1]);
      CHECK(row[2].empty());
    }
    CHECK(decisions(decoded ? &*decoded : nullptr) ==
          row[3] + ',' + row[4] + ',' + row[5] + ',' + row[6]);
    std::uint8_t out = 0xEE;
    CHECK(classify<policy_2024_06_12>(&byte, 1, &out) == out);
    CHECK((out == 1 ? "1" : "0") == row[3]);
    CHECK(classify<policy_2026_10_05>(&byte, 1, &out) == out);
    CHECK((out == 1 ? "1" : "0") == row[5]);
  }
  CHECK(states == state_count_for<latest_policy>);
}

TEST_CASE("v2/text.csv: every listed text parses, or fails, as listed", "[vectors]") {
  const auto rows =
      read_rows("v2/text.csv", "text,parses,error_offset,byte," + std::string(decision_header));
  REQUIRE(rows.size() >= 96);
  std::size_t states = 0;
  for (const auto& row : rows) {
    REQUIRE(row.size() == 8);
    const std::string text = unescape(row[0]);
    CAPTURE(row[0], row[1]);
    const auto parsed = parse(text);
    if (row[1] == "ok") {
      ++states;
      REQUIRE(parsed.has_value());
      CHECK(std::to_string(encode(*parsed)) == row[3]);
      CHECK(row[2].empty());
    } else {
      REQUIRE_FALSE(parsed.has_value());
      CHECK(to_string(parsed.error().code) == row[1]);
      CHECK(std::to_string(parsed.error().offset) == row[2]);
      CHECK(row[3].empty());
    }
    CHECK(decisions(parsed ? &*parsed : nullptr) ==
          row[4] + ',' + row[5] + ',' + row[6] + ',' + row[7]);
  }
  // Every state's text, and "business" and the new tiers among the malformed-looking ones.
  CHECK(states >= state_count_for<latest_policy>);
}
