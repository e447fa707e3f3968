// evaluate() on random states against the floor for any run-time answer: an unchecked lookup of the
// same three fields in the same table.
#include <benchmark/benchmark.h>

#include <consent/consent.hpp>

#include <cstddef>
#include <cstdint>

#include "states.hpp"

namespace {

constexpr std::size_t batch = 4096;  // in cache: this measures the lookup, not memory

void evaluate_random(benchmark::State& state) {
  const auto states = bench::random_states(batch);
  for (auto _ : state) {
    unsigned sum = 0;
    for (const consent::snapshot& s : states) {
      const consent::decision d = consent::evaluate(s);
      sum += static_cast<unsigned>(d.trainable) + static_cast<unsigned>(d.why);
    }
    benchmark::DoNotOptimize(sum);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(batch));
}
BENCHMARK(evaluate_random);

// The floor: the same table, indexed without any range check (wrong for bad input, which is why
// evaluate() cannot simply do this).
void table_lookup_unchecked(benchmark::State& state) {
  const auto states = bench::random_states(batch);
  const auto& table = consent::detail::checked_policy<consent::default_policy>::table;
  for (auto _ : state) {
    unsigned sum = 0;
    for (const consent::snapshot& s : states) {
      const consent::decision d =
          table[consent::detail::combination_index(s.account, s.improve_model, s.chat, s.rated)];
      sum += static_cast<unsigned>(d.trainable) + static_cast<unsigned>(d.why);
    }
    benchmark::DoNotOptimize(sum);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(batch));
}
BENCHMARK(table_lookup_unchecked);

}  // namespace
