#include <consent/classify.hpp>

#include <consent/all_states.hpp>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <random>
#include <vector>

#include "catch.hpp"
#include "kernels.hpp"
#include "oracle.hpp"

using namespace consent;

namespace {

using codes_t = std::vector<std::uint8_t>;

using kernels::kernel;
using oracle::opt_in_only;

// The reference: decode, then evaluate. No masks, no vectors.
template <class Policy = default_policy>
std::uint8_t reference(std::uint8_t code) {
  const auto decoded = decode(code);
  return decoded.has_value() && evaluate<Policy>(*decoded).trainable ? 1 : 0;
}

template <class Policy>
void check_every_kernel(const codes_t& codes) {
  codes_t expected(codes.size());
  std::size_t expected_count = 0;
  for (std::size_t i = 0; i < codes.size(); ++i) {
    expected[i] = reference<Policy>(codes[i]);
    expected_count += expected[i];
  }
  for (const kernel k : kernels::all<Policy>()) {
    codes_t out(codes.size(), 0xEE);
    CHECK(k(codes.data(), codes.size(), out.data()) == expected_count);
    CHECK(out == expected);
    codes_t in_place = codes;
    CHECK(k(in_place.data(), in_place.size(), in_place.data()) == expected_count);
    CHECK(in_place == expected);
  }
}

}  // namespace

TEST_CASE("is_trainable_code is evaluate(decode(byte)) for all 256 bytes", "[classify]") {
  for (unsigned b = 0; b < 256; ++b) {
    const auto byte = static_cast<std::uint8_t>(b);
    CAPTURE(b);
    CHECK(is_trainable_code(byte) == (reference(byte) == 1));
    CHECK(is_trainable_code<opt_in_only>(byte) == (reference<opt_in_only>(byte) == 1));
  }
}

// A policy as irregular as a rule set can be, a checkerboard over the fields: the vector kernels
// test it by nibble lookup, not by cubes (best_matcher).
struct checkerboard {
  static constexpr std::string_view name = "checkerboard";
  static constexpr date effective{2024, 6, 12};
  static constexpr decision decide(tier t, toggle g, mode m) noexcept {
    if (t == tier::api && m == mode::temporary) return refused_invalid;  // no such state
    const auto sum = static_cast<unsigned>(t) + static_cast<unsigned>(g) + static_cast<unsigned>(m);
    return sum % 2 == 0 ? decision{true, reason::opted_in} : decision{false, reason::opted_out};
  }
};
static_assert(detail::best_matcher<default_policy> == detail::matcher::cubes);
static_assert(detail::best_matcher<latest_policy> == detail::matcher::cubes);
static_assert(detail::best_matcher<checkerboard> == detail::matcher::nibbles);

TEST_CASE("every kernel classifies every byte value in every lane", "[classify]") {
  // Each of the 256 values at each position of a 16-byte vector, plus a tail.
  codes_t codes;
  for (unsigned shift = 0; shift < 16; ++shift) {
    for (unsigned b = 0; b < 256; ++b) codes.push_back(static_cast<std::uint8_t>(b + shift));
  }
  codes.push_back(0x80);
  check_every_kernel<default_policy>(codes);
  check_every_kernel<opt_in_only>(codes);
  check_every_kernel<latest_policy>(codes);
  check_every_kernel<checkerboard>(codes);
}

TEST_CASE("every kernel agrees at every length and alignment", "[classify]") {
  std::mt19937 rng(7);
  codes_t pool(4096 + 64);
  for (auto& c : pool) c = static_cast<std::uint8_t>(rng());
  // Bias some toward valid codes so that 1s are common.
  for (std::size_t i = 0; i < pool.size(); i += 3)
    pool[i] = static_cast<std::uint8_t>(0x80 | (pool[i] & 0x3F));

  for (const kernel k : kernels::all<default_policy>()) {
    for (std::size_t offset = 0; offset < 16; ++offset) {
      for (std::size_t n = 0; n <= 70; ++n) {
        CAPTURE(offset, n);
        const std::uint8_t* in = pool.data() + offset;
        codes_t out(n + 32, 0xEE);
        const std::size_t out_offset = (offset * 7) % 16;
        const std::size_t count = k(in, n, out.data() + out_offset);
        std::size_t expected_count = 0;
        for (std::size_t i = 0; i < n; ++i) {
          REQUIRE(out[out_offset + i] == reference(in[i]));
          expected_count += reference(in[i]);
        }
        CHECK(count == expected_count);
        // Nothing written outside [out, out + n).
        for (std::size_t i = 0; i < out_offset; ++i) REQUIRE(out[i] == 0xEE);
        for (std::size_t i = out_offset + n; i < out.size(); ++i) REQUIRE(out[i] == 0xEE);
      }
    }
  }
}

