// One training filter on 1,000,000 rows, two routes: in SQL through the SQLite extension
// (sql/sqlite, linked in and registered on an in-memory database), and in C++ with classify over
// the same codes, read out of the database or already in memory. The plain SQL scan with a
// built-in comparison is the reference: what the database costs without consent.
#include <benchmark/benchmark.h>

#include <consent/consent.hpp>

#include <sqlite3.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "states.hpp"

extern "C" int sqlite3_consent_init(sqlite3* db, char** error, const sqlite3_api_routines* api);

namespace {

constexpr std::size_t rows = 1000000;

// The codes of random states, stored in a table the way a product stamps them.
struct messages {
  sqlite3* db = nullptr;
  std::vector<std::uint8_t> codes = bench::random_codes<consent::default_policy>(rows);

  messages() {
    if (sqlite3_open(":memory:", &db) != SQLITE_OK ||
        sqlite3_consent_init(db, nullptr, nullptr) != SQLITE_OK) {
      std::fprintf(stderr, "sql_bench: no database\n");
      std::abort();
    }
    sqlite3_exec(db, "CREATE TABLE messages(id INTEGER PRIMARY KEY, code INTEGER); BEGIN", nullptr,
                 nullptr, nullptr);
    sqlite3_stmt* insert = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO messages(code) VALUES (?)", -1, &insert, nullptr);
    for (const std::uint8_t code : codes) {
      sqlite3_bind_int(insert, 1, code);
      sqlite3_step(insert);
      sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
  }
  ~messages() { sqlite3_close(db); }

  std::int64_t count(const char* sql) const {
    sqlite3_stmt* query = nullptr;
    sqlite3_prepare_v2(db, sql, -1, &query, nullptr);
    std::int64_t n = -1;
    if (sqlite3_step(query) == SQLITE_ROW) n = sqlite3_column_int64(query, 0);
    sqlite3_finalize(query);
    return n;
  }
};
messages& table() {
  static messages m;  // filled once
  return m;
}

void over_rows(benchmark::State& state) {
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(rows));
}

void sql_consent_trainable_1M(benchmark::State& state) {
  const messages& m = table();
  for (auto _ : state) {
    benchmark::DoNotOptimize(
        m.count("SELECT count(*) FROM messages WHERE consent_trainable(code)"));
  }
  over_rows(state);
}
BENCHMARK(sql_consent_trainable_1M)->Unit(benchmark::kMillisecond);

void sql_plain_scan_1M(benchmark::State& state) {
  const messages& m = table();
  for (auto _ : state) {
    benchmark::DoNotOptimize(m.count("SELECT count(*) FROM messages WHERE code >= 128"));
  }
  over_rows(state);
}
BENCHMARK(sql_plain_scan_1M)->Unit(benchmark::kMillisecond);

// The C++ route from the database: read the codes out, then classify them.
void cpp_read_and_classify_1M(benchmark::State& state) {
  const messages& m = table();
  std::vector<std::uint8_t> codes, out(rows);
  codes.reserve(rows);
  for (auto _ : state) {
    codes.clear();
    sqlite3_stmt* query = nullptr;
    sqlite3_prepare_v2(m.db, "SELECT code FROM messages", -1, &query, nullptr);
    while (sqlite3_step(query) == SQLITE_ROW) {
      codes.push_back(static_cast<std::uint8_t>(sqlite3_column_int(query, 0)));
    }
    sqlite3_finalize(query);
    benchmark::DoNotOptimize(consent::classify(codes.data(), codes.size(), out.data()));
  }
  over_rows(state);
}
BENCHMARK(cpp_read_and_classify_1M)->Unit(benchmark::kMillisecond);

// The C++ route when the codes are already in memory (a column file, a queue batch).
void cpp_classify_1M(benchmark::State& state) {
  const messages& m = table();
  std::vector<std::uint8_t> out(rows);
  for (auto _ : state) {
    benchmark::DoNotOptimize(consent::classify(m.codes.data(), m.codes.size(), out.data()));
    benchmark::ClobberMemory();
  }
  over_rows(state);
}
BENCHMARK(cpp_classify_1M)->Unit(benchmark::kMillisecond);

}  // namespace
