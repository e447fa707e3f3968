// A timeline's evaluate(snapshot, captured_at) on random states and capture times, beside the plain
// evaluate(snapshot) it should cost at most twice.
#include <benchmark/benchmark.h>

#include <consent/consent.hpp>
#include <consent/timeline.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <random>
#include <vector>

#include "states.hpp"

namespace {

constexpr std::size_t batch = 4096;

// Two later policies, so that capture times fall under three.
struct from_2025 : consent::rule_policy<from_2025> {
  static constexpr std::string_view name = "bench-2025";
  static constexpr consent::date effective{2025, 1, 1};
  static constexpr auto rules = consent::policy_2024_06_12::rules;
};
struct from_2026 : consent::rule_policy<from_2026> {
  static constexpr std::string_view name = "bench-2026";
  static constexpr consent::date effective{2026, 3, 1};
  static constexpr auto rules = consent::policy_2024_06_12::rules;
};
using timeline = consent::policy_timeline<consent::policy_2024_06_12, from_2025, from_2026>;

// Capture times spread over 2023 to 2027, so every policy (and none) governs some.
std::vector<std::chrono::system_clock::time_point> random_times(std::size_t n) {
  std::mt19937_64 rng(4);
  std::uniform_int_distribution<std::int64_t> seconds(1672531200, 1798761600);
  std::vector<std::chrono::system_clock::time_point> out(n);
  for (auto& t : out) {
    t = std::chrono::system_clock::time_point(std::chrono::seconds(seconds(rng)));
  }
  return out;
}

void timeline_evaluate_random(benchmark::State& state) {
  const auto states = bench::random_states(batch);
  const auto times = random_times(batch);
  for (auto _ : state) {
    unsigned sum = 0;
    for (std::size_t i = 0; i < batch; ++i) {
      const consent::ruling r = timeline::evaluate(states[i], times[i]);
      sum += static_cast<unsigned>(r.answer.trainable) + static_cast<unsigned>(r.answer.why) +
             static_cast<unsigned>(r.policy_name.size());
    }
    benchmark::DoNotOptimize(sum);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(batch));
}
BENCHMARK(timeline_evaluate_random);

}  // namespace
