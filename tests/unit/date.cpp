#include <consent/date.hpp>

#include <cstdint>

#include "catch.hpp"

using namespace consent;

TEST_CASE("days_since_epoch matches the calendar", "[date]") {
  // Seconds from the epoch, as an independent calendar (Python's datetime) gives them.
  const struct {
    date day;
    std::int64_t seconds;
  } known[] = {{{2024, 6, 12}, 1718150400}, {{2025, 1, 1}, 1735689600},
               {{2026, 3, 1}, 1772323200},  {{1970, 1, 1}, 0},
               {{1969, 12, 31}, -86400},    {{2000, 2, 29}, 951782400},
               {{1, 1, 1}, -62135596800},   {{9999, 12, 31}, 253402214400}};
  for (const auto& k : known) {
    CAPTURE(k.day.year, k.day.month, k.day.day);
    CHECK(is_valid(k.day));
    CHECK(detail::days_since_epoch(k.day) * 86400 == k.seconds);
  }
}

TEST_CASE("only real calendar days are valid dates", "[date]") {
  CHECK_FALSE(is_valid(date{2023, 2, 29}));
  CHECK(is_valid(date{2024, 2, 29}));
  CHECK_FALSE(is_valid(date{1900, 2, 29}));
  CHECK(is_valid(date{2000, 2, 29}));
  CHECK_FALSE(is_valid(date{2024, 13, 1}));
  CHECK_FALSE(is_valid(date{2024, 4, 31}));
  CHECK_FALSE(is_valid(date{0, 1, 1}));
  CHECK_FALSE(is_valid(date{10000, 1, 1}));
  CHECK_FALSE(is_valid(date{2024, 0, 10}));
  CHECK_FALSE(is_valid(date{2024, 1, 0}));
}

TEST_CASE("dates order by year, month, day", "[date]") {
  CHECK(date{2024, 6, 12} < date{2024, 6, 13});
  CHECK(date{2024, 6, 30} < date{2024, 7, 1});
  CHECK(date{2023, 12, 31} < date{2024, 1, 1});
  CHECK_FALSE(date{2024, 6, 12} < date{2024, 6, 12});
  CHECK(date{2024, 6, 12} == date{2024, 6, 12});
}
