// consent: the name table of each enum of the SDK, and the internals that read it. The public
// calls over it (to_string, is_valid, enum_count, all_values) are in <consent/enums.hpp>.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>
#include <type_traits>

#include <consent/version.hpp>

CONSENT_BEGIN_NAMESPACE
namespace detail {

// Specialised beside each enum: `static constexpr std::array<std::string_view, N> names`, the
// lowercase names in enumerator order. The text forms, the tables and the vectors all read these,
// so a name is spelled exactly once.
template <class Enum>
struct enum_names;

template <class Enum, class = void>
struct has_enum_names : std::false_type {};
template <class Enum>
struct has_enum_names<Enum, std::void_t<decltype(enum_names<Enum>::names)>> : std::true_type {};
template <class Enum>
using if_named_enum = std::enable_if_t<has_enum_names<Enum>::value, int>;

// The named enums of the umbrella header, for the adapters that must hook each one by its exact
// type (nlohmann's and doctest's own hooks are templates over any enum, and only an exact overload
// wins): X(tier) X(toggle) ... One list, so that an enum added to the SDK is added to every
// adapter.
#define CONSENT_DETAIL_FOR_EACH_ENUM(X) \
  X(tier) X(toggle) X(mode) X(feedback) X(reason) X(parse_errc) X(decode_errc)

// False, but only once T is known: for a static_assert that fires only when instantiated.
template <class T>
inline constexpr bool always_false = false;

// What to_string answers for a value outside its enum (an integer cast in): no name, so nothing
// parses it back.
inline constexpr std::string_view unknown_name = "unknown";

// What a snapshot field holds until it is set: outside every enum, so never part of a state.
template <class Enum>
inline constexpr Enum never_set = static_cast<Enum>(0xFF);

// The longest name of an enum, "unknown" (what an out-of-range value prints as) included.
template <class Enum>
[[nodiscard]] constexpr std::size_t longest_name() noexcept {
  std::size_t longest = unknown_name.size();
  for (const std::string_view name : enum_names<Enum>::names) {
    longest = name.size() > longest ? name.size() : longest;
  }
  return longest;
}

// The index of the enumerator whose name is exactly `name`, or the enum's count when none is.
template <class Enum>
[[nodiscard]] constexpr std::size_t find_name(std::string_view name) noexcept {
  std::size_t index = 0;
  for (const std::string_view candidate : enum_names<Enum>::names) {
    if (candidate == name) return index;
    ++index;
  }
  return index;
}

}  // namespace detail
CONSENT_END_NAMESPACE
