// consent: what every enum of the SDK answers, from its name table: how many values it has,
// whether a value is one of them, its name, and all its values.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

#include <consent/detail/names.hpp>
#include <consent/version.hpp>

CONSENT_BEGIN_NAMESPACE

// How many values an enum of the SDK has; anything at or past this count is out of range.
template <class Enum, detail::if_named_enum<Enum> = 0>
inline constexpr std::size_t enum_count = detail::enum_names<Enum>::names.size();

// True when the value is one of the enumerators (false for an integer cast in from outside).
template <class Enum, detail::if_named_enum<Enum> = 0>
[[nodiscard]] constexpr bool is_valid(Enum value) noexcept {
  return static_cast<std::size_t>(value) < detail::enum_names<Enum>::names.size();
}

// The enumerator's lowercase name ("plus", "off", "opted_out"), or "unknown" for a value outside
// the enum. Points into static storage and is NUL-terminated, so C callers may use data() as is.
template <class Enum, detail::if_named_enum<Enum> = 0>
[[nodiscard]] constexpr std::string_view to_string(Enum value) noexcept {
  return is_valid(value) ? detail::enum_names<Enum>::names[static_cast<std::size_t>(value)]
                         : detail::unknown_name;
}

namespace detail {
template <class Enum>
[[nodiscard]] constexpr std::array<Enum, enum_count<Enum>> make_all_values() noexcept {
  std::array<Enum, enum_count<Enum>> values{};
  for (std::size_t i = 0; i < values.size(); ++i) values[i] = static_cast<Enum>(i);
  return values;
}
template <class Enum>
inline constexpr std::array<Enum, enum_count<Enum>> all_values_of = make_all_values<Enum>();
}  // namespace detail

// Every value of an enum of the SDK, in enumerator order: all_values<tier>() is free, plus, ...
// A reference to one constant array, as all_states() is.
template <class Enum, detail::if_named_enum<Enum> = 0>
[[nodiscard]] constexpr const std::array<Enum, enum_count<Enum>>& all_values() noexcept {
  return detail::all_values_of<Enum>;
}

CONSENT_END_NAMESPACE
