// consent: the display text of every public type, written once for every printer: operator<<
// (ostream.hpp), fmt and std::format (fmt.hpp). Each display() returns text held in place that
// converts to std::string_view; no allocation, no <ostream>.
#pragma once

#include <cstddef>
#include <string_view>
#include <type_traits>
#include <utility>

#include <consent/consent.hpp>

CONSENT_BEGIN_NAMESPACE
namespace detail {

// Long enough for every display below except audit lines, which keep their own audit_text:
// "state<enterprise/unknown/temporary/unknown> under " + a 64-character policy name + a decision.
using display_text = fixed_text<192>;

// Decimal digits of any int, for dates and offsets ("-12", "2024").
template <class Integer>
constexpr void append_integer(display_text& text, Integer value) noexcept {
  char digits[24] = {};
  std::size_t n = 0;
  const bool negative = value < 0;
  // Works on the magnitude without negating the most negative value.
  do {
    const auto digit = value % 10;
    digits[n++] = static_cast<char>('0' + (digit < 0 ? -digit : digit));
    value /= 10;
  } while (value != 0 && n < sizeof digits);
  if (negative) text.append("-");
  while (n > 0) text.append(std::string_view(&digits[--n], 1));
}

template <class Enum, if_named_enum<Enum> = 0>
constexpr std::string_view display(Enum value) noexcept {
  return to_string(value);
}

constexpr state_text display(const snapshot& s) noexcept { return to_string(s); }
constexpr std::string_view display(const state_text& text) noexcept { return text.view(); }

// "trainable (opted_in)", "refused (opted_out)".
constexpr display_text display(const decision& d) noexcept {
  display_text text;
  text.append(d.trainable ? "trainable (" : "refused (");
  text.append(to_string(d.why));
  text.append(")");
  return text;
}

// "2024-06-12" (any values print: a date that is no day shows what it holds).
constexpr display_text display(const date& d) noexcept {
  display_text text;
  append_integer(text, d.year);
  for (const int part : {d.month, d.day}) {
    text.append("-");
    if (part >= 0 && part < 10) text.append("0");
    append_integer(text, part);
  }
  return text;
}

// "missing_separator at byte 7".
constexpr display_text display(const parse_error& e) noexcept {
  display_text text;
  text.append(to_string(e.code));
  text.append(" at byte ");
  append_integer(text, e.offset);
  return text;
}

// "future_layout in 0xc6"; "not_a_byte" (its byte is not one).
constexpr display_text display(const decode_error& e) noexcept {
  display_text text;
  text.append(to_string(e.code));
  if (e.code == decode_errc::not_a_byte) return text;
  constexpr std::string_view digits = "0123456789abcdef";
  text.append(" in 0x");
  text.append(digits.substr(e.byte >> 4U, 1));
  text.append(digits.substr(e.byte & 15U, 1));
  return text;
}

// "team/on/standard: trainable (opted_in) -> refused (business_default)".
constexpr display_text display(const change& c) noexcept {
  display_text text;
  text.append(to_string(c.state));
  text.append(": ");
  text.append(display(c.before));
  text.append(" -> ");
  text.append(display(c.after));
  return text;
}

// A refusal and a proof display their audit line (docs/audit.md).
constexpr audit_text display(const refusal& r) noexcept { return audit_line(r); }
template <class T, class Policy>
constexpr audit_text display(const trainable<T, Policy>& proof) noexcept {
  return audit_line(proof);
}

// A state type: "state<plus/unset/standard> under 2024-06-12: trainable (consumer_default)"; the
// type visit() passes for a non-state: "invalid_state under 2024-06-12".
template <tier Account, toggle ImproveModel, mode Chat, class Policy, feedback Rated>
constexpr display_text display(state<Account, ImproveModel, Chat, Policy, Rated>) noexcept {
  using S = state<Account, ImproveModel, Chat, Policy, Rated>;
  display_text text;
  text.append("state<");
  text.append(to_string(S::consent_state()));
  text.append("> under ");
  text.append(Policy::name);
  text.append(": ");
  text.append(display(S::answer()));
  return text;
}
template <class Policy>
constexpr display_text display(invalid_state<Policy>) noexcept {
  display_text text;
  text.append("invalid_state under ");
  text.append(Policy::name);
  return text;
}

// True for the types display() takes: the types every printer formats.
template <class T, class = void>
struct is_displayable : std::false_type {};
template <class T>
struct is_displayable<T, std::void_t<decltype(display(std::declval<const T&>()))>>
    : std::true_type {};
template <class T>
using if_displayable = std::enable_if_t<is_displayable<T>::value, int>;

}  // namespace detail
CONSENT_END_NAMESPACE
