// consent: the classify() kernels. The policy's answers for every byte are compiled into two 64-bit
// masks, one a layout (scalar path), and into a few masked comparisons (vector paths), so no
// kernel evaluates rules at run time.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <type_traits>
#include <utility>

#include <consent/config.hpp>
#include <consent/evaluate.hpp>
#include <consent/version.hpp>
#include <consent/wire.hpp>

#if defined(__SSE2__) && (defined(__x86_64__) || defined(_M_X64))
#define CONSENT_DETAIL_HAVE_SSE2 1
#include <emmintrin.h>
#endif
#if defined(__ARM_NEON) && defined(__aarch64__)
#define CONSENT_DETAIL_HAVE_NEON 1
#include <arm_neon.h>
#endif

CONSENT_BEGIN_NAMESPACE
namespace detail {

// True when the byte decodes to a state the policy calls trainable.
template <class Policy>
[[nodiscard]] constexpr bool trains(unsigned byte) noexcept {
  const auto decoded = decode(byte);
  return decoded.has_value() && evaluate<Policy>(*decoded).trainable;
}

// Bit i of layout[L] is set when byte (layout L | i) is trainable: layout[0] for layout 1,
// layout[1] for layout 2.
struct trainable_masks {
  std::uint64_t layout[2];
};
template <class Policy>
[[nodiscard]] constexpr trainable_masks make_trainable_masks() noexcept {
  trainable_masks masks{{0, 0}};
  for (unsigned fields = 0; fields <= wire::state_bits; ++fields) {
    if (trains<Policy>(wire::layout_1 | fields)) masks.layout[0] |= std::uint64_t{1} << fields;
    if (trains<Policy>(wire::layout_2 | fields)) masks.layout[1] |= std::uint64_t{1} << fields;
  }
  return masks;
}
template <class Policy>
inline constexpr trainable_masks trainable_mask = make_trainable_masks<Policy>();

// Branch-free: 1 when the byte is in layout 1 or 2 and its fields' bit is set in that layout's
// mask.
[[nodiscard]] constexpr std::uint8_t classify_one(const trainable_masks& masks,
                                                  std::uint8_t code) noexcept {
  const std::uint64_t in_layout = code >> 7U;  // 1 for 10xxxxxx and 11xxxxxx
  const std::uint64_t mask = masks.layout[(code >> 6U) & 1U];
  return static_cast<std::uint8_t>(in_layout & (mask >> (code & wire::state_bits)));
}

// The vector kernels test a byte against a few cubes: b is in cube {mask, value} when
// (b & mask) == value. The cubes cover the policy's trainable bytes exactly (each cube holds only
// trainable bytes, and every trainable byte is in one), found at compile time by growing each
// uncovered byte's cube one free bit at a time while it stays inside the set. Policies are regular
// (a rule is a product of sets), so a few cubes cover many bytes: three for each built-in policy,
// where a list of bytes would need 7 and 11 comparisons.
struct cube {
  std::uint8_t mask;
  std::uint8_t value;
};
template <class Policy>
[[nodiscard]] constexpr std::array<bool, 256> trainable_bytes() noexcept {
  std::array<bool, 256> bytes{};
  for (unsigned b = 0; b < 256; ++b) bytes[b] = trains<Policy>(b);
  return bytes;
}
template <class Policy>
struct trainable_cover {
  static constexpr std::array<bool, 256> bytes = trainable_bytes<Policy>();

