// Rows for the SQL extensions' tests, and the check of what the database answered against the
// headers, row for row (tests/sql/check_sqlite.cmake, tests/sql/check_postgresql.sh).
//   sql_rows texts FILE.sql             INSERT statements for the texts table (id, state)
//   sql_rows check-codes FILE.csv       id,type,code,answer 2024-06-12,answer 2026-10-05 per line
//   sql_rows check-texts FILE.csv       id,answer 2024-06-12,answer 2026-10-05 per line
// An answer is 1 or 0 (SQLite), t or f (PostgreSQL). Codes that are integers in 0..255 are checked
// against classify() over all of them at once; every other value must be 0.
#include <consent/consent.hpp>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

// Every state's text under the later policy (and "business" for team), each cut short, with each
// byte changed, and extended; then text no parser should accept. All valid UTF-8 without NUL, which
// PostgreSQL's text cannot hold.
std::vector<std::string> texts() {
  std::vector<std::string> out;
  for (const consent::snapshot& s : consent::all_states<consent::latest_policy>()) {
    const std::string text(consent::to_string(s).view());
    out.push_back(text);
    if (s.account == consent::tier::team) out.push_back("business" + text.substr(4));
    for (std::size_t cut = 0; cut < text.size(); ++cut) out.push_back(text.substr(0, cut));
    for (std::size_t at = 0; at < text.size(); at += 3) {
      for (const char* replacement : {"/", "A", " ", "'", "\xc3\xa9"}) {
        out.push_back(text.substr(0, at) + replacement + text.substr(at + 1));
      }
    }
    for (const char* suffix : {"/", " ", "/feedback", "\n", ",1"}) out.push_back(text + suffix);
    out.push_back(" " + text);
  }
  for (const char* other : {"", "1", "128", "0x80", "NULL", "null", "true", "plus/on/standard;",
                            "free/unset/standard' OR '1'='1",
                            "\xef\xbb\xbf"
                            "free/unset/standard"}) {
    out.push_back(other);
  }
  return out;
}

std::string sql_literal(const std::string& text) {
  std::string literal = "'";
  for (const char c : text) literal += c == '\'' ? std::string("''") : std::string(1, c);
  return literal + "'";
}

int fail(const std::string& what) {
  std::cerr << "sql_rows: " << what << '\n';
  return 1;
}

// "1"/"t" is 1, "0"/"f" is 0; anything else (NULL, an error) is -1, which never matches.
int answer(const std::string& field) {
  if (field == "1" || field == "t") return 1;
  if (field == "0" || field == "f") return 0;
  return -1;
}

// One line's comma-separated fields; the sqlite3 shell's CSV ends its lines with "\r\n".
std::vector<std::string> fields(std::string line) {
  if (!line.empty() && line.back() == '\r') line.pop_back();
  std::vector<std::string> out;
  std::stringstream in(line);
  std::string field;
  while (std::getline(in, field, ',')) out.push_back(field);
  if (!line.empty() && line.back() == ',') out.emplace_back();
  return out;
}

int check_codes(const char* path) {
  std::ifstream in(path);
  if (!in) return fail(std::string("cannot read ") + path);
  struct row {
    std::vector<std::string> raw;
    int answers[2];
  };
  std::vector<row> rows;
  std::vector<std::uint8_t> bytes;
  std::vector<std::size_t> byte_rows;
  std::string line;
  while (std::getline(in, line)) {
    auto f = fields(line);
    if (f.size() != 5) return fail("not 5 fields: " + line);
    const bool integer = f[1] == "integer" || f[1] == "bigint";
    if (integer) {
      const long long code = std::strtoll(f[2].c_str(), nullptr, 10);
      if (code >= 0 && code <= 255) {
        bytes.push_back(static_cast<std::uint8_t>(code));
        byte_rows.push_back(rows.size());
      }
    }
    rows.push_back(row{f, {answer(f[3]), answer(f[4])}});
  }
  // Expected: 0 everywhere, then classify()'s answer for every byte.
  std::vector<int> expected[2] = {std::vector<int>(rows.size(), 0),
                                  std::vector<int>(rows.size(), 0)};
  std::vector<std::uint8_t> out(bytes.size());
  std::size_t trainable[2] = {};
  trainable[0] =
      consent::classify<consent::policy_2024_06_12>(bytes.data(), bytes.size(), out.data());
  for (std::size_t i = 0; i < out.size(); ++i) expected[0][byte_rows[i]] = out[i];
  trainable[1] =
      consent::classify<consent::policy_2026_10_05>(bytes.data(), bytes.size(), out.data());
  for (std::size_t i = 0; i < out.size(); ++i) expected[1][byte_rows[i]] = out[i];
  std::size_t wrong = 0;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    for (std::size_t p = 0; p < 2; ++p) {
      if (rows[i].answers[p] != expected[p][i] && wrong++ < 10) {
        std::cerr << "row " << rows[i].raw[0] << " (" << rows[i].raw[1] << ' ' << rows[i].raw[2]
                  << ") policy " << p << ": database " << rows[i].raw[3 + p] << ", classify "
                  << expected[p][i] << '\n';
      }
    }
  }
  if (wrong != 0) return fail(std::to_string(wrong) + " answers differ from classify");
  if (rows.empty()) return fail("no rows");
  std::cout << rows.size() << " codes agree with classify row for row (" << bytes.size()
            << " bytes; trainable: " << trainable[0] << " under 2024-06-12, " << trainable[1]
            << " under 2026-10-05)\n";
  return 0;
}

int check_texts(const char* path) {
  const std::vector<std::string> all = texts();
  std::ifstream in(path);
  if (!in) return fail(std::string("cannot read ") + path);
  std::string line;
  std::size_t seen = 0, wrong = 0;
  while (std::getline(in, line)) {
    const auto f = fields(line);
    if (f.size() != 3) return fail("not 3 fields: " + line);
    const unsigned long id = std::strtoul(f[0].c_str(), nullptr, 10);
    if (id == 0 || id > all.size()) return fail("no text has id " + f[0]);
    const auto parsed = consent::parse(all[id - 1]);
    const int expected[2] = {
        parsed && consent::evaluate(*parsed).trainable ? 1 : 0,
        parsed && consent::evaluate<consent::latest_policy>(*parsed).trainable ? 1 : 0};
    for (std::size_t p = 0; p < 2; ++p) {
      if (answer(f[1 + p]) != expected[p] && wrong++ < 10) {
        std::cerr << "text " << sql_literal(all[id - 1]) << " policy " << p << ": database "
                  << f[1 + p] << ", headers " << expected[p] << '\n';
      }
    }
    ++seen;
  }
  if (wrong != 0) return fail(std::to_string(wrong) + " answers differ from the headers");
  if (seen != all.size()) return fail("expected " + std::to_string(all.size()) + " texts");
  std::cout << seen << " texts agree with parse and evaluate\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) return fail("usage: sql_rows texts|check-codes|check-texts FILE");
  const std::string command = argv[1];
  if (command == "texts") {
    std::ofstream out(argv[2]);
    const auto all = texts();
    for (std::size_t i = 0; i < all.size(); ++i) {
      out << "INSERT INTO texts(id, state) VALUES (" << i + 1 << ", " << sql_literal(all[i])
          << ");\n";
    }
    return out ? 0 : fail("cannot write the texts");
  }
  if (command == "check-codes") return check_codes(argv[2]);
  if (command == "check-texts") return check_texts(argv[2]);
  return fail("unknown command " + command);
}
