// backfill() over a messages table of 10M rows and 100k users with realistic settings histories,
// beside a plain pass that reads the same capture-time column and writes one byte a row: the floor
// for any pass that must look at every row's time.
#include <benchmark/benchmark.h>

#include <consent/history.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "synthetic_history.hpp"

namespace {

constexpr std::size_t user_count = 100000;
constexpr std::size_t messages_per_user = 100;

// Realistic histories: most users never change their settings after sign-up (0.6 changes a user
// on average).
const synthetic::table& messages() {
  static const synthetic::table made = synthetic::generate(user_count, messages_per_user);
  return made;
}
// Busy histories: every user changes settings four times on average.
const synthetic::table& busy_messages() {
  static const synthetic::table made = synthetic::generate(user_count, messages_per_user, 4.0);
  return made;
}

void plain_pass_10M(benchmark::State& state) {
  const auto& times = messages().captured_at;
  std::vector<std::uint8_t> out(times.size());
  const auto cutoff = synthetic::at_second(1704067200);  // 2024-01-01
  for (auto _ : state) {
    for (std::size_t i = 0; i < times.size(); ++i) out[i] = times[i] >= cutoff;
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(times.size()));
}
BENCHMARK(plain_pass_10M)->Unit(benchmark::kMillisecond);

// Backfills table t, its users given by `users` (runs or the id column), once an iteration.
template <class Users>
void backfill_table(benchmark::State& state, const synthetic::table& t, const Users& users) {
  std::vector<std::uint8_t> codes(t.user.size());
  for (auto _ : state) {
    const consent::backfill_report report =
        consent::backfill(users, t.captured_at, t.chat, t.log, codes);
    benchmark::DoNotOptimize(report);
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(t.user.size()));
}

// The table's users as runs (user_rows), the form a sorted table compresses to.
void backfill_10M(benchmark::State& state) {
  backfill_table(state, messages(), synthetic::runs_of(messages().user));
}
BENCHMARK(backfill_10M)->Unit(benchmark::kMillisecond);

// The same with a user id on every row, which the pass reads too.
void backfill_10M_user_column(benchmark::State& state) {
  backfill_table(state, messages(), messages().user);
}
BENCHMARK(backfill_10M_user_column)->Unit(benchmark::kMillisecond);

void backfill_10M_busy_histories(benchmark::State& state) {
  backfill_table(state, busy_messages(), synthetic::runs_of(busy_messages().user));
}
BENCHMARK(backfill_10M_busy_histories)->Unit(benchmark::kMillisecond);

}  // namespace