  static constexpr bool inside(cube c) noexcept {
    for (unsigned b = 0; b < 256; ++b) {
      if ((b & c.mask) == c.value && !bytes[b]) return false;
    }
    return true;
  }
  struct cover {
    std::array<cube, 256> cubes{};
    std::size_t size = 0;
  };
  static constexpr cover make() noexcept {
    cover made{};
    std::array<bool, 256> covered{};
    for (unsigned b = 0; b < 256; ++b) {
      if (!bytes[b] || covered[b]) continue;
      cube c{0xFF, static_cast<std::uint8_t>(b)};
      for (unsigned bit = 0; bit < 8; ++bit) {
        const auto mask = static_cast<std::uint8_t>(c.mask & ~(1U << bit));
        const cube wider{mask, static_cast<std::uint8_t>(c.value & mask)};
        if (inside(wider)) c = wider;
      }
      for (unsigned x = 0; x < 256; ++x) {
        if ((x & c.mask) == c.value) covered[x] = true;
      }
      made.cubes[made.size++] = c;
    }
    return made;
  }
  static constexpr cover all = make();
};
template <class Policy>
[[nodiscard]] constexpr std::array<cube, trainable_cover<Policy>::all.size>
make_trainable_cubes() noexcept {
  std::array<cube, trainable_cover<Policy>::all.size> cubes{};
  for (std::size_t i = 0; i < cubes.size(); ++i) cubes[i] = trainable_cover<Policy>::all.cubes[i];
  return cubes;
}
template <class Policy>
inline constexpr auto trainable_cubes = make_trainable_cubes<Policy>();

// What follows depends on configuration macros (CONSENT_NO_SIMD, the streaming threshold), which
// may differ between translation units: internal linkage keeps each unit's kernels its own, so the
// linker never swaps one unit's configuration for another's.
namespace {

// From this many bytes on, a vector kernel writing to a separate buffer streams its output past the
// cache (CONSENT_CLASSIFY_STREAMING_THRESHOLD, in bytes; default 8 MiB, a quarter of a large L3).
// CONSENT_CLASSIFY_STREAMING_THRESHOLD (config.hpp). Every value is safe: the streaming path
// handles any n, down to 0.
static_assert(std::is_integral_v<decltype(CONSENT_CLASSIFY_STREAMING_THRESHOLD)> &&
                  (CONSENT_CLASSIFY_STREAMING_THRESHOLD) >= 0,
              "consent: CONSENT_CLASSIFY_STREAMING_THRESHOLD must be an integer byte count, 0 or "
              "more (the default is 8 << 20)");
inline constexpr auto streaming_threshold =
    static_cast<std::size_t>(CONSENT_CLASSIFY_STREAMING_THRESHOLD);

// The portable kernel. Its code is the same in every unit, but a unit built for AVX2 may
// vectorise it with AVX2 instructions, so it is kept apart like the others.
template <class Policy>
std::size_t classify_scalar(const std::uint8_t* codes, std::size_t n, std::uint8_t* out) noexcept {
  constexpr trainable_masks masks = trainable_mask<Policy>;
  std::size_t count = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const std::uint8_t bit = classify_one(masks, codes[i]);
    out[i] = bit;
    count += bit;
  }
  return count;
}

#if defined(CONSENT_DETAIL_HAVE_SSE2)
// 0xFF in each lane whose byte lies in cube Index.
template <class Policy, std::size_t Index>
inline __m128i sse2_in_cube(__m128i v) noexcept {
  constexpr cube c = trainable_cubes<Policy>[Index];
  const __m128i value = _mm_set1_epi8(static_cast<char>(c.value));
  if constexpr (c.mask == 0xFF) {
    return _mm_cmpeq_epi8(v, value);
  } else {
    return _mm_cmpeq_epi8(_mm_and_si128(v, _mm_set1_epi8(static_cast<char>(c.mask))), value);
  }
}
// 0xFF in each lane holding a trainable byte.
template <class Policy, std::size_t... Index>
inline __m128i sse2_matches(__m128i v, std::index_sequence<Index...>) noexcept {
  __m128i hit = _mm_setzero_si128();
  ((hit = _mm_or_si128(hit, sse2_in_cube<Policy, Index>(v))), ...);
  return hit;
}

template <class Policy>
std::size_t classify_sse2(const std::uint8_t* codes, std::size_t n, std::uint8_t* out) noexcept {
  constexpr auto indices = std::make_index_sequence<trainable_cubes<Policy>.size()>{};
  const __m128i ones = _mm_set1_epi8(1);
  const __m128i zero = _mm_setzero_si128();
  __m128i sums = zero;  // two 64-bit lane sums of the 1s written
  const auto classify_16 = [&](std::size_t at) noexcept {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(codes + at));
    const __m128i bits = _mm_and_si128(sse2_matches<Policy>(v, indices), ones);
    sums = _mm_add_epi64(sums, _mm_sad_epu8(bits, zero));
    return bits;
  };

