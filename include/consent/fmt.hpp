// consent: the SDK's public types in fmt, and in std::format where the standard library has it,
// with the text operator<< writes (to_string.hpp) and the standard spec of a string: fill,
// alignment, width and precision ("{:>20}", "{:*^24}"). Opt-in: it includes <fmt/format.h>.
//   fmt::print("{} is {}\n", s, consent::evaluate(s));  // plus/off/standard is refused (opted_out)
#pragma once

#include <string_view>
#include <type_traits>

#include <fmt/format.h>

#include <consent/consent.hpp>
#include <consent/to_string.hpp>

#if defined(__has_include)
#if __has_include(<version>)
#include <version>
#endif
#endif
// CONSENT_HAS_STD_FORMAT is 1 where std::formatter is specialised too.
#if defined(__cpp_lib_format) && defined(__cpp_concepts)
#include <format>
#define CONSENT_HAS_STD_FORMAT 1
#else
#define CONSENT_HAS_STD_FORMAT 0
#endif

// Formats the text as a string: the string spec parses and applies fill, width, alignment.
template <class T>
struct fmt::formatter<T, char, std::enable_if_t<::consent::detail::has_to_string<T>::value>>
    : fmt::formatter<std::string_view, char> {
  template <class Context>
  auto format(const T& value, Context& ctx) const -> decltype(ctx.out()) {
    const auto text = ::consent::to_string(value);
    return fmt::formatter<std::string_view, char>::format(std::string_view(text), ctx);
  }
};

#if CONSENT_HAS_STD_FORMAT
template <class T>
requires ::consent::detail::has_to_string<T>::value struct std::formatter<T, char>
    : std::formatter<std::string_view, char> {
  template <class Context>
  auto format(const T& value, Context& ctx) const -> decltype(ctx.out()) {
    const auto text = ::consent::to_string(value);
    // A copy: some libraries' string formatter has a non-const format() (before P2418).
    std::formatter<std::string_view, char> text_formatter = *this;
    return text_formatter.format(std::string_view(text), ctx);
  }
};
#endif
