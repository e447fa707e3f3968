// evaluate() on random states against the floors for any run-time answer: unchecked lookups of the
// same four fields, and of a 0.1 state's three, in a table of decisions.
#include <benchmark/benchmark.h>

#include <consent/consent.hpp>

#include <cstddef>
#include <cstdint>

#include "states.hpp"

namespace {

constexpr std::size_t batch = 4096;  // in cache: this measures the lookup, not memory

// Answers `batch` random states with `answer` and folds the decisions into a sum.
template <class Answer>
void answer_random(benchmark::State& state, Answer answer) {
  const auto states = bench::random_states(batch);
  for (auto _ : state) {
    unsigned sum = 0;
    for (const consent::snapshot& s : states) {
      const consent::decision d = answer(s);
      sum += static_cast<unsigned>(d.trainable) + static_cast<unsigned>(d.why);
    }
    benchmark::DoNotOptimize(sum);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(batch));
}

void evaluate_random(benchmark::State& state) {
  answer_random(state, [](const consent::snapshot& s) { return consent::evaluate(s); });
}
BENCHMARK(evaluate_random);

// The floors: tables a user would write, indexed by the fields without any range check (wrong for
// bad input, which is why evaluate() cannot simply do this). Four fields, as evaluate reads them,
// and the three of a 0.1 state.
struct floors {
  consent::decision four[consent::feedback_count][consent::tier_count][consent::toggle_count]
                        [consent::mode_count] = {};
  consent::decision three[5][consent::toggle_count][consent::mode_count] = {};
  floors() {
    for (const consent::snapshot& s : consent::all_states()) {
      const auto t = static_cast<std::size_t>(s.account);
      const auto g = static_cast<std::size_t>(s.improve_model);
      const auto m = static_cast<std::size_t>(s.chat);
      four[static_cast<std::size_t>(s.rated)][t][g][m] = consent::evaluate(s);
      three[t][g][m] = consent::evaluate(s);
    }
  }
};
// At namespace scope, as the policy's own table is.
const floors lut;

void table_lookup_unchecked(benchmark::State& state) {
  answer_random(state, [](const consent::snapshot& s) {
    return lut.four[static_cast<std::size_t>(s.rated)][static_cast<std::size_t>(s.account)]
                   [static_cast<std::size_t>(s.improve_model)][static_cast<std::size_t>(s.chat)];
  });
}
BENCHMARK(table_lookup_unchecked);

void table_lookup_unchecked_3_fields(benchmark::State& state) {
  answer_random(state, [](const consent::snapshot& s) {
    return lut.three[static_cast<std::size_t>(s.account)][static_cast<std::size_t>(s.improve_model)]
                    [static_cast<std::size_t>(s.chat)];
  });
}
BENCHMARK(table_lookup_unchecked_3_fields);

}  // namespace
