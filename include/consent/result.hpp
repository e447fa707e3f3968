// consent: a value or the error that prevented it. Errors are values here, never exceptions.
#pragma once

#include <new>
#include <type_traits>
#include <utility>

#include <consent/config.hpp>
#include <consent/version.hpp>

CONSENT_BEGIN_NAMESPACE

namespace detail {

// Which side of a result is live. `none` exists only while a copy or move is being built, so that a
// throwing copy leaves nothing to destroy; no finished result is ever in it.
enum class result_side : unsigned char { value, error, none };

// The union of the two sides and which one is live. Its destructor is trivial when both sides' are
// (a proof, a snapshot, an error), so that such a result stays usable in constant expressions.
template <class T, class E,
          bool TriviallyDestructible =
              (std::is_trivially_destructible_v<T> && std::is_trivially_destructible_v<E>)>
struct result_union {
  constexpr result_union(std::in_place_index_t<0>, T&& value)
      : value_(std::move(value)), live_(result_side::value) {}
  constexpr result_union(std::in_place_index_t<1>, E&& error)
      : error_(std::move(error)), live_(result_side::error) {}
  explicit result_union(result_side none) noexcept : live_(none) {}

  void destroy() noexcept { live_ = result_side::none; }

  union {
    T value_;
    E error_;
  };
  result_side live_;
};
template <class T, class E>
struct result_union<T, E, false> {
  constexpr result_union(std::in_place_index_t<0>, T&& value)
      : value_(std::move(value)), live_(result_side::value) {}
  constexpr result_union(std::in_place_index_t<1>, E&& error)
      : error_(std::move(error)), live_(result_side::error) {}
  explicit result_union(result_side none) noexcept : live_(none) {}
  result_union(const result_union&) = delete;
  result_union& operator=(const result_union&) = delete;
  ~result_union() { destroy(); }

  void destroy() noexcept {
    if (live_ == result_side::value) value_.~T();
    if (live_ == result_side::error) error_.~E();
    live_ = result_side::none;
  }

  union {
    T value_;
    E error_;
  };
  result_side live_;
};

// Trivially copyable sides (snapshots, errors) copy as the plain union does.
template <class T, class E,
          bool Trivial = (std::is_trivially_copyable_v<T> && std::is_trivially_copyable_v<E>)>
class result_storage : private result_union<T, E> {
  using base = result_union<T, E>;

 public:
  using base::base;

  [[nodiscard]] constexpr bool has_value() const noexcept {
    return this->live_ == result_side::value;
  }
  [[nodiscard]] constexpr T* value() noexcept { return &this->value_; }
  [[nodiscard]] constexpr const T* value() const noexcept { return &this->value_; }
  [[nodiscard]] constexpr const E* error() const noexcept { return &this->error_; }
};

// Anything else: copies, moves and assignments run by hand on the live side.
template <class T, class E>
class result_storage<T, E, false> : private result_union<T, E> {
  using base = result_union<T, E>;
  using base::error_;
  using base::live_;
  using base::value_;

 public:
  using base::base;

  result_storage(const result_storage& other) : base(result_side::none) {
    if (other.has_value()) {
      emplace_value(other.value_);
    } else {
      emplace_error(other.error_);
    }
  }
  result_storage(result_storage&& other) noexcept(
      std::is_nothrow_move_constructible_v<T>&& std::is_nothrow_move_constructible_v<E>)
      : base(result_side::none) {
    if (other.has_value()) {
      emplace_value(std::move(other.value_));
    } else {
      emplace_error(std::move(other.error_));
    }
  }
  // Copy first, so that a throwing copy leaves this result as it was.
  result_storage& operator=(const result_storage& other) {
    if (this != &other) *this = result_storage(other);
    return *this;
  }
  // When moving T throws, this result keeps what it held (the strong guarantee). E, an error value,
  // must not throw when moved, so that only T's own move can fail.
  result_storage& operator=(result_storage&& other) noexcept(
      std::is_nothrow_move_constructible_v<T>&& std::is_nothrow_move_assignable_v<T>) {
    static_assert(std::is_nothrow_move_constructible_v<E>,
                  "consent::result<T, E>: moving the error type E must not throw");
    if (this == &other) return *this;
    if (has_value() && other.has_value()) {
      value_ = std::move(other.value_);
    } else if (!has_value() && !other.has_value()) {
      error_ = std::move(other.error_);
    } else if (has_value()) {
      // The live side is known here: destroying it by name, not through destroy()'s test, also
      // keeps g++ 12 at -O3 from warning that the other side "may be used uninitialized".
      value_.~T();
      live_ = result_side::none;
      emplace_error(std::move(other.error_));
    } else {
      // Park the error, build the value; should building it throw, the guard puts the error back.
      E parked(std::move(error_));
      error_.~E();
      live_ = result_side::none;
      restore_error guard{this, &parked};
      emplace_value(std::move(other.value_));
      guard.self = nullptr;
    }
    return *this;
  }
  ~result_storage() = default;

