// consent: operator<< for the SDK's public types, for logs and for test frameworks: GoogleTest and
// Catch2 print a failing assertion's values through it, so a failure reads
// "plus/off/standard == plus/on/standard", not bytes. Opt-in: it includes <ostream>.
#pragma once

#include <ostream>
#include <utility>

#include <consent/consent.hpp>
#include <consent/to_string.hpp>

CONSENT_BEGIN_NAMESPACE

// Every public type by its text (to_string.hpp): an enum by its name ("plus",
// "opted_out", "unknown" outside it), a state as "plus/off/standard", a decision as
// "refused (opted_out)", a date as "2024-06-12", an error as "unknown_tier at byte 0", a proof or
// refusal as its audit line, a state type as "state<plus/unset/standard> under 2024-06-12: ...".
template <class T, detail::if_printable<T> = 0>
std::ostream& operator<<(std::ostream& out, const T& value) {
  const auto text = ::consent::to_string(value);
  return out << std::string_view(text);
}

// "value: plus/on/standard" or "error: unknown_tier at byte 0", when both sides print.
template <class T, class E>
auto operator<<(std::ostream& out, const result<T, E>& r)
    -> decltype(out << std::declval<const T&>(), out << std::declval<const E&>()) {
  if (r.has_value()) return out << "value: " << *r;
  return out << "error: " << r.error();
}

CONSENT_END_NAMESPACE
