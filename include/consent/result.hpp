// consent: a value or the error that prevented it. Errors are values here, never exceptions.
#pragma once

#include <type_traits>
#include <utility>
#include <variant>

#include <consent/config.hpp>
#include <consent/version.hpp>

CONSENT_BEGIN_NAMESPACE

// Like std::expected<T, E> (C++23), for C++17 and for builds without exceptions: has_value(),
// explicit bool, *, -> and error(). Reading the side that is not there is a precondition violation,
// caught by CONSENT_ASSERT, never an exception.
template <class T, class E>
class result {
  static_assert(!std::is_same_v<T, E>, "consent::result<T, E>: T and E must differ");

 public:
  using value_type = T;
  using error_type = E;

  constexpr result(T value) noexcept(std::is_nothrow_move_constructible_v<T>)  // NOLINT: implicit
      : storage_(std::in_place_index<0>, std::move(value)) {}
  constexpr result(E error) noexcept(std::is_nothrow_move_constructible_v<E>)  // NOLINT: implicit
      : storage_(std::in_place_index<1>, std::move(error)) {}

  [[nodiscard]] constexpr bool has_value() const noexcept { return storage_.index() == 0; }
  [[nodiscard]] constexpr explicit operator bool() const noexcept { return has_value(); }

  [[nodiscard]] constexpr T& operator*() & noexcept { return *value_ptr(); }
  [[nodiscard]] constexpr const T& operator*() const& noexcept { return *value_ptr(); }
  [[nodiscard]] constexpr T&& operator*() && noexcept { return std::move(*value_ptr()); }
  [[nodiscard]] constexpr T* operator->() noexcept { return value_ptr(); }
  [[nodiscard]] constexpr const T* operator->() const noexcept { return value_ptr(); }

  [[nodiscard]] constexpr const E& error() const& noexcept {
    CONSENT_ASSERT(!has_value());
    return *std::get_if<1>(&storage_);
  }

  // The value, or `fallback` when there is an error.
  template <class U>
  [[nodiscard]] constexpr T value_or(U&& fallback) const& {
    return has_value() ? **this : static_cast<T>(std::forward<U>(fallback));
  }

 private:
  constexpr T* value_ptr() noexcept {
    CONSENT_ASSERT(has_value());
    return std::get_if<0>(&storage_);
  }
  constexpr const T* value_ptr() const noexcept {
    CONSENT_ASSERT(has_value());
    return std::get_if<0>(&storage_);
  }

  std::variant<T, E> storage_;
};

CONSENT_END_NAMESPACE
