// consent: the merge pass of backfill: runs of rows, one user a run, against the settings log.
#pragma once

#include <cstddef>
#include <cstdint>
#include <iterator>

#include <consent/backfill_io.hpp>
#include <consent/detail/backfill_codes.hpp>
#include <consent/detail/backfill_modes.hpp>
#include <consent/detail/backfill_segment.hpp>
#include <consent/detail/capture_time.hpp>
#include <consent/settings_history.hpp>
#include <consent/version.hpp>
#include <consent/wire.hpp>

CONSENT_BEGIN_NAMESPACE
namespace detail {

// The merge: runs of rows, one user a run, against the log. Within a run, rows are taken eight at
// a time while all eight fall in the current segment (one comparison and a store each); a row
// outside it moves the segment (forward, or by binary search when it lies behind), so rows in any
// order get state_at's answer, and rows in time order get it at the speed of a scan.
template <class Policy, class User, class Duration, class Modes>
class backfill_pass {
 public:
  using time = capture_time<Duration>;
  using log_entry = user_setting_change<User, Duration>;

  backfill_pass(const time* captured_at, Modes modes, const log_entry* log, std::size_t log_size,
                std::uint8_t* codes, withdrawal applies, std::size_t rows) noexcept
      : captured_at_(captured_at),
        modes_(modes),
        log_(log),
        log_size_(log_size),
        codes_(codes),
        withdraw_(applies == withdrawal::applies_to_past) {
    report_.rows = rows;
    report_.log_unsorted_at = log_size;
  }

  // False when the log's users are not in order: then every row is refused.
  bool log_sorted(std::size_t rows) noexcept {
    for (std::size_t k = 1; k < log_size_; ++k) {
      if (log_[k].user < log_[k - 1].user) {
        report_.log_unsorted_at = k;
        for (std::size_t i = 0; i < rows; ++i) codes_[i] = wire::invalid_code;
        return false;
      }
    }
    return true;
  }

  // Rows [low, high), all of `user`. A run whose user is not past the last run's is out of order.
  void run(const User& user, std::size_t low, std::size_t high) noexcept {
    if (low == high) return;  // a run without rows orders nothing
    if (have_user_ && !(last_user_ < user)) {
      refuse(low, high, report_.out_of_order);
      return;
    }
    have_user_ = true;
    last_user_ = user;
    const std::size_t begin = pass_changes(user);
    if (begin == next_) {
      refuse(low, high, report_.no_settings);
    } else if (!sound_) {
      refuse(low, high, report_.broken_history);
    } else {
      rows_of(user_history<Policy, change_of>{change_of{log_}, begin, next_, withdraw_}, low, high);
    }
  }

  [[nodiscard]] const backfill_report& report() const noexcept { return report_; }

 private:
  void refuse(std::size_t low, std::size_t high, std::size_t& count) noexcept {
    for (std::size_t i = low; i < high; ++i) codes_[i] = wire::invalid_code;
    count += high - low;
  }

  // The log's k-th change.
  struct change_of {
    const log_entry* log;
    constexpr const basic_setting_change<Duration>& operator()(std::size_t k) const noexcept {
      return log[k].change;
    }
  };

  // Moves past the user's changes in the log, checking them on the way (sound_): one loop. Returns
  // the index of their first; they end at next_.
  std::size_t pass_changes(const User& user) noexcept {
    while (next_ < log_size_ && log_[next_].user < user) ++next_;
    const std::size_t begin = next_;
    const change_of change_at{log_};
    sound_ = true;
    while (next_ < log_size_ && !(user < log_[next_].user)) {
      sound_ &= !change_problem(change_at(next_), next_ > begin ? &change_at(next_ - 1) : nullptr);
      ++next_;
    }
    return begin;
  }

  enum class row_outcome : std::uint8_t { state, no_state, no_settings, not_a_time };

  // What a run's rows came to, counted in locals, not members: a store through codes
  // (std::uint8_t*) may alias anything whose address has escaped, which the compiler would then
  // reload after every store.
  struct tally {
    std::size_t states = 0;
    std::size_t no_settings = 0;
    std::size_t not_a_time = 0;

