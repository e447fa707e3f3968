// consent: a segment of a history, the rows between two of its instants, which share their codes;
// the exact test of a row, and of eight rows at once.
#pragma once

#include <cstddef>
#include <cstdint>
#include <type_traits>

#include <consent/detail/backfill_codes.hpp>
#include <consent/detail/capture_time.hpp>
#include <consent/version.hpp>

CONSENT_BEGIN_NAMESPACE
namespace detail {

// The rows strictly between two instants of a history share their codes: a segment. For integer
// counts a row's exact test is one unsigned comparison (t - lower - 1 < upper - lower - 1, exact
// for any two 64-bit counts).
template <class Duration>
struct segment {
  using time = capture_time<Duration>;
  using rep = typename Duration::rep;
  static constexpr bool one_comparison = std::is_integral_v<rep> && sizeof(rep) <= 8;

  time lower = time::min();
  time upper = time::min();
  std::uint64_t base = 0;   // lower + 1
  std::uint64_t width = 0;  // upper - lower - 1, or 0 when nothing lies between
  spread_codes codes{};     // invalid in both modes before the first change
  bool before_first = true;
  std::size_t after = 0;  // the history's first change after `lower`

  static constexpr std::uint64_t count(time t) noexcept {
    return static_cast<std::uint64_t>(static_cast<std::int64_t>(t.time_since_epoch().count()));
  }
  constexpr void set(time low, time high) noexcept {
    lower = low;
    upper = high;
    if constexpr (one_comparison) {
      base = count(lower) + 1;
      width = lower < upper ? count(upper) - base : 0;
    }
  }
  [[nodiscard]] constexpr bool holds(time t) const noexcept {
    if constexpr (one_comparison) {
      return count(t) - base < width;
    } else {
      return lower < t && t < upper;
    }
  }
  // Which of t[0..7] lie in the segment, as bits 0-7: the exact test of each row.
  [[nodiscard]] constexpr unsigned holds_mask8(const time* t) const noexcept {
    return static_cast<unsigned>(holds(t[0])) | static_cast<unsigned>(holds(t[1])) << 1U |
           static_cast<unsigned>(holds(t[2])) << 2U | static_cast<unsigned>(holds(t[3])) << 3U |
           static_cast<unsigned>(holds(t[4])) << 4U | static_cast<unsigned>(holds(t[5])) << 5U |
           static_cast<unsigned>(holds(t[6])) << 6U | static_cast<unsigned>(holds(t[7])) << 7U;
  }
  // All eight of t[0..7] in the segment, when they are in time order: the first past `lower`, the
  // last before `upper`, and each no later than the next. For rows in time order every comparison
  // holds, so each branch is predicted and costs about one instruction; otherwise the caller
  // tests each row exactly. The counts are compared, not the time points: a time point's a <= b
  // is !(b < a), which holds for NaN, where a comparison of counts fails.
  [[nodiscard]] constexpr bool holds8(const time* t) const noexcept {
    const auto c = [t](std::size_t r) { return t[r].time_since_epoch().count(); };
    return lower < t[0] && t[7] < upper && c(0) <= c(1) && c(1) <= c(2) && c(2) <= c(3) &&
           c(3) <= c(4) && c(4) <= c(5) && c(5) <= c(6) && c(6) <= c(7);
  }
};

}  // namespace detail
CONSENT_END_NAMESPACE
