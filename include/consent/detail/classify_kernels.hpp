// consent: the classify() kernels: scalar, SSE2 and AVX2 (x86-64), NEON (AArch64). They read the
// policy's compiled tables (classify_tables.hpp), so no kernel evaluates rules at run time.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <type_traits>
#include <utility>

#include <consent/config.hpp>
#include <consent/detail/classify_tables.hpp>
#include <consent/version.hpp>
#include <consent/wire.hpp>

// The x86-64 kernels, SSE2 and AVX2 (chosen at run time, classify.hpp), are written with GCC's and
// clang's vector extensions and builtins: the SDK includes no intrinsics header (<emmintrin.h>
// alone costs half of <string>, <immintrin.h> twice).
#if defined(__SSE2__) && defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define CONSENT_DETAIL_HAVE_SSE2 1  // and AVX2, chosen at run time
#endif
#if defined(__ARM_NEON) && defined(__aarch64__)
#define CONSENT_DETAIL_HAVE_NEON 1
#include <arm_neon.h>
#endif

CONSENT_BEGIN_NAMESPACE
namespace detail {

// Branch-free: 1 when the byte is in layout 1 or 2 and its fields' bit is set in that layout's
// mask.
[[nodiscard]] constexpr std::uint8_t classify_one(const trainable_masks& masks,
                                                  std::uint8_t code) noexcept {
  const std::uint64_t in_layout = code >> 7U;  // 1 for 10xxxxxx and 11xxxxxx
  const std::uint64_t mask = masks.layout[(code >> 6U) & 1U];
  return static_cast<std::uint8_t>(in_layout & (mask >> (code & wire::state_bits)));
}

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

// True when a separate output at or past the threshold is streamed on this CPU: always with a
// threshold the unit set; by default on every CPU but AMD's, whose plain stores outran its
// streaming ones by 16% (AVX2) and 40% (SSE2) at 256 MiB (docs/performance.md). Asked once.
inline bool stream_large_outputs() noexcept {
#if defined(CONSENT_DETAIL_STREAMING_BY_CPU) && defined(__x86_64__) && \
    (defined(__GNUC__) || defined(__clang__))
  static const bool streams = (__builtin_cpu_init(), __builtin_cpu_is("amd") == 0);
  return streams;
#else
  return true;
#endif
}

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
// 1 in each lane of v holding a trainable byte, 0 elsewhere, for a vector of bytes of either width:
// the byte against each cube, or its nibbles looked up in 16-byte tables (Width::lookup, pshufb of
// that width). Always inlined, into the kernel's own target (AVX2 for the AVX2 kernel); vectors go
// by reference, as a 32-byte vector passed by value outside AVX2 code changes the calling
// convention.
template <class Policy, matcher Match, class Width, class Bytes, std::size_t... Index>
__attribute__((always_inline)) inline void lane_bits(Bytes& v,
                                                     std::index_sequence<Index...>) noexcept {
  Bytes hit = {};
  if constexpr (Match == matcher::cubes) {
    ((hit |= (v & static_cast<signed char>(trainable_cubes<Policy>[Index].mask)) ==
             static_cast<signed char>(trainable_cubes<Policy>[Index].value)),
     ...);
  } else {
    const Bytes low = v & 15;
    const Bytes high = (v >> 4) & 15;
    Bytes rows_low;
    Bytes columns_low;
    Bytes rows_high;
    Bytes columns_high;
    Width::lookup(rows_low, nibble_rows<Policy>.low, low);
    Width::lookup(columns_low, nibble_columns.low, high);
    Width::lookup(rows_high, nibble_rows<Policy>.high, low);
    Width::lookup(columns_high, nibble_columns.high, high);
    hit = ((rows_low & columns_low) | (rows_high & columns_high)) != 0;
  }
  v = hit & 1;
}

// Where a kernel streaming its output begins with whole lines: the bytes before the output's next
// 64-byte boundary (never more than there are; a small threshold brings short inputs here too),
// done by the scalar kernel first. Streaming stores want alignment, and a line's stores back to
// back fill one whole 64-byte line, which the write-combining buffer sends to memory in one go.
inline std::size_t streamed_head(const std::uint8_t* out, std::size_t n, bool streaming) noexcept {
  if (!streaming) return 0;
  const std::size_t to_boundary = (64 - reinterpret_cast<std::uintptr_t>(out) % 64) % 64;
  return to_boundary < n ? to_boundary : n;
}

typedef signed char sse2_bytes __attribute__((vector_size(16)));
typedef char sse2_chars __attribute__((vector_size(16)));  // the builtins' own byte type
typedef long long sse2_words __attribute__((vector_size(16)));
// Byte counters: unsigned, so that a lane may pass 127 (signed lanes would overflow).
typedef unsigned char sse2_tally __attribute__((vector_size(16)));

// Orders streaming stores before anything that follows (sfence: SSE, on every x86-64 CPU).
inline void store_fence() noexcept { __builtin_ia32_sfence(); }

// A 16-byte table as a constant vector.
template <std::size_t... Index>
inline sse2_bytes sse2_table(const std::array<std::uint8_t, 16>& table,
                             std::index_sequence<Index...>) noexcept {
  return sse2_bytes{static_cast<signed char>(table[Index])...};
}

// pshufb (SSSE3): each byte of index picks a byte of table. Written as the instruction rather than
// the builtin, so that no code here is compiled for SSSE3: only the nibble matcher's instantiation
// runs it, and classify() chooses that only after the CPU said it has SSSE3.
inline sse2_bytes ssse3_lookup(sse2_bytes table, sse2_bytes index) noexcept {
#if defined(__AVX__)
  __asm__("vpshufb %1, %0, %0" : "+x"(table) : "x"(index));
#else
  __asm__("pshufb %1, %0" : "+x"(table) : "x"(index));
#endif
  return table;
}

// The 16-byte width, for lane_bits: looked = table[index] in each lane.
struct sse2_width {
  static void lookup(sse2_bytes& looked, const std::array<std::uint8_t, 16>& table,
                     const sse2_bytes& index) noexcept {
    looked = ssse3_lookup(sse2_table(table, std::make_index_sequence<16>{}), index);
  }
};

// The byte counters' sums, two 64-bit lanes (psadbw against zero).
inline sse2_words sse2_sums(sse2_tally bytes) noexcept {
  return reinterpret_cast<sse2_words>(
      __builtin_ia32_psadbw128(reinterpret_cast<sse2_chars>(bytes), sse2_chars{}));
}

// A streaming store of 16 bytes to a 16-byte aligned address.
inline void sse2_stream(std::uint8_t* to, sse2_bytes bytes) noexcept {
#if defined(__clang__)
  __builtin_nontemporal_store(bytes, reinterpret_cast<sse2_bytes*>(to));
#else
  __builtin_ia32_movntdq(reinterpret_cast<sse2_words*>(to), reinterpret_cast<sse2_words>(bytes));
#endif
}

// The 16-byte kernel: SSE2 with the cubes, which every x86-64 CPU runs; with the nibble matcher it
// needs SSSE3 (classify() asks the CPU first).
template <class Policy, matcher Match = matcher::cubes>
std::size_t classify_sse2(const std::uint8_t* codes, std::size_t n, std::uint8_t* out) noexcept {
  constexpr auto indices = std::make_index_sequence<trainable_cubes<Policy>.size()>{};
  const bool streaming = n >= streaming_threshold && out != codes && stream_large_outputs();
  // The 1s are added up a byte a lane (at most 4 a line) and folded into 64-bit sums every 63
  // lines, before a byte can overflow: one psadbw per 63 lines instead of one a vector.
  sse2_tally counts = {};
  sse2_words sums = {};
  unsigned lines_counted = 0;
  const auto test = [&](std::size_t at) noexcept {
    sse2_bytes v;
    __builtin_memcpy(&v, codes + at, sizeof v);
    lane_bits<Policy, Match, sse2_width>(v, indices);
    return v;
  };
  const auto store = [&](std::size_t at, sse2_bytes bits) noexcept {
    if (streaming) {
      sse2_stream(out + at, bits);
    } else {
      __builtin_memcpy(out + at, &bits, sizeof bits);
    }
  };
  const auto line = [&](std::size_t at) noexcept {
    const sse2_bytes a = test(at);
    const sse2_bytes b = test(at + 16);
    const sse2_bytes c = test(at + 32);
    const sse2_bytes d = test(at + 48);
    counts += reinterpret_cast<sse2_tally>((a + b) + (c + d));
    if (++lines_counted == 63) {
      sums += sse2_sums(counts);
      counts = sse2_tally{};
      lines_counted = 0;
    }
    store(at, a);
    store(at + 16, b);
    store(at + 32, c);
    store(at + 48, d);
  };

  // A large separate output goes past the cache, as memcpy's does: memory then carries no read of
  // the destination before it is overwritten.
  const std::size_t head = streamed_head(out, n, streaming);
  std::size_t count = classify_scalar<Policy>(codes, head, out);
  std::size_t i = head;
  for (; i + 64 <= n; i += 64) line(i);
  sums += sse2_sums(counts);
  for (; i + 16 <= n; i += 16) {
    const sse2_bytes bits = test(i);
    sums += sse2_sums(reinterpret_cast<sse2_tally>(bits));
    store(i, bits);
  }
  if (streaming) store_fence();
  count += static_cast<std::size_t>(static_cast<std::uint64_t>(sums[0]) +
                                    static_cast<std::uint64_t>(sums[1]));
  return count + classify_scalar<Policy>(codes + i, n - i, out + i);
}
#endif

#if defined(CONSENT_DETAIL_HAVE_SSE2)
// The AVX2 kernel, for CPUs that have it (classify() checks the CPU first). It is compiled for AVX2
// by its target attribute alone, so a baseline unit never runs an AVX2 instruction unless the
// dispatcher chose this kernel.
typedef signed char avx2_bytes __attribute__((vector_size(32)));
typedef char avx2_chars __attribute__((vector_size(32)));  // the builtins' own byte type
typedef long long avx2_words __attribute__((vector_size(32)));
typedef unsigned char avx2_tally __attribute__((vector_size(32)));  // byte counters, as sse2_tally

// A 16-byte table in both 128-bit lanes (pshufb looks up within each lane), as a constant.
template <std::size_t... Index>
__attribute__((target("avx2"))) inline avx2_bytes avx2_table(
    const std::array<std::uint8_t, 16>& table, std::index_sequence<Index...>) noexcept {
  return avx2_bytes{static_cast<signed char>(table[Index % 16])...};
}
__attribute__((target("avx2"))) inline avx2_bytes avx2_lookup(avx2_bytes table,
                                                              avx2_bytes index) noexcept {
  return reinterpret_cast<avx2_bytes>(__builtin_ia32_pshufb256(
      reinterpret_cast<avx2_chars>(table), reinterpret_cast<avx2_chars>(index)));
}

// The 32-byte width, for lane_bits: the table in both 128-bit lanes, as pshufb looks up within
// each.
struct avx2_width {
  __attribute__((target("avx2"))) static void lookup(avx2_bytes& looked,
                                                     const std::array<std::uint8_t, 16>& table,
                                                     const avx2_bytes& index) noexcept {
    looked = avx2_lookup(avx2_table(table, std::make_index_sequence<32>{}), index);
  }
};

// A streaming store of 32 bytes to a 32-byte aligned address.
__attribute__((target("avx2"))) inline void avx2_stream(std::uint8_t* to,
                                                        avx2_bytes bytes) noexcept {
#if defined(__clang__)
  __builtin_nontemporal_store(bytes, reinterpret_cast<avx2_bytes*>(to));
#else
  __builtin_ia32_movntdq256(reinterpret_cast<avx2_words*>(to), reinterpret_cast<avx2_words>(bytes));
#endif
}

// What the AVX2 kernel carries from line to line: a byte counter a lane (at most 2 a line), folded
// into four 64-bit sums every 126 lines, before a byte can overflow.
struct avx2_counts {
  avx2_tally bytes = {};
  avx2_words sums = {};
  unsigned lines = 0;