TEST_CASE("large random batches: every kernel, every policy, interleaved walk and tails",
          "[classify]") {
  // From 64 KiB the kernels read four pages at a time: whole blocks, then lines, then a tail.
  std::mt19937 rng(42);
  for (const std::size_t n : {std::size_t{1} << 16, (std::size_t{1} << 16) - 1,
                              std::size_t{5} * 16384 + 64 * 3 + 17, std::size_t{1} << 20}) {
    codes_t codes(n);
    for (auto& c : codes) c = static_cast<std::uint8_t>(rng());
    check_every_kernel<default_policy>(codes);
    check_every_kernel<opt_in_only>(codes);
    check_every_kernel<latest_policy>(codes);
    check_every_kernel<checkerboard>(codes);
  }
  // Long runs of trainable bytes: the byte counters are folded before they can overflow.
  const codes_t all_trainable(std::size_t{1} << 20, 0x80);
  check_every_kernel<default_policy>(all_trainable);
}

TEST_CASE("classify of nothing writes nothing and counts nothing", "[classify]") {
  for (const kernel k : kernels::all<default_policy>()) CHECK(k(nullptr, 0, nullptr) == 0);
  // Separate, exactly sized buffers of every short length: with a small streaming threshold these
  // take the streaming path, whose head must stop at n (a sanitizer sees any overrun).
  for (std::size_t n = 0; n < 130; ++n) {
    for (const kernel k : kernels::all<default_policy>()) {
      const codes_t codes(n, 0x80);
      auto out = std::make_unique<std::uint8_t[]>(n);
      CHECK(k(codes.data(), n, out.get()) == n);
      for (std::size_t i = 0; i < n; ++i) CHECK(out[i] == 1);
    }
  }
}

TEST_CASE("the trainable states' bytes, and only they, classify as 1", "[classify]") {
  std::size_t ones = 0;
  for (const snapshot& s : all_states()) {
    std::uint8_t code = encode(s);
    std::uint8_t out = 0xEE;
    CHECK(classify(&code, 1, &out) == (evaluate(s).trainable ? 1U : 0U));
    CHECK(out == (evaluate(s).trainable ? 1 : 0));
    ones += out;
  }
  CHECK(ones == 7);  // free and plus unset or on, team, enterprise and api on: all standard
}

TEST_CASE("large separate outputs, past the streaming threshold, agree", "[classify]") {
  // Streamed wherever this unit streams them (always in the [streaming] build, whose threshold is
  // 0; by default not on AMD CPUs), stored plainly elsewhere: the bytes are the same.
  const std::size_t n = detail::streaming_threshold + 37;
  std::mt19937 rng(3);
  codes_t codes(n);
  for (auto& c : codes) c = static_cast<std::uint8_t>(rng());
  // Misaligned output, so the kernel's head, its aligned streaming body and its tail all run.
  codes_t out(n + 3, 0xEE);
  std::size_t expected_count = 0;
  for (const kernel k : kernels::all<default_policy>()) {
    const std::size_t count = k(codes.data(), n, out.data() + 3);
    expected_count = 0;
    for (std::size_t i = 0; i < n; ++i) {
      const std::uint8_t expected = reference(codes[i]);
      expected_count += expected;
      if (out[i + 3] != expected) FAIL("byte " << i << " of " << n);
    }
    CHECK(count == expected_count);
    CHECK(out[0] == 0xEE);
    CHECK(out[2] == 0xEE);
  }
}

TEST_CASE("is_trainable_code refuses every integer outside 0..255", "[classify][fail-closed]") {
  // Every wide value whose low byte is trainable: the low byte must not decide.
  for (int value = -4096; value < 4096; ++value) {
    const bool is_byte = value >= 0 && value < 256;
    const bool expected = is_byte && reference(static_cast<std::uint8_t>(value)) == 1;
    CAPTURE(value);
    CHECK(is_trainable_code(value) == expected);
    // 0x80 (free/unset/standard) is trainable; with anything above it, the value is no byte.
    CHECK(is_trainable_code(std::int64_t{value} * 256 + 0x80) == (value == 0));
  }
  CHECK_FALSE(is_trainable_code(std::uint64_t{0xFFFFFFFFFFFFFF80}));
  CHECK_FALSE(is_trainable_code<opt_in_only>(0x180 | 0x02));
}

TEST_CASE("classify_kernel names the kernel this translation unit runs on this CPU", "[classify]") {
#if defined(CONSENT_NO_SIMD)
  CHECK(classify_kernel() == "scalar");
#elif defined(CONSENT_DETAIL_HAVE_SSE2)
  // AVX2 exactly where the CPU has it (or the unit is built for it), SSE2 elsewhere.
#if defined(__AVX2__)
  CHECK(classify_kernel() == "avx2");
#else
  __builtin_cpu_init();
  CHECK(classify_kernel() == (__builtin_cpu_supports("avx2") ? "avx2" : "sse2"));
#endif
#elif defined(CONSENT_DETAIL_HAVE_NEON)
  CHECK(classify_kernel() == "neon");
#else
  CHECK(classify_kernel() == "scalar");
#endif
}
