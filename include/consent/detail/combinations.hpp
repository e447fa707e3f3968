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
// The same, with every out-of-range sum at combination_count: for tables of one entry a
// combination and a last one for all out-of-range input (the bases, a timeline's rulings).
[[nodiscard]] constexpr std::size_t compact_index(tier account, toggle improve_model, mode chat,
                                                  feedback rated) noexcept {
  const std::size_t index = lookup_index(account, improve_model, chat, rated);
  return index < combination_count ? index : combination_count;
}

}  // namespace detail
CONSENT_END_NAMESPACE
