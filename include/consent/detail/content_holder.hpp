// consent: the content a tagged<T, S> or a trainable<T> carries, and the accessors both offer.
#pragma once

#include <type_traits>
#include <utility>

#include <consent/version.hpp>

CONSENT_BEGIN_NAMESPACE
namespace detail {

// A private base: it adds no size over T, and copies and moves exactly as T does.
template <class T>
class content_holder {
  static_assert(!std::is_reference_v<T> && !std::is_const_v<T>,
                "consent: the content type must be a plain object type, not a reference or const");

 public:
  using value_type = T;

  [[nodiscard]] constexpr T& value() & noexcept { return content_; }
  [[nodiscard]] constexpr const T& value() const& noexcept { return content_; }
  [[nodiscard]] constexpr T&& value() && noexcept { return std::move(content_); }
  [[nodiscard]] constexpr T& operator*() & noexcept { return content_; }
  [[nodiscard]] constexpr const T& operator*() const& noexcept { return content_; }
  [[nodiscard]] constexpr T&& operator*() && noexcept { return std::move(content_); }
  [[nodiscard]] constexpr T* operator->() noexcept { return &content_; }
  [[nodiscard]] constexpr const T* operator->() const noexcept { return &content_; }

 protected:
  // Builds T from the arguments, aggregates included, in place: make() returns a prvalue, so
  // content_ is initialised from it directly (guaranteed elision), never moved again.
  template <class... Args>
  constexpr explicit content_holder(std::in_place_t, Args&&... args)
      : content_(make(std::forward<Args>(args)...)) {}

 private:
  template <class... Args>
  static constexpr T make(Args&&... args) {
    if constexpr (std::is_constructible_v<T, Args...>) {
      return T(std::forward<Args>(args)...);
    } else {
      return T{std::forward<Args>(args)...};
    }
  }

  T content_;
};

}  // namespace detail
CONSENT_END_NAMESPACE