    constexpr void row(row_outcome outcome) noexcept {
      states += outcome == row_outcome::state;
      no_settings += outcome == row_outcome::no_settings;
      not_a_time += outcome == row_outcome::not_a_time;
    }
    // `rows` rows coded from one segment; `flags` has a 1 in the byte of each given a state.
    constexpr void block(const segment<Duration>& here, std::uint64_t flags,
                         std::size_t rows) noexcept {
      if (here.before_first) {
        no_settings += rows;  // fill8 wrote invalid_code, and flagged no state
      } else {
        states += sum_bytes(flags);
      }
    }
  };

  template <class History>
  void rows_of(const History& history, std::size_t low, std::size_t high) noexcept {
    tally counted;
    // Start in the first row's segment, so that a run does not begin with a move.
    segment<Duration> current;
    move_to(history, current, history.begin);
    counted.row(moved(history, current, low));
    const std::size_t i = blocks_of(history, current, low + 1, high, counted);
    last_rows(history, current, i, low, high, counted);
    report_.states += counted.states;
    report_.no_settings += counted.no_settings;
    report_.not_a_time += counted.not_a_time;
  }

  // Rows from i on, eight at a time, while eight are left: returns the first row not coded.
  template <class History>
  std::size_t blocks_of(const History& history, segment<Duration>& current, std::size_t i,
                        std::size_t high, tally& total) noexcept {
    // A local copy, whose address does not escape, so the counts stay in registers.
    tally counted = total;
    const time* const t = captured_at_;
    std::uint8_t* const out = codes_;
    const Modes modes = modes_;
    while (i + 8 <= high) {
      const segment<Duration> here = current;
      // Eight rows at a time while all eight lie in the segment, in time order.
      while (i + 8 <= high && here.holds8(t + i)) {
        counted.block(here, modes.fill8(out, i, here.codes), 8);
        i += 8;
      }
      if (i + 8 > high) break;
      // One of the next eight is outside the segment (or out of order): the rows before the first
      // outside take the segment's codes (all eight are written; the rest again below), and that
      // row moves the segment. Without a branch on each row, whose outcome is unpredictable.
      const unsigned inside = here.holds_mask8(t + i);
      const std::size_t first_outside = lowest_clear_bit(inside);
      const std::uint64_t flags = modes.fill8(out, i, here.codes);
      counted.block(
          here,
          first_outside >= 8 ? flags : flags & ((std::uint64_t{1} << (8 * first_outside)) - 1),
          first_outside);
      i += first_outside;
      if (first_outside < 8) counted.row(moved(history, current, i++));
    }
    total = counted;
    return i;
  }

  // Rows [i, high), fewer than eight. In a run of eight or more, the last eight rows (some coded
  // already) are coded again at once when all eight lie in the segment: rows coded there before
  // have these codes. Only the new rows count.
  template <class History>
  void last_rows(const History& history, segment<Duration>& current, std::size_t i, std::size_t low,
                 std::size_t high, tally& counted) noexcept {
    const time* const t = captured_at_;
    if (i < high && high - low >= 8 && current.holds_mask8(t + high - 8) == 0xFFU) {
      const std::uint64_t flags = modes_.fill8(codes_, high - 8, current.codes);
      counted.block(current, flags >> (8 * (8 - (high - i))), high - i);
      return;
    }
    for (; i < high; ++i) {
      if (current.holds(t[i])) {
        counted.block(current, modes_.one(codes_, i, current.codes.codes), 1);
      } else {
        counted.row(moved(history, current, i));
      }
    }
  }

  static constexpr std::size_t sum_bytes(std::uint64_t flags) noexcept {
    return static_cast<std::size_t>((flags * spread_codes::ones) >> 56);
  }
  // The index of the lowest clear bit of an 8-bit mask: 8 when all are set.
  static std::size_t lowest_clear_bit(unsigned mask) noexcept {
#if defined(__GNUC__)
    return static_cast<std::size_t>(__builtin_ctz(~mask));
#else
    std::size_t bit = 0;
    while (bit < 8 && (mask >> bit & 1U) != 0) ++bit;
    return bit;
#endif
  }

