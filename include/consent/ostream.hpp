// consent: operator<< for the SDK's public types, for logs and for test frameworks: GoogleTest and
// Catch2 print a failing assertion's values through it, so a failure reads
// "plus/off/standard == plus/on/standard", not bytes. Opt-in: it includes <ostream>.
#pragma once

#include <ostream>
#include <utility>

#include <consent/consent.hpp>

CONSENT_BEGIN_NAMESPACE

// Every enum by its name ("plus", "opted_out", "unknown_tier"); a value outside it as "unknown".
template <class Enum, detail::if_named_enum<Enum> = 0>
std::ostream& operator<<(std::ostream& out, Enum value) {
  return out << to_string(value);
}

// "plus/off/standard", "go/on/standard/feedback".
inline std::ostream& operator<<(std::ostream& out, const snapshot& s) {
  return out << to_string(s).view();
}
inline std::ostream& operator<<(std::ostream& out, const state_text& text) {
  return out << text.view();
}

// "trainable (opted_in)", "refused (opted_out)".
inline std::ostream& operator<<(std::ostream& out, const decision& d) {
  return out << (d.trainable ? "trainable (" : "refused (") << to_string(d.why) << ')';
}

// "2024-06-12" (any values print: a date that is no day shows what it holds).
inline std::ostream& operator<<(std::ostream& out, const date& d) {
  const auto two = [&out](int value) -> std::ostream& {
    if (value >= 0 && value < 10) out << '0';
    return out << value;
  };
  out << d.year << '-';
  two(d.month) << '-';
  return two(d.day);
}

// "unknown_tier at byte 0".
inline std::ostream& operator<<(std::ostream& out, const parse_error& e) {
  return out << to_string(e.code) << " at byte " << e.offset;
}

// "future_layout in 0xc6"; "not_a_byte" (its byte is not one).
inline std::ostream& operator<<(std::ostream& out, const decode_error& e) {
  out << to_string(e.code);
  if (e.code == decode_errc::not_a_byte) return out;
  constexpr char digits[] = "0123456789abcdef";
  return out << " in 0x" << digits[e.byte >> 4U] << digits[e.byte & 15U];
}

// A refusal and a proof print their audit line (docs/audit.md).
inline std::ostream& operator<<(std::ostream& out, const refusal& r) {
  return out << audit_line(r).view();
}
template <class T, class Policy>
std::ostream& operator<<(std::ostream& out, const trainable<T, Policy>& proof) {
  return out << audit_line(proof).view();
}

// "team/on/standard: trainable (opted_in) -> refused (business_default)".
inline std::ostream& operator<<(std::ostream& out, const change& c) {
  return out << c.state << ": " << c.before << " -> " << c.after;
}

// A state type: "state<plus/unset/standard> under 2024-06-12: trainable (consumer_default)"; the
// type visit() passes for a non-state: "invalid_state under 2024-06-12".
template <tier Account, toggle ImproveModel, mode Chat, class Policy, feedback Rated>
std::ostream& operator<<(std::ostream& out, state<Account, ImproveModel, Chat, Policy, Rated>) {
  using S = state<Account, ImproveModel, Chat, Policy, Rated>;
  return out << "state<" << S::consent_state() << "> under " << Policy::name << ": " << S::answer();
}
template <class Policy>
std::ostream& operator<<(std::ostream& out, invalid_state<Policy>) {
  return out << "invalid_state under " << Policy::name;
}

// "value: plus/on/standard" or "error: unknown_tier at byte 0", when both sides print.
template <class T, class E>
auto operator<<(std::ostream& out, const result<T, E>& r)
    -> decltype(out << std::declval<const T&>(), out << std::declval<const E&>()) {
  if (r.has_value()) return out << "value: " << *r;
  return out << "error: " << r.error();
}

CONSENT_END_NAMESPACE
