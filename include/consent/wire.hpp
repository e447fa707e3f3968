// consent: the one-byte form of a state, a stable wire format for columns, queues and other
// languages (docs/wire-format.md):
//
//   bit   7 6   5 4 3   2 1      0
//         1 0   tier    toggle   mode     layout 1: no feedback
//         1 1   tier    toggle   mode     layout 2: the conversation has feedback
//
// 00 and 01 never decode, so zeroed memory, ASCII text and small integers are never mistaken for
// a state. The fields hold the enumerator values (tier 0-7, toggle 0-2, mode 0-1). Every byte 0.1
// wrote keeps its meaning: the tiers added since (5-7) were out of range to 0.1, and layout 2 was
// its reserved future layout, so a 0.1 reader refuses every new byte. In layout 2, toggle field 3
// is kept for a future layout (decode_errc::future_layout). Of the 256 byte values exactly the 90
// states decode.
//
// The layout describes the state, not the decision, so stored bytes keep their meaning when the
// policy changes. The trainable test stays cheap anyway: the low six bits index a 64-bit mask per
// layout, compiled from the policy (see classify.hpp).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>

#include <consent/detail/comparison.hpp>
#include <consent/detail/names.hpp>
#include <consent/dimensions.hpp>
#include <consent/result.hpp>
#include <consent/snapshot.hpp>
#include <consent/version.hpp>

CONSENT_BEGIN_NAMESPACE

namespace wire {
inline constexpr std::uint8_t layout_mask = 0xC0;
inline constexpr std::uint8_t layout_1 = 0x80;  // 10xxxxxx: no feedback
inline constexpr std::uint8_t layout_2 = 0xC0;  // 11xxxxxx: with feedback
[[deprecated(
    "consent::wire::layout_reserved is now layout 2, "
    "consent::wire::layout_2")]] inline constexpr std::uint8_t layout_reserved = layout_2;
inline constexpr unsigned tier_shift = 3;
inline constexpr unsigned toggle_shift = 1;
inline constexpr std::uint8_t tier_bits = 0x38;
inline constexpr std::uint8_t toggle_bits = 0x06;
inline constexpr std::uint8_t mode_bits = 0x01;
inline constexpr std::uint8_t state_bits = tier_bits | toggle_bits | mode_bits;
// What encode() gives for a non-state: layout 00, which never decodes.
inline constexpr std::uint8_t invalid_code = 0x00;
}  // namespace wire

// What was wrong with a byte.
enum class decode_errc : std::uint8_t {
  unknown_layout,       // bits 7-6 are 00 or 01: not a consent byte at all
  future_layout,        // layout 2 with toggle field 3: kept for a layout newer than this
                        // version reads (to 0.1, all of layout 2 was)
  tier_out_of_range,    // tier field 5, 6 or 7: only a 0.1 reader answers this now
  toggle_out_of_range,  // toggle field 3
  not_a_state,          // api in a Temporary Chat (R4)
  not_a_byte,           // an integer outside 0..255 (a wide column, a negative number): never
                        // narrowed into a byte; the error's byte is then 0
};

namespace detail {
template <>
struct enum_names<decode_errc> {
  static constexpr std::array<std::string_view, 6> names{"unknown_layout",    "future_layout",
                                                         "tier_out_of_range", "toggle_out_of_range",
                                                         "not_a_state",       "not_a_byte"};
};

// Codes arrive as whatever integer a column, a queue or another language hands over. Only 0..255
// are bytes; anything else is refused whole, never narrowed (384 is not 0x80).
template <class Integer>
[[nodiscard]] constexpr bool is_byte(Integer value) noexcept {
  static_assert(std::is_integral_v<Integer> && !std::is_same_v<Integer, bool>,
                "consent: a wire code is an integer from 0 to 255 (std::uint8_t, or any integer "
                "type holding such a value)");
  if constexpr (std::is_signed_v<Integer>) {
    if (value < 0) return false;
  }
  return static_cast<unsigned long long>(value) <= 0xFFULL;
}
}  // namespace detail

// What was wrong, and the byte it was wrong in (for the log line).
struct decode_error {
  decode_errc code;
  std::uint8_t byte;

  CONSENT_DETAIL_EQUALITY(decode_error, &decode_error::code, &decode_error::byte)
};

// The state's byte; wire::invalid_code (0x00, never decodes) for anything that is not a state.
[[nodiscard]] constexpr std::uint8_t encode(const snapshot& s) noexcept {
  if (!is_state(s)) return wire::invalid_code;
  const unsigned layout = s.rated == feedback::given ? wire::layout_2 : wire::layout_1;
  return static_cast<std::uint8_t>(layout | static_cast<unsigned>(s.account) << wire::tier_shift |
                                   static_cast<unsigned>(s.improve_model) << wire::toggle_shift |
                                   static_cast<unsigned>(s.chat));
}

// The state a byte encodes, or what is wrong with it. Takes any integer type; a value outside
// 0..255 is the error not_a_byte.
template <class Integer>
[[nodiscard]] constexpr result<snapshot, decode_error> decode(Integer code) noexcept {
  if (!detail::is_byte(code)) return decode_error{decode_errc::not_a_byte, 0};
  const auto byte = static_cast<std::uint8_t>(code);
  const unsigned layout = byte & wire::layout_mask;
  if (layout != wire::layout_1 && layout != wire::layout_2) {
    return decode_error{decode_errc::unknown_layout, byte};
  }
  const unsigned tier_value = (byte & wire::tier_bits) >> wire::tier_shift;
  const unsigned toggle_value = (byte & wire::toggle_bits) >> wire::toggle_shift;
  if (toggle_value >= toggle_count) {
    return decode_error{
        layout == wire::layout_2 ? decode_errc::future_layout : decode_errc::toggle_out_of_range,
        byte};
  }
  static_assert(tier_count == 8, "consent: the tier field has room for exactly eight tiers");
  const snapshot s{static_cast<tier>(tier_value), static_cast<toggle>(toggle_value),
                   static_cast<mode>(byte & wire::mode_bits),
                   layout == wire::layout_2 ? feedback::given : feedback::none};
  if (!is_state(s)) return decode_error{decode_errc::not_a_state, byte};
  return s;
}

CONSENT_END_NAMESPACE
