// consent: what classify() knows about a policy before it runs, all worked out at compile time from
// evaluate(): its answer for every byte, as two 64-bit masks (the scalar kernel), as a few cubes
// (masked comparisons, the vector kernels), and as two nibble tables (pshufb, irregular policies).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

#include <consent/evaluate.hpp>
#include <consent/version.hpp>
#include <consent/wire.hpp>

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

}  // namespace detail
CONSENT_END_NAMESPACE
