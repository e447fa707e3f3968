// Holds the SDK to the cross-language test vectors in tests/vectors/: the checked-in files are the
// contract, so any change in what a byte or a text means fails here first.
#include <consent/consent.hpp>

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "catch.hpp"

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

}  // namespace

TEST_CASE("bytes.csv: every byte value decodes, formats and classifies as listed", "[vectors]") {
  const auto rows = read_rows("bytes.csv", "byte,decodes,text,trainable,reason");
  REQUIRE(rows.size() == 256);
  std::size_t states = 0;
  for (unsigned b = 0; b < 256; ++b) {
    const auto& row = rows[b];
    REQUIRE(row.size() == 5);
    CAPTURE(b, row[1], row[2]);
    REQUIRE(row[0] == std::to_string(b));
    const auto byte = static_cast<std::uint8_t>(b);
    const auto decoded = decode(byte);
    const decision d = decoded ? evaluate(*decoded) : refused_invalid;
    if (row[1] == "ok") {
      ++states;
      REQUIRE(decoded.has_value());
      CHECK(to_string(*decoded) == row[2]);
      CHECK(*parse(row[2]) == *decoded);
    } else {
      REQUIRE_FALSE(decoded.has_value());
      CHECK(to_string(decoded.error().code) == row[1]);
      CHECK(row[2].empty());
    }
    CHECK((d.trainable ? "1" : "0") == row[3]);
    CHECK(to_string(d.why) == row[4]);
    std::uint8_t out = 0xEE;
    CHECK(classify(&byte, 1, &out) == out);
    CHECK((out == 1 ? "1" : "0") == row[3]);
  }
  CHECK(states == state_count);
}

TEST_CASE("text.csv: every listed text parses, or fails, as listed", "[vectors]") {
  const auto rows = read_rows("text.csv", "text,parses,error_offset,byte,trainable,reason");
  REQUIRE(rows.size() >= 30);
  std::size_t states = 0;
  for (const auto& row : rows) {
    REQUIRE(row.size() == 6);
    const std::string text = unescape(row[0]);
    CAPTURE(row[0], row[1]);
    const auto parsed = parse(text);
    const decision d = parsed ? evaluate(*parsed) : refused_invalid;
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
    CHECK((d.trainable ? "1" : "0") == row[4]);
    CHECK(to_string(d.why) == row[5]);
  }
  CHECK(states == state_count);
}
