// consent: the three dimensions of a consent state (see docs/policy/interpretation.md,
// "Dimensions").
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <consent/version.hpp>

CONSENT_BEGIN_NAMESPACE

// The account the content was submitted under. DALL-E consumer content counts as free or plus (C4).
enum class tier : std::uint8_t { free, plus, team, enterprise, api };

// The "Improve the model" setting; for team, enterprise and api: the workspace's or organisation's
// data-sharing opt-in. `unset` means never touched, which is not the same as `off` (R1, R3).
enum class toggle : std::uint8_t { unset, on, off };

// The chat mode. The API has no Temporary Chat (R4).
enum class mode : std::uint8_t { standard, temporary };

namespace detail {

// The lowercase names, in enumerator order. The text form, the policy table and the test vectors
// all read these arrays, so a name is spelled exactly once.
inline constexpr std::array<std::string_view, 5> tier_names{"free", "plus", "team", "enterprise",
                                                            "api"};
inline constexpr std::array<std::string_view, 3> toggle_names{"unset", "on", "off"};
inline constexpr std::array<std::string_view, 2> mode_names{"standard", "temporary"};

// What a snapshot field holds until it is set: outside every enum, so never part of a state.
template <class Enum>
inline constexpr Enum never_set = static_cast<Enum>(0xFF);

// What to_string answers for a value outside its enum (an integer cast in): no name, so nothing
// parses it back into a state.
inline constexpr std::string_view unknown_name = "unknown";

template <class Enum, std::size_t N>
[[nodiscard]] constexpr std::string_view name_of(
    Enum value, const std::array<std::string_view, N>& names) noexcept {
  const auto index = static_cast<std::size_t>(value);
  return index < N ? names[index] : unknown_name;
}

}  // namespace detail

// How many values each dimension has; anything at or past these counts is out of range.
inline constexpr std::size_t tier_count = detail::tier_names.size();
inline constexpr std::size_t toggle_count = detail::toggle_names.size();
inline constexpr std::size_t mode_count = detail::mode_names.size();

// True when the value is one of the enumerators (false for an integer cast in from outside).
[[nodiscard]] constexpr bool is_valid(tier value) noexcept {
  return static_cast<std::size_t>(value) < tier_count;
}
[[nodiscard]] constexpr bool is_valid(toggle value) noexcept {
  return static_cast<std::size_t>(value) < toggle_count;
}
[[nodiscard]] constexpr bool is_valid(mode value) noexcept {
  return static_cast<std::size_t>(value) < mode_count;
}

// The lowercase name ("plus", "off", "temporary"), or "unknown" for an out-of-range value.
[[nodiscard]] constexpr std::string_view to_string(tier value) noexcept {
  return detail::name_of(value, detail::tier_names);
}
[[nodiscard]] constexpr std::string_view to_string(toggle value) noexcept {
  return detail::name_of(value, detail::toggle_names);
}
[[nodiscard]] constexpr std::string_view to_string(mode value) noexcept {
  return detail::name_of(value, detail::mode_names);
}

CONSENT_END_NAMESPACE
