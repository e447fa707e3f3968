// consent: memberwise equality and ordering for the SDK's plain value types, written once.
#pragma once

#if defined(__cpp_impl_three_way_comparison) && __cpp_impl_three_way_comparison >= 201907L && \
    __has_include(<compare>)
#include <compare>
#endif

#include <consent/version.hpp>

CONSENT_BEGIN_NAMESPACE
namespace detail {

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
