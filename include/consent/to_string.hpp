// consent: the text of every public type, to_string(value), written once for every printer:
// operator<< (ostream.hpp), fmt and std::format (fmt.hpp), the test frameworks' adapters. Each
// returns text held in place (fixed_text) that converts to std::string_view; no allocation, no
// <ostream>. An enum's name (enums.hpp) and a state's text (text.hpp) are to_string too.
#pragma once

#include <cstddef>
#include <string_view>
#include <type_traits>
#include <utility>

#include <consent/audit.hpp>
#include <consent/date.hpp>
#include <consent/decision.hpp>
#include <consent/diff.hpp>
#include <consent/dimensions.hpp>
#include <consent/enums.hpp>
#include <consent/fixed_text.hpp>
#include <consent/state.hpp>
#include <consent/text.hpp>
#include <consent/trainable.hpp>
#include <consent/version.hpp>
#include <consent/visit.hpp>
#include <consent/wire.hpp>

CONSENT_BEGIN_NAMESPACE
namespace detail {

// Long enough for every text below except audit lines, which are audit_text:
// "state<enterprise/unknown/temporary/unknown> under " + a 64-character policy name + a decision.
using printed_text = fixed_text<192>;

// Decimal digits of any int, for dates and offsets ("-12", "2024").
template <class Integer>
constexpr void append_integer(printed_text& text, Integer value) noexcept {
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

}  // namespace detail

// Any text of the SDK, as it is: so that a printer prints a state_text or an audit_text as it
// prints the value it came from.
template <std::size_t Capacity>
[[nodiscard]] constexpr std::string_view to_string(const fixed_text<Capacity>& text) noexcept {
  return text.view();
}

// "trainable (opted_in)", "refused (opted_out)".
[[nodiscard]] constexpr detail::printed_text to_string(const decision& d) noexcept {
  detail::printed_text text;
  text.append(d.trainable ? "trainable (" : "refused (");
  text.append(to_string(d.why));
  text.append(")");
  return text;
}

// "2024-06-12" (any values print: a date that is no day shows what it holds).
[[nodiscard]] constexpr detail::printed_text to_string(const date& d) noexcept {
  detail::printed_text text;
  detail::append_integer(text, d.year);
  for (const int part : {d.month, d.day}) {
    text.append("-");
    if (part >= 0 && part < 10) text.append("0");
    detail::append_integer(text, part);
  }
  return text;
}

// "missing_separator at byte 7".
[[nodiscard]] constexpr detail::printed_text to_string(const parse_error& e) noexcept {
  detail::printed_text text;
  text.append(to_string(e.code));
  text.append(" at byte ");
  detail::append_integer(text, e.offset);
  return text;
}

// "future_layout in 0xc6"; "not_a_byte" (its byte is not one).
[[nodiscard]] constexpr detail::printed_text to_string(const decode_error& e) noexcept {
  detail::printed_text text;
  text.append(to_string(e.code));
  if (e.code == decode_errc::not_a_byte) return text;
  constexpr std::string_view digits = "0123456789abcdef";
  text.append(" in 0x");
  text.append(digits.substr(e.byte >> 4U, 1));
  text.append(digits.substr(e.byte & 15U, 1));
  return text;
}

// "team/on/standard: trainable (opted_in) -> refused (business_default)".
[[nodiscard]] constexpr detail::printed_text to_string(const answer_change& c) noexcept {
  detail::printed_text text;
  text.append(to_string(c.consent_state));
  text.append(": ");
  text.append(to_string(c.before));
  text.append(" -> ");
  text.append(to_string(c.after));
  return text;
}

// A refusal and a proof display their audit line (docs/audit.md).
[[nodiscard]] constexpr audit_text to_string(const refusal& r) noexcept { return audit_line(r); }
template <class T, class Policy>
[[nodiscard]] constexpr audit_text to_string(const trainable<T, Policy>& proof) noexcept {
  return audit_line(proof);
}

// A state type: "state<plus/unset/standard> under 2024-06-12: trainable (consumer_default)"; the
// type visit() passes for a non-state: "invalid_state under 2024-06-12".
template <tier Account, toggle ImproveModel, mode Chat, class Policy, feedback Rated>
[[nodiscard]] constexpr detail::printed_text to_string(
    state<Account, ImproveModel, Chat, Policy, Rated>) noexcept {
  using S = state<Account, ImproveModel, Chat, Policy, Rated>;
  detail::printed_text text;
  text.append("state<");
  text.append(to_string(S::consent_state()));
  text.append("> under ");
  text.append(Policy::name);
  text.append(": ");
  text.append(to_string(S::answer()));
  return text;
}
template <class Policy>
[[nodiscard]] constexpr detail::printed_text to_string(invalid_state<Policy>) noexcept {
  detail::printed_text text;
  text.append("invalid_state under ");
  text.append(Policy::name);
  return text;
}

namespace detail {
// True for the types consent::to_string takes: the types every printer formats. Qualified, so that
// another library's to_string found by argument-dependent lookup (fmt's) does not count.
template <class T, class = void>
struct has_to_string : std::false_type {};
template <class T>
struct has_to_string<T, std::void_t<decltype(::consent::to_string(std::declval<const T&>()))>>
    : std::true_type {};
template <class T>
using if_printable = std::enable_if_t<has_to_string<T>::value, int>;

}  // namespace detail
CONSENT_END_NAMESPACE