  [[nodiscard]] constexpr bool has_value() const noexcept { return live_ == result_side::value; }
  [[nodiscard]] constexpr T* value() noexcept { return &value_; }
  [[nodiscard]] constexpr const T* value() const noexcept { return &value_; }
  [[nodiscard]] constexpr const E* error() const noexcept { return &error_; }

 private:
  // Each marks its side live only once it is built.
  template <class U>
  void emplace_value(U&& from) {
    ::new (static_cast<void*>(&value_)) T(std::forward<U>(from));
    live_ = result_side::value;
  }
  template <class U>
  void emplace_error(U&& from) noexcept {
    ::new (static_cast<void*>(&error_)) E(std::forward<U>(from));
    live_ = result_side::error;
  }

  struct restore_error {
    result_storage* self;
    E* parked;
    ~restore_error() {
      if (self != nullptr) self->emplace_error(std::move(*parked));
    }
  };
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
// explicit bool, *, ->, value() and error(). Reading the side that is not there is a precondition
// violation: CONSENT_ASSERT reports it and the program stops, never an exception, never a value.
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

  // Reading the value of a result that holds an error stops the program (CONSENT_ASSERT), in every
  // build: an error never passes for a value.
  [[nodiscard]] constexpr T& operator*() & noexcept { return *value_ptr(); }
  [[nodiscard]] constexpr const T& operator*() const& noexcept { return *value_ptr(); }
  [[nodiscard]] constexpr T&& operator*() && noexcept { return std::move(*value_ptr()); }
  [[nodiscard]] constexpr T* operator->() noexcept { return value_ptr(); }
  [[nodiscard]] constexpr const T* operator->() const noexcept { return value_ptr(); }
  [[nodiscard]] constexpr T& value() & noexcept { return *value_ptr(); }
  [[nodiscard]] constexpr const T& value() const& noexcept { return *value_ptr(); }
  [[nodiscard]] constexpr T&& value() && noexcept { return std::move(*value_ptr()); }

  // The error; reading it from a result that holds a value stops the program likewise.
  [[nodiscard]] constexpr const E& error() const& noexcept {
    CONSENT_DETAIL_REQUIRE(!has_value(),
                           "consent::result: error() of a result that holds a value; check "
                           "has_value() first");
    return *storage_.error();
  }

  // The value, or `fallback` when there is an error.
  template <class U>
  [[nodiscard]] constexpr T value_or(U&& fallback) const& {
    return has_value() ? **this : static_cast<T>(std::forward<U>(fallback));
  }

 private:
  constexpr T* value_ptr() noexcept {
    CONSENT_DETAIL_REQUIRE(has_value(),
                           "consent::result: the value of a result that holds an error; check "
                           "has_value() first");
    return storage_.value();
  }
  constexpr const T* value_ptr() const noexcept {
    CONSENT_DETAIL_REQUIRE(has_value(),
                           "consent::result: the value of a result that holds an error; check "
                           "has_value() first");
    return storage_.value();
  }

  detail::result_storage<T, E> storage_;
};

CONSENT_END_NAMESPACE
