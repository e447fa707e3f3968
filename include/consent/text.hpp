// consent: the text form of a state, "plus/off/temporary", for logs, columns and other languages.
// A conversation with feedback adds a fourth field: "plus/off/standard/feedback".
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>

#include <consent/detail/combinations.hpp>
#include <consent/detail/comparison.hpp>
#include <consent/detail/names.hpp>
#include <consent/detail/state_spelling.hpp>
#include <consent/detail/state_texts.hpp>
#include <consent/dimensions.hpp>
#include <consent/enums.hpp>
#include <consent/fixed_text.hpp>
#include <consent/result.hpp>
#include <consent/snapshot.hpp>
#include <consent/version.hpp>

CONSENT_BEGIN_NAMESPACE

// What was wrong with a text. Exactly "tier/toggle/mode", or "tier/toggle/mode/feedback", in the
// lowercase names is accepted (and "business" for the tier team, R10); nothing is trimmed, folded
// or guessed.
enum class parse_errc : std::uint8_t {
  empty,              // no text at all
  unknown_tier,       // the first field is not a tier name
  unknown_toggle,     // the second field is not a toggle name
  unknown_mode,       // the third field is not a mode name
  missing_separator,  // the text ended where a '/' was expected
  extra_separator,    // a '/' after the mode not followed by "feedback", or after "feedback"
  trailing_input,     // a mode name (or "feedback") followed by more bytes
  not_a_state,        // good names that make no state: api/.../temporary (R4)
  unknown_name,       // parse<Enum>: the text is not one of the enum's names
};

namespace detail {
template <>
struct enum_names<parse_errc> {
  static constexpr std::array<std::string_view, 9> names{
      "empty",           "unknown_tier",   "unknown_toggle", "unknown_mode", "missing_separator",
      "extra_separator", "trailing_input", "not_a_state",    "unknown_name"};
};

// The index of the enumerator a name spells, or the enum's count: find_name, with Team's later
// name for tier, so both parsers read the alias the same way.
template <class Enum>
[[nodiscard]] constexpr std::size_t find_value(std::string_view name) noexcept {
  if constexpr (std::is_same_v<Enum, tier>) {
    if (name == business_name) return static_cast<std::size_t>(tier::business);
  }
  return find_name<Enum>(name);
}
}  // namespace detail

// What was wrong, and the byte offset in the text where it was found (for unknown_* the start of
// the field, for missing_separator where the '/' should be, for the others the offending byte).
struct parse_error {
  parse_errc code;
  std::size_t offset;

  CONSENT_DETAIL_EQUALITY(parse_error, &parse_error::code, &parse_error::offset)
};

namespace detail {

// The length of the longest name that `field` starts with and is longer than, or 0: tells
// "standard\n" (a mode with trailing bytes) from "stand" (no mode at all).
template <class Enum>
[[nodiscard]] constexpr std::size_t name_prefix(std::string_view field) noexcept {
  std::size_t longest = 0;
  for (const std::string_view name : enum_names<Enum>::names) {
    if (field.size() > name.size() && field.substr(0, name.size()) == name &&
        name.size() > longest) {
      longest = name.size();
    }
  }
  return longest;
}

}  // namespace detail