  // Row i lies outside the current segment (or may): find the segment it is in, and code it.
  template <class History>
  row_outcome moved(const History& history, segment<Duration>& current, std::size_t i) noexcept {
    const time t = captured_at_[i];
    codes_[i] = wire::invalid_code;
    if (!is_time(t)) return row_outcome::not_a_time;
    // The first change after t: forward from the segment when t is past it (rows in time order),
    // else by binary search.
    std::size_t after = history.begin;
    if (current.lower < t) {  // then t is at or past the next change (or is time::max())
      after = current.after + (current.after < history.end);
      while (after < history.end && !(t < history.change_at(after).at)) ++after;
    } else {
      std::size_t count = history.end - history.begin;
      while (count > 0) {
        const std::size_t half = count / 2;
        if (!(t < history.change_at(after + half).at)) {
          after += half + 1;
          count -= half + 1;
        } else {
          count = half;
        }
      }
    }
    move_to(history, current, after);
    // Before the first change, or at its instant: nothing was in force.
    if (current.before_first || !(history.change_at(history.begin).at < t)) {
      return row_outcome::no_settings;
    }
    const std::size_t last = after - 1;
    const mode_codes from =
        history.change_at(last).at < t ? current.codes.codes : history.at_instant(last, t);
    return modes_.one(codes_, i, from) != 0 ? row_outcome::state : row_outcome::no_state;
  }

  // The segment that starts at the change before `after` (or before the first change).
  template <class History>
  static void move_to(const History& history, segment<Duration>& current,
                      std::size_t after) noexcept {
    current.after = after;
    current.before_first = after == history.begin;
    if (current.before_first) {
      current.set(time::min(), history.change_at(history.begin).at);
      current.codes = spread_codes{};
    } else {
      current.set(history.change_at(after - 1).at,
                  after < history.end ? history.change_at(after).at : time::max());
      current.codes = spread_codes(history.settled(after - 1));
    }
  }

  const time* captured_at_;
  Modes modes_;
  const log_entry* log_;
  std::size_t log_size_;
  std::uint8_t* codes_;
  bool withdraw_;
  std::size_t next_ = 0;  // the log's first change not yet reached
  bool sound_ = true;     // the current user's changes make a sound history
  bool have_user_ = false;
  User last_user_{};
  backfill_report report_{};
};

template <class Policy, class User, class Duration, class Modes>
backfill_report backfill_runs(const user_rows<User>* runs, std::size_t run_count,
                              const capture_time<Duration>* captured_at, Modes modes,
                              std::size_t rows, const user_setting_change<User, Duration>* log,
                              std::size_t log_size, std::uint8_t* codes,
                              withdrawal applies) noexcept {
  backfill_pass<Policy, User, Duration, Modes> pass(captured_at, modes, log, log_size, codes,
                                                    applies, rows);
  if (!pass.log_sorted(rows)) return pass.report();
  std::size_t low = 0;
  for (std::size_t r = 0; r < run_count; ++r) {
    pass.run(runs[r].user, low, low + runs[r].rows);
    low += runs[r].rows;
  }
  return pass.report();
}

template <class Policy, class User, class Duration, class Modes>
backfill_report backfill_column(const User* users, const capture_time<Duration>* captured_at,
                                Modes modes, std::size_t rows,
                                const user_setting_change<User, Duration>* log,
                                std::size_t log_size, std::uint8_t* codes,
                                withdrawal applies) noexcept {
  backfill_pass<Policy, User, Duration, Modes> pass(captured_at, modes, log, log_size, codes,
                                                    applies, rows);
  if (!pass.log_sorted(rows)) return pass.report();
  for (std::size_t low = 0; low < rows;) {  // runs of equal users
    std::size_t high = low + 1;
    while (high < rows && users[high] == users[low]) ++high;
    pass.run(users[low], low, high);
    low = high;
  }
  return pass.report();
}

template <class Range>
constexpr std::size_t total_rows(const Range& runs) noexcept {
  std::size_t total = 0;
  for (std::size_t r = 0; r < std::size(runs); ++r) total += std::data(runs)[r].rows;
  return total;
}

}  // namespace detail
CONSENT_END_NAMESPACE
