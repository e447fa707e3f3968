// consent: how a state is spelled, "plus/off/standard/feedback": the parts every text of a state is
// made of, and the two tables built from them (detail/state_texts.hpp, written out by
// tools/make_state_texts.cpp, because composing them at compile time would cost every unit that
// includes the SDK more than <string>).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include <consent/detail/combinations.hpp>
#include <consent/detail/names.hpp>
#include <consent/dimensions.hpp>
#include <consent/enums.hpp>
#include <consent/fixed_text.hpp>
#include <consent/snapshot.hpp>
#include <consent/version.hpp>

CONSENT_BEGIN_NAMESPACE
namespace detail {

inline constexpr char separator = '/';
// The fourth field of a state whose conversation has feedback.
inline constexpr std::string_view feedback_field = "feedback";
// Team's later name, parsed as the same tier (R10). Text is written with "team", which every
// reader, 0.1 included, understands.
inline constexpr std::string_view business_name = "business";

// The longest text to_string(snapshot) can write, out-of-range fields ("unknown") included:
// "enterprise/unknown/temporary/unknown".
inline constexpr std::size_t longest_state_text =
    longest_name<tier>() + 1 + longest_name<toggle>() + 1 + longest_name<mode>() + 1 +
    (feedback_field.size() > unknown_name.size() ? feedback_field.size() : unknown_name.size());

// The text of any snapshot, composed from the names. to_string copies the 96 combinations' texts
// from detail/state_texts.hpp and composes only for out-of-range fields.
constexpr void compose_state_text(fixed_text<longest_state_text>& text,
                                  const snapshot& s) noexcept {
  text.append(to_string(s.account));
  text.append(std::string_view(&separator, 1));
  text.append(to_string(s.improve_model));
  text.append(std::string_view(&separator, 1));
  text.append(to_string(s.chat));
  if (s.rated != feedback::none) {
    text.append(std::string_view(&separator, 1));
    text.append(s.rated == feedback::given ? feedback_field : unknown_name);
  }
}

// parse()'s fast path: the texts it accepts (every state's, and each Team state's spelled with
// "business", R10) in an open-addressed table, probed one slot on at a time. A slot holds a
// combination + 1 (0: empty), with alias_bit set for the "business" spelling. The key (length, the
// first two bytes, the last, and the tenth from last, which tells "on/temporary/feedback" from
// "off/standard/feedback") puts every accepted text in a slot of its own, so the lookup is one
// probe and one compare (tests/text.cpp checks that each sits in its own slot).
inline constexpr std::size_t accepted_slots = 256;
inline constexpr std::uint8_t alias_bit = 0x80;
static_assert(combination_count < alias_bit, "a slot holds a combination + 1 below alias_bit");
[[nodiscard]] constexpr std::size_t accepted_slot(std::string_view text) noexcept {
  const std::size_t n = text.size();  // at least 1
  const auto byte = [&](std::size_t at) noexcept {
    return std::size_t{static_cast<unsigned char>(text[at])};
  };
  return (n * 4 + byte(0) * 19 + byte(n > 1 ? 1 : 0) * 25 + byte(n - 1) * 16 +
          byte(n > 10 ? n - 10 : 0) * 14) %
         accepted_slots;
}
[[nodiscard]] constexpr std::size_t next_accepted_slot(std::size_t slot) noexcept {
  return (slot + 1) % accepted_slots;
}

}  // namespace detail
CONSENT_END_NAMESPACE
