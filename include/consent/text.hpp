// consent: the text form of a state, "plus/off/temporary", for logs, columns and other languages.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <consent/dimensions.hpp>
#include <consent/result.hpp>
#include <consent/snapshot.hpp>
#include <consent/version.hpp>

CONSENT_BEGIN_NAMESPACE

// What was wrong with a text. Exactly "tier/toggle/mode" in the lowercase names is accepted;
// nothing is trimmed, folded or guessed.
enum class parse_errc : std::uint8_t {
  empty,              // no text at all
  unknown_tier,       // the first field is not a tier name
  unknown_toggle,     // the second field is not a toggle name
  unknown_mode,       // the third field is not a mode name
  missing_separator,  // the text ended where a '/' was expected
  extra_separator,    // a '/' after the mode: more than three fields
  trailing_input,     // a mode name followed by more bytes
  not_a_state,        // three good names that make no state: api/.../temporary (R4)
};

namespace detail {
inline constexpr std::array<std::string_view, 8> parse_errc_names{
    "empty",           "unknown_tier",   "unknown_toggle", "unknown_mode", "missing_separator",
    "extra_separator", "trailing_input", "not_a_state"};
}  // namespace detail

[[nodiscard]] constexpr std::string_view to_string(parse_errc code) noexcept {
  return detail::name_of(code, detail::parse_errc_names);
}

// What was wrong, and the byte offset in the text where it was found (for unknown_* the start of
// the field, for missing_separator where the '/' should be, for the others the offending byte).
struct parse_error {
  parse_errc code;
  std::size_t offset;

  [[nodiscard]] friend constexpr bool operator==(const parse_error& a,
                                                 const parse_error& b) noexcept {
    return a.code == b.code && a.offset == b.offset;
  }
  [[nodiscard]] friend constexpr bool operator!=(const parse_error& a,
                                                 const parse_error& b) noexcept {
    return !(a == b);
  }
};

namespace detail {

inline constexpr char separator = '/';

// The enumerator whose name is exactly `field`, or Count when none is.
template <std::size_t Count>
[[nodiscard]] constexpr std::size_t find_name(
    std::string_view field, const std::array<std::string_view, Count>& names) noexcept {
  for (std::size_t i = 0; i < Count; ++i) {
    if (names[i] == field) return i;
  }
  return Count;
}

// The length of the longest name that `field` starts with and is longer than, or 0: tells
// "standard\n" (a mode with trailing bytes) from "stand" (no mode at all).
template <std::size_t Count>
[[nodiscard]] constexpr std::size_t name_prefix(
    std::string_view field, const std::array<std::string_view, Count>& names) noexcept {
  std::size_t longest = 0;
  for (const std::string_view name : names) {
    if (field.size() > name.size() && field.substr(0, name.size()) == name &&
        name.size() > longest) {
      longest = name.size();
    }
  }
  return longest;
}

// The longest name in a table, "unknown" (what an out-of-range value prints as) included.
template <std::size_t Count>
[[nodiscard]] constexpr std::size_t longest_name(
    const std::array<std::string_view, Count>& names) noexcept {
  std::size_t longest = unknown_name.size();
  for (const std::string_view name : names) longest = name.size() > longest ? name.size() : longest;
  return longest;
}

}  // namespace detail

// "plus/off/temporary" to the snapshot, or the error and where. Reads only text[0, text.size()).
[[nodiscard]] constexpr result<snapshot, parse_error> parse(std::string_view text) noexcept {
  using detail::separator;
  if (text.empty()) return parse_error{parse_errc::empty, 0};

  const std::size_t tier_end = text.find(separator);
  const std::string_view tier_field = text.substr(0, tier_end);
  const std::size_t tier_index = detail::find_name(tier_field, detail::tier_names);
  if (tier_index == tier_count) return parse_error{parse_errc::unknown_tier, 0};
  if (tier_end == std::string_view::npos)
    return parse_error{parse_errc::missing_separator, text.size()};

  const std::size_t toggle_begin = tier_end + 1;
  const std::size_t toggle_end = text.find(separator, toggle_begin);
  const std::string_view toggle_field = text.substr(toggle_begin, toggle_end - toggle_begin);
  const std::size_t toggle_index = detail::find_name(toggle_field, detail::toggle_names);
  if (toggle_index == toggle_count) return parse_error{parse_errc::unknown_toggle, toggle_begin};
  if (toggle_end == std::string_view::npos)
    return parse_error{parse_errc::missing_separator, text.size()};

  const std::size_t mode_begin = toggle_end + 1;
  const std::size_t mode_end = text.find(separator, mode_begin);
  const std::string_view mode_field = text.substr(mode_begin, mode_end - mode_begin);
  const std::size_t mode_index = detail::find_name(mode_field, detail::mode_names);
  if (mode_index == mode_count) {
    const std::size_t prefix = detail::name_prefix(mode_field, detail::mode_names);
    if (prefix != 0) return parse_error{parse_errc::trailing_input, mode_begin + prefix};
    return parse_error{parse_errc::unknown_mode, mode_begin};
  }
  if (mode_end != std::string_view::npos) return parse_error{parse_errc::extra_separator, mode_end};

  const snapshot s{static_cast<tier>(tier_index), static_cast<toggle>(toggle_index),
                   static_cast<mode>(mode_index)};
  if (!is_state(s)) return parse_error{parse_errc::not_a_state, mode_begin};
  return s;
}

// The text of a state, held in place: no allocation. Converts to std::string_view.
class state_text {
 public:
  // The longest text format() can write, out-of-range fields ("unknown") included:
  // "enterprise/unknown/temporary".
  static constexpr std::size_t max_size = detail::longest_name(detail::tier_names) + 1 +
                                          detail::longest_name(detail::toggle_names) + 1 +
                                          detail::longest_name(detail::mode_names);

  [[nodiscard]] constexpr std::string_view view() const noexcept { return {chars_.data(), size_}; }
  constexpr operator std::string_view() const noexcept { return view(); }  // NOLINT: implicit
  [[nodiscard]] constexpr const char* data() const noexcept { return chars_.data(); }
  [[nodiscard]] constexpr std::size_t size() const noexcept { return size_; }
  // NUL-terminated, for C interfaces.
  [[nodiscard]] constexpr const char* c_str() const noexcept { return chars_.data(); }

  [[nodiscard]] friend constexpr bool operator==(const state_text& a, std::string_view b) noexcept {
    return a.view() == b;
  }
  [[nodiscard]] friend constexpr bool operator!=(const state_text& a, std::string_view b) noexcept {
    return a.view() != b;
  }

 private:
  friend constexpr state_text format(const snapshot& s) noexcept;

  // Bounded even if max_size were wrong: the text is cut, never written past its buffer.
  constexpr void append(std::string_view part) noexcept {
    for (const char c : part) {
      if (size_ < max_size) chars_[size_++] = c;
    }
  }

  std::array<char, max_size + 1> chars_{};
  std::size_t size_ = 0;
};

// "plus/off/temporary". Total: a non-state formats with its names (api/on/temporary) and an
// out-of-range field as "unknown", and parse() refuses both.
[[nodiscard]] constexpr state_text format(const snapshot& s) noexcept {
  state_text text;
  text.append(to_string(s.account));
  text.append(std::string_view(&detail::separator, 1));
  text.append(to_string(s.improve_model));
  text.append(std::string_view(&detail::separator, 1));
  text.append(to_string(s.chat));
  return text;
}

CONSENT_END_NAMESPACE
