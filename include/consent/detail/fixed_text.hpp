// consent: text held in place, for the SDK's text outputs (a state's text, a rule's words, an audit
// line): no allocation, always NUL-terminated, cut rather than overrun.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

#include <consent/version.hpp>

CONSENT_BEGIN_NAMESPACE
namespace detail {

template <std::size_t Capacity>
class fixed_text {
 public:
  static constexpr std::size_t capacity = Capacity;

  [[nodiscard]] constexpr std::string_view view() const noexcept { return {chars_.data(), size_}; }
  constexpr operator std::string_view() const noexcept { return view(); }  // NOLINT: implicit
  [[nodiscard]] constexpr const char* data() const noexcept { return chars_.data(); }
  [[nodiscard]] constexpr std::size_t size() const noexcept { return size_; }
  // NUL-terminated, for C interfaces.
  [[nodiscard]] constexpr const char* c_str() const noexcept { return chars_.data(); }

  // Bounded even if a capacity were wrong: the text is cut, never written past its buffer.
  constexpr void append(std::string_view part) noexcept {
    for (const char c : part) {
      if (size_ < Capacity) chars_[size_++] = c;
    }
  }

 private:
  std::array<char, Capacity + 1> chars_{};
  std::size_t size_ = 0;
};

}  // namespace detail
CONSENT_END_NAMESPACE