namespace detail {
static_assert(sizeof(combination_text_chars) == combination_count * (longest_state_text + 1) &&
                  sizeof(combination_text_sizes) == combination_count &&
                  sizeof(accepted_text_slots) == accepted_slots,
              "detail/state_texts.hpp is out of date: run tools/make_state_texts");

// The combination a non-empty text spells exactly, or combination_count.
[[nodiscard]] constexpr std::size_t find_accepted(std::string_view text) noexcept {
  // Bounded by the table's size, and every entry checked against the combinations, whatever the
  // generated table holds: a candidate is only ever returned when its text equals the input.
  std::size_t at = accepted_slot(text);
  for (std::size_t probes = 0; probes < accepted_slots && accepted_text_slots[at] != 0; ++probes) {
    const unsigned entry = accepted_text_slots[at];
    const std::size_t index = (entry & ~unsigned{alias_bit}) - 1U;
    if (index >= combination_count) break;
    const std::string_view written(combination_text_chars[index], combination_text_sizes[index]);
    if ((entry & alias_bit) == 0) {
      if (written == text) return index;
    } else {
      // "business" and the rest of team's text.
      const std::size_t team = to_string(tier::team).size();
      if (text.substr(0, business_name.size()) == business_name &&
          text.substr(business_name.size()) == written.substr(team)) {
        return index;
      }
    }
    at = next_accepted_slot(at);
  }
  return combination_count;
}

// parse() past its fast path: the text is not exactly a state's, so read it field by field and say
// what is wrong and where. Apart from the fast path, so that parse() stays small enough to inline.
[[nodiscard]] constexpr result<snapshot, parse_error> parse_fields(std::string_view text) noexcept {
  const std::size_t tier_end = text.find(separator);
  const std::string_view tier_field = text.substr(0, tier_end);
  const std::size_t tier_index = find_value<tier>(tier_field);
  if (tier_index == tier_count) return parse_error{parse_errc::unknown_tier, 0};
  if (tier_end == std::string_view::npos)
    return parse_error{parse_errc::missing_separator, text.size()};

  const std::size_t toggle_begin = tier_end + 1;
  const std::size_t toggle_end = text.find(separator, toggle_begin);
  const std::string_view toggle_field = text.substr(toggle_begin, toggle_end - toggle_begin);
  const std::size_t toggle_index = find_name<toggle>(toggle_field);
  if (toggle_index == toggle_count) return parse_error{parse_errc::unknown_toggle, toggle_begin};
  if (toggle_end == std::string_view::npos)
    return parse_error{parse_errc::missing_separator, text.size()};

  const std::size_t mode_begin = toggle_end + 1;
  const std::size_t mode_end = text.find(separator, mode_begin);
  const std::string_view mode_field = text.substr(mode_begin, mode_end - mode_begin);
  const std::size_t mode_index = find_name<mode>(mode_field);
  if (mode_index == mode_count) {
    const std::size_t prefix = name_prefix<mode>(mode_field);
    if (prefix != 0) return parse_error{parse_errc::trailing_input, mode_begin + prefix};
    return parse_error{parse_errc::unknown_mode, mode_begin};
  }
  feedback rated = feedback::none;
  if (mode_end != std::string_view::npos) {
    // Only "feedback" may follow; anything else is a field too many, as it was before feedback.
    const std::size_t feedback_begin = mode_end + 1;
    const std::string_view rest = text.substr(feedback_begin);
    if (rest.substr(0, feedback_field.size()) != feedback_field) {
      return parse_error{parse_errc::extra_separator, mode_end};
    }
    const std::size_t after = feedback_begin + feedback_field.size();
    if (after < text.size()) {
      return parse_error{
          text[after] == separator ? parse_errc::extra_separator : parse_errc::trailing_input,
          after};
    }
    rated = feedback::given;
  }

  const snapshot s{static_cast<tier>(tier_index), static_cast<toggle>(toggle_index),
                   static_cast<mode>(mode_index), rated};
  if (!is_state(s)) return parse_error{parse_errc::not_a_state, mode_begin};
  return s;
}
}  // namespace detail

// "plus/off/temporary" to the snapshot, or the error and where. Reads only text[0, text.size()).
[[nodiscard]] constexpr result<snapshot, parse_error> parse(std::string_view text) noexcept {
  if (text.empty()) return parse_error{parse_errc::empty, 0};
  if (const std::size_t exact = detail::find_accepted(text); exact < detail::combination_count) {
    return detail::combination(exact);
  }
  return detail::parse_fields(text);
}

// One value of an enum from its name, for a dimension or a reason stored on its own (a database
// column, a JSON field): parse<tier>("plus"), parse<reason>("opted_out"). Exactly the name, as
// to_string writes it ("business" for tier::team too); an error otherwise: empty, unknown_name,
// or trailing_input where a name ends and more bytes follow.
template <class Enum, detail::if_named_enum<Enum> = 0>
[[nodiscard]] constexpr result<Enum, parse_error> parse(std::string_view text) noexcept {
  if (text.empty()) return parse_error{parse_errc::empty, 0};
  const std::size_t index = detail::find_value<Enum>(text);
  if (index < enum_count<Enum>) return static_cast<Enum>(index);
  const std::size_t prefix = detail::name_prefix<Enum>(text);
  if (prefix != 0) return parse_error{parse_errc::trailing_input, prefix};
  return parse_error{parse_errc::unknown_name, 0};
}

// The text of a state, held in place: no allocation. Converts to std::string_view.
using state_text = fixed_text<detail::longest_state_text>;

// "plus/off/temporary": the text of a state, as to_string gives the name of one value, with
// "/feedback" when the conversation has feedback. Total: a non-state keeps its names
// (api/on/temporary) and an out-of-range field is spelled "unknown", so the text is always
// printable, and parse() refuses both.
[[nodiscard]] constexpr state_text to_string(const snapshot& s) noexcept {
  const std::size_t index = detail::lookup_index(s.account, s.improve_model, s.chat, s.rated);
  if (index < detail::combination_count) {
    return state_text(detail::combination_text_chars[index], detail::combination_text_sizes[index]);
  }
  state_text text;
  detail::compose_state_text(text, s);
  return text;
}

CONSENT_END_NAMESPACE
