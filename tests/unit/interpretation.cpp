// Holds the SDK to the table in docs/policy/interpretation.md, the reading written for people.
#include <consent/consent.hpp>

#include <cstddef>
#include <fstream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catch.hpp"

using namespace consent;

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> cells(std::string_view line) {
  std::vector<std::string_view> out;
  line.remove_prefix(1);  // leading '|'
  for (std::size_t bar = line.find('|'); bar != std::string_view::npos; bar = line.find('|')) {
    out.push_back(trim(line.substr(0, bar)));
    line.remove_prefix(bar + 1);
  }
  return out;
}

template <class Enum, std::size_t Count>
std::optional<Enum> by_name(std::string_view name) {
  for (std::size_t i = 0; i < Count; ++i) {
    if (to_string(static_cast<Enum>(i)) == name) return static_cast<Enum>(i);
  }
  return std::nullopt;
}

// "trainable · `consumer_default`", "no · `opted_out`", "not a state · `invalid_state`"
struct expected_cell {
  bool is_state;
  decision answer;
};
std::optional<expected_cell> parse_cell(std::string_view cell) {
  const std::size_t open = cell.find('`');
  const std::size_t close = cell.rfind('`');
  if (open == std::string_view::npos || close <= open) return std::nullopt;
  const auto why = by_name<reason, reason_count>(cell.substr(open + 1, close - open - 1));
  if (!why) return std::nullopt;
  const bool not_a_state = cell.rfind("not a state", 0) == 0;
  const bool trainable = cell.rfind("trainable", 0) == 0;
  if (!not_a_state && !trainable && cell.rfind("no", 0) != 0) return std::nullopt;
  return expected_cell{!not_a_state, decision{trainable, *why}};
}

}  // namespace

// Reads a policy's table (a row per tier and toggle; a cell per mode, and for a policy that names
// feedback a cell per mode with feedback too) and holds evaluate<Policy> to every cell. Returns
// the number of rows read.
template <class Policy>
std::size_t check_table(const char* path, bool with_feedback) {
  std::ifstream file(path);
  REQUIRE(file.good());
  const std::size_t columns = 2 + mode_count * (with_feedback ? feedback_count : 1);
  std::size_t rows = 0;
  for (std::string line; std::getline(file, line);) {
    if (line.empty() || line[0] != '|') continue;
    const std::vector<std::string_view> row = cells(line);
    if (row.size() != columns) continue;
    const auto account = by_name<tier, tier_count>(row[0]);
    const auto improve_model = by_name<toggle, toggle_count>(row[1]);
    if (!account || !improve_model) continue;  // header and rule lines of other tables
    ++rows;
    for (std::size_t cell = 0; cell + 2 < columns; ++cell) {
      const auto chat = static_cast<mode>(cell % mode_count);
      const auto rated = static_cast<feedback>(cell / mode_count);
      CAPTURE(line, to_string(chat), to_string(rated));
      const auto expected = parse_cell(row[2 + cell]);
      REQUIRE(expected.has_value());
      CHECK(is_state(*account, *improve_model, chat, rated) == expected->is_state);
      CHECK(evaluate<Policy>(*account, *improve_model, chat, rated) == expected->answer);
    }
  }
  return rows;
}

TEST_CASE("the SDK answers exactly the interpretation's table", "[interpretation]") {
  // Five tiers by three toggles: the 2024 text names no other tier.
  CHECK(check_table<policy_2024_06_12>(CONSENT_INTERPRETATION_MD, false) == 5 * toggle_count);
}

TEST_CASE("the SDK answers exactly the later interpretation's table", "[interpretation]") {
  CHECK(check_table<policy_2026_10_05>(CONSENT_INTERPRETATION_2026_MD, true) ==
        tier_count * toggle_count);
}
