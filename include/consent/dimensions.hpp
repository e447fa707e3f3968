// consent: the dimensions of a consent state (see docs/policy/interpretation.md, "Dimensions",
// and docs/policy/interpretation-2026-10-05.md for the tiers and the feedback event added since).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <consent/detail/names.hpp>
#include <consent/enums.hpp>
#include <consent/version.hpp>

CONSENT_BEGIN_NAMESPACE

// The account the content was submitted under. DALL-E consumer content counts as free or plus (C4).
// pro, go and edu came later (appended, so every value written by 0.1 keeps its meaning); a policy
// that does not name a tier refuses its content (R9). Team was renamed Business on 2025-08-29
// (R10): tier::business is tier::team, one tier under both names; its text is "team", and
// "business" parses to it.
enum class tier : std::uint8_t { free, plus, team, enterprise, api, pro, go, edu, business = team };

// The "Improve the model" setting; for team, enterprise and api: the workspace's or organisation's
// data-sharing opt-in. `unset` means never touched, which is not the same as `off` (R1, R3).
enum class toggle : std::uint8_t { unset, on, off };

// The chat mode. The API has no Temporary Chat (R4).
enum class mode : std::uint8_t { standard, temporary };

// Whether the user gave feedback (thumbs up or down) in the conversation: an event on the content,
// not a setting. A snapshot built from the three 0.1 fields has none. A policy that does not name
// the event refuses content that carries it (R9).
enum class feedback : std::uint8_t { none, given };

namespace detail {
template <>
struct enum_names<tier> {
  static constexpr std::array<std::string_view, 8> names{"free", "plus", "team", "enterprise",
                                                         "api",  "pro",  "go",   "edu"};
};
template <>
struct enum_names<toggle> {
  static constexpr std::array<std::string_view, 3> names{"unset", "on", "off"};
};
template <>
struct enum_names<mode> {
  static constexpr std::array<std::string_view, 2> names{"standard", "temporary"};
};
template <>
struct enum_names<feedback> {
  static constexpr std::array<std::string_view, 2> names{"none", "given"};
};
}  // namespace detail

// How many values each dimension has (enum_count<tier>, ...).
inline constexpr std::size_t tier_count = enum_count<tier>;
inline constexpr std::size_t toggle_count = enum_count<toggle>;
inline constexpr std::size_t mode_count = enum_count<mode>;
inline constexpr std::size_t feedback_count = enum_count<feedback>;

CONSENT_END_NAMESPACE
