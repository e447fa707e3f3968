// consent: a set of values of one of the SDK's enums, the building block of a rule.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string_view>

#include <consent/detail/comparison.hpp>
#include <consent/enums.hpp>
#include <consent/version.hpp>

CONSENT_BEGIN_NAMESPACE

// The values of Enum a rule matches, as a bit set: values_of(tier::free, tier::plus), or
// every_value<toggle>. Out-of-range values are never members.
template <class Enum>
class value_set {
  static_assert(enum_count<Enum> <= 32, "consent::value_set: at most 32 values");

 public:
  constexpr value_set() noexcept = default;
  constexpr value_set(std::initializer_list<Enum> values) noexcept {
    for (const Enum value : values) {
      if (is_valid(value)) bits_ |= std::uint32_t{1} << static_cast<unsigned>(value);
    }
  }

  [[nodiscard]] static constexpr value_set all() noexcept {
    value_set every;
    every.bits_ = (std::uint32_t{1} << enum_count<Enum>)-1U;
    return every;
  }

  [[nodiscard]] constexpr bool contains(Enum value) const noexcept {
    return is_valid(value) && ((bits_ >> static_cast<unsigned>(value)) & 1U) != 0;
  }
  [[nodiscard]] constexpr bool is_all() const noexcept { return bits_ == all().bits_; }
  [[nodiscard]] constexpr bool empty() const noexcept { return bits_ == 0; }
  [[nodiscard]] constexpr std::size_t size() const noexcept {
    std::size_t count = 0;
    for (std::uint32_t rest = bits_; rest != 0; rest &= rest - 1) ++count;
    return count;
  }

  CONSENT_DETAIL_EQUALITY(value_set, &value_set::bits_)

 private:
  std::uint32_t bits_ = 0;
};

// every_value<toggle>: the set a rule uses for a dimension it does not look at.
template <class Enum>
inline constexpr value_set<Enum> every_value = value_set<Enum>::all();

CONSENT_END_NAMESPACE
