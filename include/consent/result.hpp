// consent: a value or the error that prevented it. Errors are values here, never exceptions.
#pragma once

#include <new>
#include <type_traits>
#include <utility>

#include <consent/config.hpp>
#include <consent/version.hpp>

CONSENT_BEGIN_NAMESPACE

namespace detail {

// Trivially copyable sides (snapshots, errors) live in a plain union, usable in constant
// expressions.
template <class T, class E,
          bool Trivial = (std::is_trivially_copyable_v<T> && std::is_trivially_copyable_v<E>)>
class result_storage {
 public:
  constexpr result_storage(std::in_place_index_t<0>, T&& value)
      : value_(std::move(value)), has_value_(true) {}
  constexpr result_storage(std::in_place_index_t<1>, E&& error)
      : error_(std::move(error)), has_value_(false) {}

  [[nodiscard]] constexpr bool has_value() const noexcept { return has_value_; }
  [[nodiscard]] constexpr T* value() noexcept { return &value_; }
  [[nodiscard]] constexpr const T* value() const noexcept { return &value_; }
  [[nodiscard]] constexpr const E* error() const noexcept { return &error_; }

 private:
  union {
    T value_;
    E error_;
  };
  bool has_value_;
};

// Anything else: the same union, with the constructors and destructor run by hand.
template <class T, class E>
class result_storage<T, E, false> {
 public:
  constexpr result_storage(std::in_place_index_t<0>, T&& value)
      : value_(std::move(value)), has_value_(true) {}
  constexpr result_storage(std::in_place_index_t<1>, E&& error)
      : error_(std::move(error)), has_value_(false) {}

  result_storage(const result_storage& other) : has_value_(other.has_value_) {
    if (has_value_) {
      ::new (static_cast<void*>(&value_)) T(other.value_);
    } else {
      ::new (static_cast<void*>(&error_)) E(other.error_);
    }
  }
  result_storage(result_storage&& other) noexcept(
      std::is_nothrow_move_constructible_v<T>&& std::is_nothrow_move_constructible_v<E>)
      : has_value_(other.has_value_) {
    if (has_value_) {
      ::new (static_cast<void*>(&value_)) T(std::move(other.value_));
    } else {
      ::new (static_cast<void*>(&error_)) E(std::move(other.error_));
    }
  }
  // Copy first, so that a throwing copy leaves this result as it was.
  result_storage& operator=(const result_storage& other) {
    if (this != &other) *this = result_storage(other);
    return *this;
  }
  result_storage& operator=(result_storage&& other) noexcept(
      std::is_nothrow_move_constructible_v<T>&& std::is_nothrow_move_constructible_v<E>) {
    if (this != &other) {
      destroy();
      ::new (static_cast<void*>(this)) result_storage(std::move(other));
    }
    return *this;
  }
  ~result_storage() { destroy(); }

  [[nodiscard]] constexpr bool has_value() const noexcept { return has_value_; }
  [[nodiscard]] constexpr T* value() noexcept { return &value_; }
  [[nodiscard]] constexpr const T* value() const noexcept { return &value_; }
  [[nodiscard]] constexpr const E* error() const noexcept { return &error_; }

 private:
  void destroy() noexcept {
    if (has_value_) {
      value_.~T();
    } else {
      error_.~E();
    }
  }

  union {
    T value_;
    E error_;
  };
  bool has_value_;
};

// Deletes the copy (and move) operations a result must not have because T or E lacks them, so that
// std::is_copy_constructible and friends tell the truth about result<T, E>.
template <bool Copyable, bool Movable>
struct copy_control {};
template <>
struct copy_control<false, true> {
  copy_control() = default;
  copy_control(const copy_control&) = delete;
  copy_control(copy_control&&) = default;
  copy_control& operator=(const copy_control&) = delete;
  copy_control& operator=(copy_control&&) = default;
  ~copy_control() = default;
};
template <>
struct copy_control<false, false> {
  copy_control() = default;
  copy_control(const copy_control&) = delete;
  copy_control(copy_control&&) = delete;
  copy_control& operator=(const copy_control&) = delete;
  copy_control& operator=(copy_control&&) = delete;
  ~copy_control() = default;
};
template <class T, class E>
using copy_control_for =
    copy_control<std::is_copy_constructible_v<T> && std::is_copy_constructible_v<E>,
                 std::is_move_constructible_v<T> && std::is_move_constructible_v<E>>;

}  // namespace detail

// Like std::expected<T, E> (C++23), for C++17 and for builds without exceptions: has_value(),
// explicit bool, *, -> and error(). Reading the side that is not there is a precondition violation,
// caught by CONSENT_ASSERT, never an exception.
template <class T, class E>
class result : private detail::copy_control_for<T, E> {
  static_assert(!std::is_same_v<T, E>, "consent::result<T, E>: T and E must differ");

 public:
  using value_type = T;
  using error_type = E;

  constexpr result(T value) noexcept(std::is_nothrow_move_constructible_v<T>)  // NOLINT: implicit
      : storage_(std::in_place_index<0>, std::move(value)) {}
  constexpr result(E error) noexcept(std::is_nothrow_move_constructible_v<E>)  // NOLINT: implicit
      : storage_(std::in_place_index<1>, std::move(error)) {}

  [[nodiscard]] constexpr bool has_value() const noexcept { return storage_.has_value(); }
  [[nodiscard]] constexpr explicit operator bool() const noexcept { return has_value(); }

  [[nodiscard]] constexpr T& operator*() & noexcept { return *value_ptr(); }
  [[nodiscard]] constexpr const T& operator*() const& noexcept { return *value_ptr(); }
  [[nodiscard]] constexpr T&& operator*() && noexcept { return std::move(*value_ptr()); }
  [[nodiscard]] constexpr T* operator->() noexcept { return value_ptr(); }
  [[nodiscard]] constexpr const T* operator->() const noexcept { return value_ptr(); }

  [[nodiscard]] constexpr const E& error() const& noexcept {
    CONSENT_ASSERT(!has_value());
    return *storage_.error();
  }

  // The value, or `fallback` when there is an error.
  template <class U>
  [[nodiscard]] constexpr T value_or(U&& fallback) const& {
    return has_value() ? **this : static_cast<T>(std::forward<U>(fallback));
  }

 private:
  constexpr T* value_ptr() noexcept {
    CONSENT_ASSERT(has_value());
    return storage_.value();
  }
  constexpr const T* value_ptr() const noexcept {
    CONSENT_ASSERT(has_value());
    return storage_.value();
  }

  detail::result_storage<T, E> storage_;
};

CONSENT_END_NAMESPACE
