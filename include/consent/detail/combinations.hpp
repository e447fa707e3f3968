// consent: every in-range (tier, toggle, mode, feedback) combination, numbered, so that tables and
// checks are one loop over an index instead of four nested ones.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

#include <consent/dimensions.hpp>
#include <consent/enums.hpp>
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
// A combination's index (combination_index), or combination_count for anything out of range: the
// position in tables kept in combination order (the state texts, visit's cases), after the same
// range test as a slot.
[[nodiscard]] constexpr std::size_t lookup_index(tier account, toggle improve_model, mode chat,
                                                 feedback rated) noexcept {
  return in_range(field_word(account, improve_model, chat, rated))
             ? combination_index(account, improve_model, chat, rated)
             : combination_count;
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
