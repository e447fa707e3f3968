// state_at and backfill on random histories and tables read from the input, each held to the slow,
// obvious restatement in tests/history.hpp: integer and floating-point capture times (NaN, the
// clock's extremes, ties), values out of range, changes and rows out of order, users out of order,
// both withdrawal choices, and runs long enough for the eight-row path.
#include <consent/history.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <vector>

#include "../support/history.hpp"
#include "check.hpp"

namespace {

// Reads the input a byte at a time; zeros once it runs out.
class reader {
 public:
  reader(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}
  std::uint8_t byte() { return at_ < size_ ? data_[at_++] : 0; }
  [[nodiscard]] bool done() const { return at_ >= size_; }

 private:
  const std::uint8_t* data_;
  std::size_t size_;
  std::size_t at_ = 0;
};

// A capture time or change instant from one byte: mostly a small clock (ties are common), and the
// extremes, and NaN for floating-point counts.
template <class Duration>
std::chrono::time_point<std::chrono::system_clock, Duration> instant(std::uint8_t b) {
  using time = std::chrono::time_point<std::chrono::system_clock, Duration>;
  using rep = typename Duration::rep;
  switch (b >> 5) {
    case 0:
      return time::min();
    case 1:
      return time::max();
    case 2:
      if constexpr (std::is_floating_point_v<rep>) {
        return time(Duration(std::numeric_limits<rep>::quiet_NaN()));
      } else {
        return time(Duration(static_cast<rep>(b & 0x1F)));
      }
    default:
      return time(Duration(static_cast<rep>(b & 0x1F)));
  }
}

// A field value: in range mostly, out of range when the high bit says so.
template <class Enum>
Enum field(std::uint8_t b, std::size_t count) {
  return static_cast<Enum>((b & 0x80) != 0 ? b : b % count);
}

template <class Duration>
void one_history(reader& in) {
  std::vector<consent::basic_setting_change<Duration>> history(in.byte() % 8);
  for (auto& c : history) {
    c = {instant<Duration>(in.byte()), field<consent::tier>(in.byte(), consent::tier_count),
         field<consent::toggle>(in.byte(), consent::toggle_count)};
  }
  CONSENT_FUZZ_CHECK(consent::check_history(history).has_value() == !naive::usable(history));
  for (int k = 0; k < 4; ++k) {
    const auto t = instant<Duration>(in.byte());
    const auto m = field<consent::mode>(in.byte(), consent::mode_count);
    for (const auto w : {consent::withdrawal::forward_only, consent::withdrawal::applies_to_past}) {
      CONSENT_FUZZ_CHECK(consent::state_at(history, t, m, w) == naive::state_at(history, t, m, w));
    }
  }
}

template <class Duration>
void one_table(reader& in) {
  naive::table<Duration> t;
  const std::size_t users = 1 + in.byte() % 4;
  int user = 0;
  for (std::size_t u = 0; u < users; ++u) {
    const std::uint8_t how = in.byte();
    user += (how & 0x80) != 0 ? -1 : 1;  // now and then a user out of order
    for (std::size_t k = 0; k < (how & 0x3U); ++k) {
      t.log.push_back(
          {user,
           {instant<Duration>(in.byte()), field<consent::tier>(in.byte(), consent::tier_count),
            field<consent::toggle>(in.byte(), consent::toggle_count)}});
    }
    // Rows in time order unless the input says otherwise; long runs reach the eight-row path.
    const std::size_t rows = in.byte() % 40;
    const bool ordered = (how & 0x40) == 0;
    std::uint8_t clock = 0x60;
    for (std::size_t r = 0; r < rows; ++r) {
      const std::uint8_t b = in.byte();
      if (ordered) {
        clock = static_cast<std::uint8_t>(clock + (b & 0x3U));
        if (clock > 0x7F) clock = 0x7F;
      }
      t.user.push_back(user);
      t.captured_at.push_back(instant<Duration>(ordered ? clock : b));
      t.chat.push_back(field<consent::mode>(in.byte(), consent::mode_count));
    }
  }
  for (const auto w : {consent::withdrawal::forward_only, consent::withdrawal::applies_to_past}) {
    const auto [expected_codes, expected_report] = naive::backfill(t, w);
    std::vector<std::uint8_t> codes(t.user.size(), 0xAA);
    CONSENT_FUZZ_CHECK(consent::backfill(t.user, t.captured_at, t.chat, t.log, codes, w) ==
                       expected_report);
    CONSENT_FUZZ_CHECK(codes == expected_codes);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  reader in(data, size);
  const std::uint8_t what = in.byte();
  if ((what & 1U) == 0) {
    if ((what & 2U) == 0) {
      one_history<std::chrono::duration<std::int64_t>>(in);
    } else {
      one_history<std::chrono::duration<double>>(in);
    }
  } else {
    if ((what & 2U) == 0) {
      one_table<std::chrono::duration<std::int64_t>>(in);
    } else {
      one_table<std::chrono::duration<double>>(in);
    }
  }
  return 0;
}
