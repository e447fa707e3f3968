// The text and byte forms, and the gates, per call on random states (in cache).
#include <benchmark/benchmark.h>

#include <consent/consent.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "states.hpp"

namespace {

constexpr std::size_t batch = 4096;

template <class Input, class Body>
void per_item(benchmark::State& state, const std::vector<Input>& inputs, Body body) {
  for (auto _ : state) {
    std::size_t sum = 0;
    for (const Input& input : inputs) sum += body(input);
    benchmark::DoNotOptimize(sum);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(inputs.size()));
}

void parse_text(benchmark::State& state) {
  const auto texts = bench::random_texts(batch);
  per_item(state, texts, [](const std::string& text) {
    const auto parsed = consent::parse(text);
    return parsed ? static_cast<std::size_t>(parsed->account) : std::size_t{9};
  });
}
BENCHMARK(parse_text);

// What a Cedar request carries (three strings) into a decision: the SDK's equivalent of one
// authorization call.
void parse_and_evaluate_text(benchmark::State& state) {
  const auto texts = bench::random_texts(batch);
  per_item(state, texts, [](const std::string& text) {
    const auto parsed = consent::parse(text);
    return static_cast<std::size_t>(parsed && consent::is_trainable(*parsed));
  });
}
BENCHMARK(parse_and_evaluate_text);

void format_state(benchmark::State& state) {
  const auto states = bench::random_states(batch);
  per_item(state, states, [](const consent::snapshot& s) { return consent::to_string(s).size(); });
}
BENCHMARK(format_state);

void decode_byte(benchmark::State& state) {
  const auto codes = bench::random_codes(batch);
  per_item(state, codes, [](std::uint8_t code) {
    const auto decoded = consent::decode(code);
    return decoded ? static_cast<std::size_t>(decoded->chat) : std::size_t{7};
  });
}
BENCHMARK(decode_byte);

void encode_state(benchmark::State& state) {
  const auto states = bench::random_states(batch);
  per_item(state, states,
           [](const consent::snapshot& s) { return std::size_t{consent::encode(s)}; });
}
BENCHMARK(encode_state);

void visit_state(benchmark::State& state) {
  const auto states = bench::random_states(batch);
  per_item(state, states, [](const consent::snapshot& s) {
    return consent::visit(s, [](auto st) { return std::size_t{decltype(st)::is_trainable()}; });
  });
}
BENCHMARK(visit_state);

// The other kind of callable: every state calls a function of its own, out of line, as a handler
// per state would. The switch cannot fold it into a lookup; this is its cost then.
template <class State>
__attribute__((noinline)) std::size_t handle_state() {
  return std::size_t{State::is_trainable()} + static_cast<std::size_t>(State::why());
}
void visit_state_calls(benchmark::State& state) {
  const auto states = bench::random_states(batch);
  per_item(state, states, [](const consent::snapshot& s) {
    return consent::visit(s, [](auto st) { return handle_state<decltype(st)>(); });
  });
}
BENCHMARK(visit_state_calls);

struct message {
  std::uint64_t id;
};

void try_for_training_state(benchmark::State& state) {
  const auto states = bench::random_states(batch);
  per_item(state, states, [](const consent::snapshot& s) {
    const auto granted = consent::try_for_training(message{42}, s);
    return granted ? static_cast<std::size_t>((*granted)->id) : std::size_t{0};
  });
}
BENCHMARK(try_for_training_state);

}  // namespace
