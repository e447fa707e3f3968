// Inputs shared by the benchmarks: random states, their bytes and texts, made the same way each
// run.
#pragma once

#include <consent/consent.hpp>

#include <cstddef>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace bench {

// States drawn uniformly from the 27, so branches on the state are unpredictable.
inline std::vector<consent::snapshot> random_states(std::size_t n, std::uint32_t seed = 1) {
  constexpr auto states = consent::all_states();
  std::mt19937 rng(seed);
  std::uniform_int_distribution<std::size_t> pick(0, states.size() - 1);
  std::vector<consent::snapshot> out(n);
  for (auto& s : out) s = states[pick(rng)];
  return out;
}

// Encoded states as a training export would hold them: mostly the bytes of the states Policy
// names, one in 16 any byte.
template <class Policy = consent::default_policy>
std::vector<std::uint8_t> random_codes(std::size_t n, std::uint32_t seed = 2) {
  constexpr auto states = consent::all_states<Policy>();
  std::mt19937 rng(seed);
  std::vector<std::uint8_t> out(n);
  for (auto& c : out) {
    const auto r = static_cast<std::uint32_t>(rng());
    c = (r & 15U) == 0 ? static_cast<std::uint8_t>(r >> 8)
                       : consent::encode(states[(r >> 8) % states.size()]);
  }
  return out;
}

inline std::vector<std::string> random_texts(std::size_t n, std::uint32_t seed = 3) {
  std::vector<std::string> out;
  for (const auto& s : random_states(n, seed)) out.emplace_back(consent::to_string(s).view());
  return out;
}

}  // namespace bench
