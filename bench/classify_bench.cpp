// classify() over 256 MiB, far beyond any cache, against memcpy of the same bytes: both read n
// bytes and write n bytes, so memcpy is the speed of memory.
#include <benchmark/benchmark.h>

#include <consent/consent.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <vector>

#include "states.hpp"

namespace {

constexpr std::size_t bytes = std::size_t{256} << 20;

template <class Policy>
struct buffers {
  std::vector<std::uint8_t> in = bench::random_codes<Policy>(bytes);
  std::vector<std::uint8_t> out = std::vector<std::uint8_t>(bytes, 0);
};
template <class Policy = consent::default_policy>
buffers<Policy>& shared() {
  static buffers<Policy> b;  // made once: filling 256 MiB takes longer than the runs
  return b;
}

template <class Policy = consent::default_policy, class Run>
void over_buffers(benchmark::State& state, Run run) {
  buffers<Policy>& b = shared<Policy>();
  for (auto _ : state) {
    benchmark::DoNotOptimize(run(b.in.data(), b.in.size(), b.out.data()));
    benchmark::ClobberMemory();
  }
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(bytes));
}

void memcpy_256MiB(benchmark::State& state) {
  over_buffers(state, [](const std::uint8_t* in, std::size_t n, std::uint8_t* out) {
    return std::memcpy(out, in, n);
  });
}
BENCHMARK(memcpy_256MiB)->Unit(benchmark::kMillisecond);

void classify_256MiB(benchmark::State& state) {
  over_buffers(state, [](const std::uint8_t* in, std::size_t n, std::uint8_t* out) {
    return consent::classify(in, n, out);
  });
}
BENCHMARK(classify_256MiB)->Unit(benchmark::kMillisecond);

// The later policy, over codes of all its 90 states (new tiers and feedback included).
void classify_latest_256MiB(benchmark::State& state) {
  over_buffers<consent::latest_policy>(
      state, [](const std::uint8_t* in, std::size_t n, std::uint8_t* out) {
        return consent::classify<consent::latest_policy>(in, n, out);
      });
}
BENCHMARK(classify_latest_256MiB)->Unit(benchmark::kMillisecond);

// In place, as an export that overwrites its column with the answers would.
void classify_in_place_256MiB(benchmark::State& state) {
  over_buffers(state, [](const std::uint8_t*, std::size_t n, std::uint8_t* out) {
    return consent::classify(out, n, out);
  });
}
BENCHMARK(classify_in_place_256MiB)->Unit(benchmark::kMillisecond);

// The SSE2 kernel forced: what a CPU without AVX2 (or a build that keeps to SSE2) gets.
void classify_sse2_256MiB(benchmark::State& state) {
  over_buffers(state, [](const std::uint8_t* in, std::size_t n, std::uint8_t* out) {
    return consent::detail::classify_sse2<consent::default_policy>(in, n, out);
  });
}
BENCHMARK(classify_sse2_256MiB)->Unit(benchmark::kMillisecond);

void classify_scalar_256MiB(benchmark::State& state) {
  over_buffers(state, [](const std::uint8_t* in, std::size_t n, std::uint8_t* out) {
    return consent::detail::classify_scalar<consent::default_policy>(in, n, out);
  });
}
BENCHMARK(classify_scalar_256MiB)->Unit(benchmark::kMillisecond);

// In cache (16 KiB): the kernels' own speed, against the plain loop a product would write first, a
// 256-entry table of the answers indexed by each byte.
constexpr std::size_t small = std::size_t{16} << 10;
void over_small(benchmark::State& state,
                std::size_t (*run)(const std::uint8_t*, std::size_t, std::uint8_t*)) {
  const std::vector<std::uint8_t> in = bench::random_codes<consent::default_policy>(small);
  std::vector<std::uint8_t> out(small);
  for (auto _ : state) {
    benchmark::DoNotOptimize(run(in.data(), in.size(), out.data()));
    benchmark::ClobberMemory();
  }
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(small));
}

void classify_16KiB(benchmark::State& state) {
  over_small(state, [](const std::uint8_t* in, std::size_t n, std::uint8_t* out) {
    return consent::classify(in, n, out);
  });
}
BENCHMARK(classify_16KiB);

void table_loop_16KiB(benchmark::State& state) {
  over_small(state, [](const std::uint8_t* in, std::size_t n, std::uint8_t* out) {
    static constexpr auto table = [] {
      std::array<std::uint8_t, 256> answers{};
      for (unsigned b = 0; b < 256; ++b) answers[b] = consent::is_trainable_code(b) ? 1 : 0;
      return answers;
    }();
    std::size_t count = 0;
    for (std::size_t i = 0; i < n; ++i) {
      out[i] = table[in[i]];
      count += out[i];
    }
    return count;
  });
}
BENCHMARK(table_loop_16KiB);

}  // namespace
