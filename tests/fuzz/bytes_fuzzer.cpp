// decode() and classify() on any bytes: every kernel of each built-in policy, in place and not, at
// every alignment, gives exactly evaluate<Policy>(decode(byte)), and only states decode, each
// back to its byte.
#include <consent/consent.hpp>

#include <cstddef>
#include <cstdint>
#include <vector>

#include "../support/kernels.hpp"
#include "check.hpp"

#if defined(CONSENT_FUZZ_C_API)
#include <consent/c.h>
#endif

namespace {

// Every kernel under Policy gives exactly evaluate<Policy>(decode(byte)), in place and not, at
// every alignment.
template <class Policy>
void check_kernels(const std::uint8_t* data, std::size_t size) {
  std::vector<std::uint8_t> expected(size);
  std::size_t expected_count = 0;
  for (std::size_t i = 0; i < size; ++i) {
    const auto decoded = consent::decode(data[i]);
    expected[i] = decoded && consent::evaluate<Policy>(*decoded).trainable ? 1 : 0;
    expected_count += expected[i];
    CONSENT_FUZZ_CHECK(consent::is_trainable_code<Policy>(data[i]) == (expected[i] == 1));
  }

  for (const kernels::kernel k : kernels::all<Policy>()) {
    // Out of place, into an exactly sized buffer (so a sanitizer sees any overrun).
    std::vector<std::uint8_t> out(size);
    CONSENT_FUZZ_CHECK(k(data, size, out.data()) == expected_count);
    CONSENT_FUZZ_CHECK(out == expected);
    // In place.
    std::vector<std::uint8_t> in_place(data, data + size);
    CONSENT_FUZZ_CHECK(k(in_place.data(), size, in_place.data()) == expected_count);
    CONSENT_FUZZ_CHECK(in_place == expected);
    // Misaligned input and output.
    if (size > 1) {
      std::vector<std::uint8_t> shifted(data + 1, data + size);
      std::vector<std::uint8_t> shifted_out(size);
      const std::size_t count = k(shifted.data(), size - 1, shifted_out.data() + 1);
      CONSENT_FUZZ_CHECK(count == expected_count - expected[0]);
      for (std::size_t i = 1; i < size; ++i) CONSENT_FUZZ_CHECK(shifted_out[i] == expected[i]);
    }
  }
}

}  // namespace

#if defined(CONSENT_FUZZ_C_API)
// consent_classify answers as classify does (capi/src/consent_c.cpp is built in), and each byte as
// consent_code_trainable, under both policies.
static void check_c_api(const std::uint8_t* data, std::size_t size) {
  std::vector<std::uint8_t> expected(size), out(size);
  for (const int policy : {CONSENT_POLICY_2024_06_12, CONSENT_POLICY_2026_10_05}) {
    const std::size_t count =
        policy == CONSENT_POLICY_2024_06_12
            ? consent::classify<consent::policy_2024_06_12>(data, size, expected.data())
            : consent::classify<consent::policy_2026_10_05>(data, size, expected.data());
    CONSENT_FUZZ_CHECK(consent_classify(policy, data, size, out.data()) == count);
    CONSENT_FUZZ_CHECK(out == expected);
    for (std::size_t i = 0; i < size && i < 64; ++i) {
      CONSENT_FUZZ_CHECK(consent_code_trainable(policy, data[i]) == expected[i]);
    }
  }
}
#endif

// The large-buffer path: the input tiled to 16 KiB plus a tail the input's length chooses, so every
// kernel folds its byte counters several times (every 4032 bytes in the 16-byte kernel, 8064 in
// AVX2), then walks lines and a tail, on the fuzzer's bytes. For one input length in eight: at
// every input it cost the fuzzer 99% of its runs.
template <class Policy>
void check_large(const std::uint8_t* data, std::size_t size) {
  if (size == 0 || size % 8 != 0) return;
  std::vector<std::uint8_t> tiled(std::size_t{16} * 1024 + size * 7 % 4099);
  for (std::size_t i = 0; i < tiled.size(); ++i) tiled[i] = data[i % size];
  std::vector<std::uint8_t> expected(tiled.size());
  const std::size_t expected_count =
      consent::detail::classify_scalar<Policy>(tiled.data(), tiled.size(), expected.data());
  for (const kernels::kernel k : kernels::all<Policy>()) {
    std::vector<std::uint8_t> out(tiled.size());
    CONSENT_FUZZ_CHECK(k(tiled.data(), tiled.size(), out.data()) == expected_count);
    CONSENT_FUZZ_CHECK(out == expected);
  }
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  for (std::size_t i = 0; i < size; ++i) {
    const auto decoded = consent::decode(data[i]);
    if (decoded) {
      CONSENT_FUZZ_CHECK(consent::is_state(*decoded));
      CONSENT_FUZZ_CHECK(consent::encode(*decoded) == data[i]);
    }
  }
  check_kernels<consent::policy_2024_06_12>(data, size);
  check_kernels<consent::policy_2026_10_05>(data, size);
  check_large<consent::policy_2024_06_12>(data, size);
  check_large<consent::policy_2026_10_05>(data, size);
#if defined(CONSENT_FUZZ_C_API)
  check_c_api(data, size);
#endif
  return 0;
}
