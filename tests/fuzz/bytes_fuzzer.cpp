// decode() and classify() on any bytes: every kernel, in place and not, at every alignment, gives
// exactly evaluate(decode(byte)), and only the 27 states decode.
#include <consent/consent.hpp>

#include <cstddef>
#include <cstdint>
#include <vector>

#include "check.hpp"

namespace {

using kernel = std::size_t (*)(const std::uint8_t*, std::size_t, std::uint8_t*);

std::vector<kernel> kernels() {
  std::vector<kernel> all{&consent::detail::classify_scalar<consent::default_policy>,
                          &consent::classify<consent::default_policy>};
#if defined(CONSENT_DETAIL_HAVE_SSE2)
  all.push_back(&consent::detail::classify_sse2<consent::default_policy>);
#endif
#if defined(CONSENT_DETAIL_HAVE_NEON)
  all.push_back(&consent::detail::classify_neon<consent::default_policy>);
#endif
  return all;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::vector<std::uint8_t> expected(size);
  std::size_t expected_count = 0;
  for (std::size_t i = 0; i < size; ++i) {
    const auto decoded = consent::decode(data[i]);
    if (decoded) {
      CONSENT_FUZZ_CHECK(consent::is_state(*decoded));
      CONSENT_FUZZ_CHECK(consent::encode(*decoded) == data[i]);
    }
    expected[i] = decoded && consent::evaluate(*decoded).trainable ? 1 : 0;
    expected_count += expected[i];
  }

  for (const kernel k : kernels()) {
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
  return 0;
}
