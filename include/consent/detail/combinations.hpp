// consent: every in-range (tier, toggle, mode, feedback) combination, numbered, so that tables and
// checks are one loop over an index instead of four nested ones.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

#include <consent/dimensions.hpp>
#include <consent/snapshot.hpp>
#include <consent/version.hpp>

CONSENT_BEGIN_NAMESPACE
namespace detail {

// 8 tiers x 3 toggles x 2 modes x 2 feedback events: the 90 states and the 6 non-states.
inline constexpr std::size_t combination_count =
    tier_count * toggle_count * mode_count * feedback_count;

// Feedback-major (every combination without feedback first, so the 0.1 states keep their order),
// then tier, toggle and mode: the order of the policy tables and of all_states().
// Only for in-range values; callers check is_valid first.
[[nodiscard]] constexpr std::size_t combination_index(tier account, toggle improve_model, mode chat,
                                                      feedback rated) noexcept {
  return ((static_cast<std::size_t>(rated) * tier_count + static_cast<std::size_t>(account)) *
              toggle_count +
          static_cast<std::size_t>(improve_model)) *
             mode_count +
         static_cast<std::size_t>(chat);
}

[[nodiscard]] constexpr snapshot combination(std::size_t index) noexcept {
  return snapshot{static_cast<tier>(index / (toggle_count * mode_count) % tier_count),
                  static_cast<toggle>(index / mode_count % toggle_count),
                  static_cast<mode>(index % mode_count),
                  static_cast<feedback>(index / (tier_count * toggle_count * mode_count))};
}

// Each field's share of a combination's index (combination_index), for every byte the field can
// hold, kept as the room it leaves: out_of_range_part minus the share, and 0 for a value outside
// the enum. lookup_index subtracts the four from 4 * out_of_range_part, so an in-range state gets
// its index and any out-of-range field alone carries the result to out_of_range_part or past it.
// Four loads, three adds and a subtraction then index a table that answers every result, with no
// compare and no branch: the cost of an unchecked lookup, within a few instructions. Zero is the
// out-of-range entry, so only the enum's own values are written: cheap for the compiler.
inline constexpr std::size_t out_of_range_part = combination_count;
inline constexpr std::size_t lookup_span = 4 * out_of_range_part + 1;  // every result it makes
struct field_parts {
  std::uint16_t room[256] = {};
  constexpr field_parts(std::size_t count, std::size_t stride) noexcept {
    for (std::size_t value = 0; value < count; ++value) {
      room[value] = static_cast<std::uint16_t>(out_of_range_part - value * stride);
    }
  }
};
inline constexpr field_parts mode_parts{mode_count, 1};
inline constexpr field_parts toggle_parts{toggle_count, mode_count};
inline constexpr field_parts tier_parts{tier_count, toggle_count* mode_count};
inline constexpr field_parts feedback_parts{feedback_count, tier_count* toggle_count* mode_count};

// Where a combination's decision sits in a policy's table (decision_table below): its index, or
// combination_count or more when any field is out of range. Every dimension is passed: a forgotten
// feedback would read the state without it.
[[nodiscard]] constexpr std::size_t lookup_index(tier account, toggle improve_model, mode chat,
                                                 feedback rated) noexcept {
  return 4 * out_of_range_part - (std::size_t{tier_parts.room[static_cast<std::uint8_t>(account)]} +
                                  toggle_parts.room[static_cast<std::uint8_t>(improve_model)] +
                                  mode_parts.room[static_cast<std::uint8_t>(chat)] +
                                  feedback_parts.room[static_cast<std::uint8_t>(rated)]);
}
static_assert(lookup_index(static_cast<tier>(tier_count - 1), static_cast<toggle>(toggle_count - 1),
                           static_cast<mode>(mode_count - 1),
                           static_cast<feedback>(feedback_count - 1)) == combination_count - 1,
              "the last combination's parts sum to its index, so no in-range sum reaches "
              "out_of_range_part");
// A combination's slot, the index of the tables that answer a state (a policy's decisions and
// bases, a timeline's rulings): its fields' bits side by side, tier in bits 0-2, toggle 3-4, mode
// 5, feedback 6, and slot_invalid when any field is out of range. One range check of all four
// bytes at once, one multiply, one load: the cost of an unchecked lookup. (The check is a branch
// that real data, almost all valid, predicts; a select cost more on valid input.)
inline constexpr std::size_t slot_invalid = 128;
inline constexpr std::size_t slot_count = slot_invalid + 1;
static_assert(tier_count <= 8 && toggle_count <= 4 && mode_count <= 2 && feedback_count <= 2,
              "a slot holds 3 bits of tier, 2 of toggle, 1 of mode and 1 of feedback");
// Added to the four bytes, it sets a byte's top bit exactly when the byte is past its enum (a byte
// of 128 or more has that bit already, so its carry into the next byte cannot hide anything).
inline constexpr std::uint32_t slot_range_bias =
    (0x80U - tier_count) | (0x80U - toggle_count) << 8 | (0x80U - mode_count) << 16 |
    (0x80U - feedback_count) << 24;
// Moves tier (byte 0) to bit 25, toggle (byte 1) to bit 28, mode (byte 2) to bit 30 and feedback
// (byte 3) to bit 31 of the product; every other partial product lands below bit 25 without a
// carry into it, or past bit 31.
inline constexpr std::uint32_t slot_gather = 1U << 25 | 1U << 20 | 1U << 14 | 1U << 7;
// The four fields as one word, tier in the low byte (one load, where the fields are a snapshot's).
[[nodiscard]] constexpr std::uint32_t field_word(tier account, toggle improve_model, mode chat,
                                                 feedback rated) noexcept {
  return std::uint32_t{static_cast<std::uint8_t>(account)} |
         std::uint32_t{static_cast<std::uint8_t>(improve_model)} << 8 |
         std::uint32_t{static_cast<std::uint8_t>(chat)} << 16 |
         std::uint32_t{static_cast<std::uint8_t>(rated)} << 24;
}
// Expected true: real data is almost all valid, so the valid path is laid out as the straight one.
[[nodiscard]] constexpr bool in_range(std::uint32_t word) noexcept {
  const bool valid = ((word | (word + slot_range_bias)) & 0x80808080U) == 0;
#if defined(__GNUC__) || defined(__clang__)
  return __builtin_expect(valid, 1);
#else
  return valid;
#endif
}
// The slot of a word in_range: 0 to 127.
[[nodiscard]] constexpr std::size_t slot_bits(std::uint32_t word) noexcept {
  return (word * slot_gather) >> 25;
}
[[nodiscard]] constexpr std::size_t slot_of(tier account, toggle improve_model, mode chat,
                                            feedback rated) noexcept {
  const std::uint32_t word = field_word(account, improve_model, chat, rated);
  return in_range(word) ? slot_bits(word) : slot_invalid;
}
[[nodiscard]] constexpr std::size_t slot_of(const snapshot& s) noexcept {
  return slot_of(s.account, s.improve_model, s.chat, s.rated);
}
[[nodiscard]] constexpr bool slots_are_field_bits() noexcept {
  for (std::size_t i = 0; i < combination_count; ++i) {
    const snapshot s = combination(i);
    const std::size_t bits =
        static_cast<std::size_t>(s.account) | static_cast<std::size_t>(s.improve_model) << 3 |
        static_cast<std::size_t>(s.chat) << 5 | static_cast<std::size_t>(s.rated) << 6;
    if (slot_of(s) != bits) return false;
  }
  return true;
}
static_assert(slots_are_field_bits(), "every combination's slot is its fields' bits side by side");

}  // namespace detail
CONSENT_END_NAMESPACE
