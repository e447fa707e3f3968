// consent: a calendar date, for the day a policy starts to govern.
#pragma once

#include <cstdint>

#include <consent/detail/comparison.hpp>
#include <consent/enums.hpp>
#include <consent/version.hpp>

CONSENT_BEGIN_NAMESPACE

// A day of the proleptic Gregorian calendar, in UTC: date{2024, 6, 12}. A policy's effective date
// is the first day it governs, from 00:00 UTC on.
struct date {
  int year;
  int month;  // 1-12
  int day;    // 1-31

  CONSENT_DETAIL_EQUALITY(date, &date::year, &date::month, &date::day)
  [[nodiscard]] friend constexpr bool operator<(const date& a, const date& b) noexcept {
    if (a.year != b.year) return a.year < b.year;
    if (a.month != b.month) return a.month < b.month;
    return a.day < b.day;
  }
};

// True for a real calendar day (February 29 only in leap years), years 1 to 9999.
[[nodiscard]] constexpr bool is_valid(const date& d) noexcept {
  if (d.year < 1 || d.year > 9999 || d.month < 1 || d.month > 12 || d.day < 1) return false;
  const bool leap = (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0;
  constexpr int lengths[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return d.day <= lengths[d.month - 1] + (d.month == 2 && leap ? 1 : 0);
}

namespace detail {
// Days from 1970-01-01 to d (negative before), for a valid date: H. Hinnant's days_from_civil.
[[nodiscard]] constexpr std::int64_t days_since_epoch(const date& d) noexcept {
  const std::int64_t y = d.year - (d.month <= 2 ? 1 : 0);
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const std::int64_t year_of_era = y - era * 400;
  const std::int64_t month = d.month;
  const std::int64_t day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + d.day - 1;
  const std::int64_t day_of_era =
      year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}
}  // namespace detail

CONSENT_END_NAMESPACE
