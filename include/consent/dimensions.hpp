// consent: the three dimensions of a consent state (see docs/policy/interpretation.md,
// "Dimensions").
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <consent/detail/names.hpp>
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
template <>
struct enum_names<tier> {
  static constexpr std::array<std::string_view, 5> names{"free", "plus", "team", "enterprise",
                                                         "api"};
};
template <>
struct enum_names<toggle> {
  static constexpr std::array<std::string_view, 3> names{"unset", "on", "off"};
};
template <>
struct enum_names<mode> {
  static constexpr std::array<std::string_view, 2> names{"standard", "temporary"};
};
}  // namespace detail

// How many values each dimension has (enum_count<tier>, ...).
inline constexpr std::size_t tier_count = enum_count<tier>;
inline constexpr std::size_t toggle_count = enum_count<toggle>;
inline constexpr std::size_t mode_count = enum_count<mode>;

CONSENT_END_NAMESPACE
