// consent: text held in place, the one shape of every text the SDK writes (a state's text, a rule's
// words, an audit line, what printers print): no allocation, always NUL-terminated, cut rather
// than overrun. Converts to std::string_view.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

#include <consent/version.hpp>

CONSENT_BEGIN_NAMESPACE

// At most Capacity characters (max_size), and a NUL after them.
template <std::size_t Capacity>
class fixed_text {
 public:
  static constexpr std::size_t max_size = Capacity;

  constexpr fixed_text() noexcept = default;
  // A text written out whole with its NUL padding (detail/state_texts.hpp): one fixed-size copy.
  // The size is cut to the capacity, and the text ends at it, whatever the buffer holds.
  constexpr fixed_text(const char (&chars)[Capacity + 1], std::size_t size) noexcept
      : size_(size < Capacity ? size : Capacity) {
    for (std::size_t i = 0; i < Capacity; ++i) chars_[i] = chars[i];
    chars_[size_] = '\0';
  }

  [[nodiscard]] constexpr std::string_view view() const noexcept { return {chars_, size_}; }
  constexpr operator std::string_view() const noexcept { return view(); }  // NOLINT: implicit
  [[nodiscard]] constexpr const char* data() const noexcept { return chars_; }
  [[nodiscard]] constexpr std::size_t size() const noexcept { return size_; }
  // NUL-terminated, for C interfaces.
  [[nodiscard]] constexpr const char* c_str() const noexcept { return chars_; }

  // Bounded even if a capacity were wrong: the text is cut, never written past its buffer.
  // A plain loop over plain arrays: texts built at compile time cost the compiler little.
  constexpr void append(std::string_view part) noexcept {
    const char* from = part.data();
    const std::size_t room = Capacity - size_;
    const std::size_t n = part.size() < room ? part.size() : room;
    for (std::size_t i = 0; i < n; ++i) chars_[size_ + i] = from[i];
    size_ += n;
  }

  [[nodiscard]] friend constexpr bool operator==(const fixed_text& a, std::string_view b) noexcept {
    return a.view() == b;
  }
  [[nodiscard]] friend constexpr bool operator!=(const fixed_text& a, std::string_view b) noexcept {
    return a.view() != b;
  }

 private:
  char chars_[Capacity + 1] = {};
  std::size_t size_ = 0;
};

CONSENT_END_NAMESPACE