  __attribute__((target("avx2"))) void fold() noexcept {
    sums += reinterpret_cast<avx2_words>(
        __builtin_ia32_psadbw256(reinterpret_cast<avx2_chars>(bytes), avx2_chars{}));
    bytes = avx2_tally{};
    lines = 0;
  }
};

// One 64-byte line: two 32-byte loads, tests and stores (a 64-byte copy would go through memory).
template <class Policy, matcher Match>
__attribute__((target("avx2"))) inline void avx2_line(const std::uint8_t* codes, std::uint8_t* out,
                                                      bool streaming,
                                                      avx2_counts& counts) noexcept {
  constexpr auto indices = std::make_index_sequence<trainable_cubes<Policy>.size()>{};
  avx2_bytes first;
  avx2_bytes second;
  __builtin_memcpy(&first, codes, 32);
  __builtin_memcpy(&second, codes + 32, 32);
  lane_bits<Policy, Match, avx2_width>(first, indices);
  lane_bits<Policy, Match, avx2_width>(second, indices);
  counts.bytes += reinterpret_cast<avx2_tally>(first + second);
  if (++counts.lines == 126) counts.fold();
  if (streaming) {  // out is aligned to a line here
    avx2_stream(out, first);
    avx2_stream(out + 32, second);
  } else {
    __builtin_memcpy(out, &first, 32);
    __builtin_memcpy(out + 32, &second, 32);
  }
}

template <class Policy, matcher Match = best_matcher<Policy>>
__attribute__((target("avx2"))) std::size_t classify_avx2(const std::uint8_t* codes, std::size_t n,
                                                          std::uint8_t* out) noexcept {
  const bool streaming = n >= streaming_threshold && out != codes && stream_large_outputs();
  const std::size_t head = streamed_head(out, n, streaming);
  std::size_t count = classify_scalar<Policy>(codes, head, out);
  avx2_counts counts;
  std::size_t i = head;
  for (; i + 64 <= n; i += 64) avx2_line<Policy, Match>(codes + i, out + i, streaming, counts);
  counts.fold();
  if (streaming) store_fence();
  count +=
      static_cast<std::size_t>(counts.sums[0] + counts.sums[1] + counts.sums[2] + counts.sums[3]);
  return count + classify_scalar<Policy>(codes + i, n - i, out + i);
}
#endif

// True when this CPU runs the AVX2 kernel: a unit compiled for AVX2 always does; any other asks the
// CPU once (the compiler's runtime also checks that the OS saves the AVX registers).
inline bool use_avx2() noexcept {
#if defined(CONSENT_NO_SIMD) || !defined(CONSENT_DETAIL_HAVE_SSE2)
  return false;
#elif defined(__AVX2__)
  return true;
#else
  static const bool cpu_has_avx2 = (__builtin_cpu_init(), __builtin_cpu_supports("avx2") != 0);
  return cpu_has_avx2;
#endif
}
// The same for SSSE3, which the 16-byte kernel's nibble matcher needs (irregular policies on CPUs
// without AVX2).
inline bool use_ssse3() noexcept {
#if defined(CONSENT_NO_SIMD) || !defined(CONSENT_DETAIL_HAVE_SSE2)
  return false;
#elif defined(__SSSE3__)
  return true;
#else
  static const bool cpu_has_ssse3 = (__builtin_cpu_init(), __builtin_cpu_supports("ssse3") != 0);
  return cpu_has_ssse3;
#endif
}

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
