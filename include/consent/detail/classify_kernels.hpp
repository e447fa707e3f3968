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

// The x86-64 kernels, SSE2 and AVX2 (chosen at run time, classify.hpp), are written with GCC's and
// clang's vector extensions and builtins: the SDK includes no intrinsics header (<emmintrin.h>
// alone costs half of <string>, <immintrin.h> twice).
#if defined(__SSE2__) && defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define CONSENT_DETAIL_HAVE_SSE2 1
#define CONSENT_DETAIL_HAVE_AVX2 1
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

// How a vector kernel tests bytes: against the cubes when there are few (three compares for each
// built-in policy), else by a two-table nibble lookup (pshufb), which costs the same for any set of
// trainable bytes, where an irregular policy could need a dozen cubes or more.
enum class matcher : std::uint8_t { cubes, nibbles };
inline constexpr std::size_t most_cubes = 4;
template <class Policy>
inline constexpr matcher best_matcher = trainable_cubes<Policy>.size() <= most_cubes
                                            ? matcher::cubes
                                            : matcher::nibbles;

// The nibble lookup: byte b is trainable when rows[b & 15] has the bit that columns[b >> 4] holds.
// Two halves, because a byte holds eight bits: `low` for high nibbles 0-7, `high` for 8-15; a
// column gives a high nibble's bit in its own half and 0 in the other.
struct nibble_halves {
  std::array<std::uint8_t, 16> low{}, high{};
};
[[nodiscard]] constexpr nibble_halves make_nibble_columns() noexcept {
  nibble_halves columns{};
  for (unsigned high = 0; high < 16; ++high) {
    (high < 8 ? columns.low : columns.high)[high] = static_cast<std::uint8_t>(1U << (high % 8));
  }
  return columns;
}
inline constexpr nibble_halves nibble_columns = make_nibble_columns();
template <class Policy>
[[nodiscard]] constexpr nibble_halves make_nibble_rows() noexcept {
  nibble_halves rows{};
  for (unsigned high = 0; high < 16; ++high) {
    for (unsigned low = 0; low < 16; ++low) {
      if (!trains<Policy>(high << 4U | low)) continue;
      auto& row = (high < 8 ? rows.low : rows.high)[low];
      row = static_cast<std::uint8_t>(row | nibble_columns.low[high] | nibble_columns.high[high]);
    }
  }
  return rows;
}
template <class Policy>
inline constexpr nibble_halves nibble_rows = make_nibble_rows<Policy>();

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

// 1 in each lane holding a trainable byte, 0 elsewhere: the byte against each cube, or (needs
// SSSE3) its nibbles looked up as in the AVX2 kernel.
template <class Policy, matcher Match, std::size_t... Index>
inline sse2_bytes sse2_bits(sse2_bytes v, std::index_sequence<Index...>) noexcept {
  sse2_bytes hit = {};
  if constexpr (Match == matcher::cubes) {
    ((hit |= (v & static_cast<signed char>(trainable_cubes<Policy>[Index].mask)) ==
             static_cast<signed char>(trainable_cubes<Policy>[Index].value)),
     ...);
  } else {
    constexpr auto lanes = std::make_index_sequence<16>{};
    const sse2_bytes low = v & 15;
    const sse2_bytes high = (v >> 4) & 15;
    hit = (ssse3_lookup(sse2_table(nibble_rows<Policy>.low, lanes), low) &
           ssse3_lookup(sse2_table(nibble_columns.low, lanes), high)) |
          (ssse3_lookup(sse2_table(nibble_rows<Policy>.high, lanes), low) &
           ssse3_lookup(sse2_table(nibble_columns.high, lanes), high));
    hit = hit != 0;
  }
  return hit & 1;
}

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
    return sse2_bits<Policy, Match>(v, indices);
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
  // the destination before it is overwritten. Streaming stores want 16-byte alignment; a line's
  // four back to back fill one whole 64-byte line, which the write-combining buffer sends to memory
  // in one go, so the output is aligned to a line first (never more bytes than there are: a small
  // threshold brings short inputs here too).
  std::size_t head = 0;
  if (streaming) {
    const std::size_t to_boundary = (64 - reinterpret_cast<std::uintptr_t>(out) % 64) % 64;
    head = to_boundary < n ? to_boundary : n;
  }
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

#if defined(CONSENT_DETAIL_HAVE_AVX2)
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

// 1 in each lane holding a trainable byte, 0 elsewhere.
template <class Policy, matcher Match, std::size_t... Index>
__attribute__((target("avx2"))) inline avx2_bytes avx2_bits(
    avx2_bytes v, std::index_sequence<Index...>) noexcept {
  avx2_bytes hit = {};
  if constexpr (Match == matcher::cubes) {
    ((hit |= (v & static_cast<signed char>(trainable_cubes<Policy>[Index].mask)) ==
             static_cast<signed char>(trainable_cubes<Policy>[Index].value)),
     ...);
  } else {
    constexpr auto lanes = std::make_index_sequence<32>{};
    const avx2_bytes low = v & 15;
    const avx2_bytes high = (v >> 4) & 15;
    hit = (avx2_lookup(avx2_table(nibble_rows<Policy>.low, lanes), low) &
           avx2_lookup(avx2_table(nibble_columns.low, lanes), high)) |
          (avx2_lookup(avx2_table(nibble_rows<Policy>.high, lanes), low) &
           avx2_lookup(avx2_table(nibble_columns.high, lanes), high));
    hit = hit != 0;
  }
  return hit & 1;
}

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
  first = avx2_bits<Policy, Match>(first, indices);
  second = avx2_bits<Policy, Match>(second, indices);
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
  std::size_t head = 0;
  if (streaming) {  // as in classify_sse2: align the output to a line, then stream whole lines
    const std::size_t to_boundary = (64 - reinterpret_cast<std::uintptr_t>(out) % 64) % 64;
    head = to_boundary < n ? to_boundary : n;
  }
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
#if defined(CONSENT_NO_SIMD) || !defined(CONSENT_DETAIL_HAVE_AVX2)
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
