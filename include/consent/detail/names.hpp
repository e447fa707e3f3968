// consent: what every enum and every plain value type of the SDK shares, written once: the name
// table of each enum and what derives from it (to_string, is_valid, the count), and memberwise
// equality.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>
#include <type_traits>
#if defined(__cpp_impl_three_way_comparison) && __cpp_impl_three_way_comparison >= 201907L && \
    __has_include(<compare>)
#include <compare>
#endif

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

// True when a and b agree on every listed member: same_members(a, b, &T::x, &T::y).
template <class T, class... Member>
[[nodiscard]] constexpr bool same_members(const T& a, const T& b, Member T::*... members) noexcept {
  return ((a.*members == b.*members) && ...);
}

// -1, 0 or 1: a and b compared member by member, in the order listed (each an enum or a bool).
template <class T, class... Member>
[[nodiscard]] constexpr int compare_members(const T& a, const T& b,
                                            Member T::*... members) noexcept {
  int result = 0;
  ((result = result != 0 ? result : (a.*members < b.*members ? -1 : b.*members < a.*members)), ...);
  return result;
}

}  // namespace detail

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

// Memberwise == and != for a plain value type, inside its definition:
//   CONSENT_DETAIL_EQUALITY(snapshot, &snapshot::account, &snapshot::improve_model, ...)
#define CONSENT_DETAIL_EQUALITY(type, ...)                                                \
  [[nodiscard]] friend constexpr bool operator==(const type& a, const type& b) noexcept { \
    return ::consent::detail::same_members(a, b, __VA_ARGS__);                            \
  }                                                                                       \
  [[nodiscard]] friend constexpr bool operator!=(const type& a, const type& b) noexcept { \
    return !(a == b);                                                                     \
  }

// Memberwise ordering for a plain value type, inside its definition, after its equality: <, <=,
// >, >= in C++17, and <=> (strong ordering) from C++20 on. Members compare in the order listed.
#if defined(__cpp_impl_three_way_comparison) && __cpp_impl_three_way_comparison >= 201907L && \
    __has_include(<compare>)
#define CONSENT_DETAIL_ORDERING(type, ...)                                                  \
  [[nodiscard]] friend constexpr std::strong_ordering operator<=>(const type& a,            \
                                                                  const type& b) noexcept { \
    const int c = ::consent::detail::compare_members(a, b, __VA_ARGS__);                    \
    return c < 0   ? std::strong_ordering::less                                             \
           : c > 0 ? std::strong_ordering::greater                                          \
                   : std::strong_ordering::equal;                                           \
  }
#else
#define CONSENT_DETAIL_ORDERING(type, ...)                                                \
  [[nodiscard]] friend constexpr bool operator<(const type& a, const type& b) noexcept {  \
    return ::consent::detail::compare_members(a, b, __VA_ARGS__) < 0;                     \
  }                                                                                       \
  [[nodiscard]] friend constexpr bool operator>(const type& a, const type& b) noexcept {  \
    return b < a;                                                                         \
  }                                                                                       \
  [[nodiscard]] friend constexpr bool operator<=(const type& a, const type& b) noexcept { \
    return !(b < a);                                                                      \
  }                                                                                       \
  [[nodiscard]] friend constexpr bool operator>=(const type& a, const type& b) noexcept { \
    return !(a < b);                                                                      \
  }
#endif