  std::size_t i = 0;
  std::size_t count = 0;
  if (n >= streaming_threshold && out != codes) {
    // A large separate output goes past the cache, as memcpy's does: memory then carries no
    // read of the destination before it is overwritten. Streaming stores want 16-byte alignment;
    // four of them back to back fill one whole 64-byte line, which the write-combining buffer
    // then sends to memory in one go, so the output is aligned to a line.
    // The bytes before the first line boundary, never more than there are (a small threshold
    // brings short inputs here too).
    const std::size_t to_boundary = (64 - reinterpret_cast<std::uintptr_t>(out) % 64) % 64;
    const std::size_t head = to_boundary < n ? to_boundary : n;
    count += classify_scalar<Policy>(codes, head, out);
    for (i = head; i + 64 <= n; i += 64) {
      const __m128i a = classify_16(i);
      const __m128i b = classify_16(i + 16);
      const __m128i c = classify_16(i + 32);
      const __m128i d = classify_16(i + 48);
      _mm_stream_si128(reinterpret_cast<__m128i*>(out + i), a);
      _mm_stream_si128(reinterpret_cast<__m128i*>(out + i + 16), b);
      _mm_stream_si128(reinterpret_cast<__m128i*>(out + i + 32), c);
      _mm_stream_si128(reinterpret_cast<__m128i*>(out + i + 48), d);
    }
    for (; i + 16 <= n; i += 16) {
      _mm_stream_si128(reinterpret_cast<__m128i*>(out + i), classify_16(i));
    }
    _mm_sfence();  // order the streamed stores before anything that follows
  } else {
    for (; i + 16 <= n; i += 16) {
      _mm_storeu_si128(reinterpret_cast<__m128i*>(out + i), classify_16(i));
    }
  }
  const auto low = static_cast<std::uint64_t>(_mm_cvtsi128_si64(sums));
  const auto high = static_cast<std::uint64_t>(_mm_cvtsi128_si64(_mm_unpackhi_epi64(sums, sums)));
  return count + static_cast<std::size_t>(low + high) +
         classify_scalar<Policy>(codes + i, n - i, out + i);
}
#endif

#if defined(CONSENT_DETAIL_HAVE_NEON)
template <class Policy, std::size_t... Index>
inline uint8x16_t neon_matches(uint8x16_t v, std::index_sequence<Index...>) noexcept {
  uint8x16_t hit = vdupq_n_u8(0);
  ((hit = vorrq_u8(hit, vceqq_u8(vandq_u8(v, vdupq_n_u8(trainable_cubes<Policy>[Index].mask)),
                                 vdupq_n_u8(trainable_cubes<Policy>[Index].value)))),
   ...);
  return hit;
}

template <class Policy>
std::size_t classify_neon(const std::uint8_t* codes, std::size_t n, std::uint8_t* out) noexcept {
  constexpr auto indices = std::make_index_sequence<trainable_cubes<Policy>.size()>{};
  const uint8x16_t ones = vdupq_n_u8(1);
  std::size_t count = 0;
  std::size_t i = 0;
  for (; i + 16 <= n; i += 16) {
    const uint8x16_t bits = vandq_u8(neon_matches<Policy>(vld1q_u8(codes + i), indices), ones);
    vst1q_u8(out + i, bits);
    count += vaddvq_u8(bits);
  }
  return count + classify_scalar<Policy>(codes + i, n - i, out + i);
}
#endif

}  // namespace
}  // namespace detail
CONSENT_END_NAMESPACE
