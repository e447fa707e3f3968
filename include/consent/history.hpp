// consent: the settings in force when content was captured. A user's (or workspace's) settings
// change over time: plan upgrades, the toggle flipped. Content is judged by the settings in force
// at its capture, because an opt-out applies going forward (R6). For tables that were never
// stamped, backfill() writes every row's state in one merge pass over the table and the settings
// log. See docs/history.md.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <optional>
#include <string_view>
#include <type_traits>

#include <consent/config.hpp>
#include <consent/detail/names.hpp>
#include <consent/dimensions.hpp>
#include <consent/evaluate.hpp>
#include <consent/policy.hpp>
#include <consent/snapshot.hpp>
#include <consent/version.hpp>
#include <consent/wire.hpp>

CONSENT_BEGIN_NAMESPACE

// A change of settings: from `at` on, content is submitted under this tier and toggle. Like a
// snapshot, a field never set is outside its enum, so a change built without both is out of range
// and breaks its history.
template <class Duration = std::chrono::system_clock::duration>
struct basic_setting_change {
  std::chrono::time_point<std::chrono::system_clock, Duration> at{};
  tier account = detail::never_set<tier>;
  toggle improve_model = detail::never_set<toggle>;

  CONSENT_DETAIL_EQUALITY(basic_setting_change, &basic_setting_change::at,
                          &basic_setting_change::account, &basic_setting_change::improve_model)
};
using setting_change = basic_setting_change<>;

// One row of a settings log that holds every user's changes: whose, and the change.
template <class User, class Duration = std::chrono::system_clock::duration>
struct user_setting_change {
  User user{};
  basic_setting_change<Duration> change{};

  CONSENT_DETAIL_EQUALITY(user_setting_change, &user_setting_change::user,
                          &user_setting_change::change)
};

// A run of a messages table sorted by user: the user's id and how many rows follow for them.
template <class User>
struct user_rows {
  User user{};
  std::size_t rows = 0;

  CONSENT_DETAIL_EQUALITY(user_rows, &user_rows::user, &user_rows::rows)
};

// Whether a later opt-out (or a move to a tier that is not trained on) also removes content
// captured before it. The policy reads forward only (R6); a product that removes old content from
// future training runs asks for applies_to_past explicitly (R8).
enum class withdrawal : std::uint8_t { forward_only, applies_to_past };

// Where a history cannot be trusted, for the log. `change` is the index of the change at fault.
enum class history_errc : std::uint8_t {
  empty,                // no change at all: no settings are known at any time
  out_of_order,         // earlier than the change before it (or, in a log, a smaller user)
  tier_out_of_range,    // a tier that is none of the enumerators
  toggle_out_of_range,  // a toggle that is none of the enumerators
  not_a_time,           // a floating-point instant that is NaN
};

struct history_error {
  history_errc code;
  std::size_t change;

  CONSENT_DETAIL_EQUALITY(history_error, &history_error::code, &history_error::change)
};

// What backfill() did, for the export's log. Every row not counted in `states` holds
// wire::invalid_code; the counts below say why (a row in none of them had a mode that makes no
// state with its settings: a value outside the enum, or the API in a Temporary Chat).
struct backfill_report {
  std::size_t rows = 0;
  std::size_t states = 0;          // rows given a state's code
  std::size_t out_of_order = 0;    // rows of a run whose user is not past the previous run's
  std::size_t no_settings = 0;     // captured before the user's first change (or at its instant),
                                   // or the user has no change at all
  std::size_t broken_history = 0;  // the user's changes fail check_history
  std::size_t not_a_time = 0;      // a floating-point capture time that is NaN
  // Where the log's users first decrease; then no user's changes can be found whole, and no row
  // gets a state. Equal to the log's size when the log is sorted.
  std::size_t log_unsorted_at = 0;

  CONSENT_DETAIL_EQUALITY(backfill_report, &backfill_report::rows, &backfill_report::states,
                          &backfill_report::out_of_order, &backfill_report::no_settings,
                          &backfill_report::broken_history, &backfill_report::not_a_time,
                          &backfill_report::log_unsorted_at)
};

namespace detail {

template <>
struct enum_names<withdrawal> {
  static constexpr std::array<std::string_view, 2> names{"forward_only", "applies_to_past"};
};
template <>
struct enum_names<history_errc> {
  static constexpr std::array<std::string_view, 5> names{
      "empty", "out_of_order", "tier_out_of_range", "toggle_out_of_range", "not_a_time"};
};

template <class Duration>
using capture_time = std::chrono::time_point<std::chrono::system_clock, Duration>;

// False only for a floating-point NaN, which is no instant and compares false with everything.
template <class Duration>
[[nodiscard]] constexpr bool is_time(capture_time<Duration> t) noexcept {
  if constexpr (std::is_floating_point_v<typename Duration::rep>) {
    return t.time_since_epoch().count() == t.time_since_epoch().count();
  } else {
    static_assert(std::is_integral_v<typename Duration::rep>,
                  "consent: a capture time's duration must count in an integer or floating-point "
                  "type");
    static_cast<void>(t);
    return true;
  }
}

// The element type of a contiguous range (a C array, std::vector, std::array, std::span).
template <class Range>
using element_of =
    std::remove_cv_t<std::remove_pointer_t<decltype(std::data(std::declval<Range&>()))>>;

template <class T>
struct is_setting_change : std::false_type {};
template <class Duration>
struct is_setting_change<basic_setting_change<Duration>> : std::true_type {};
template <class T>
struct is_user_setting_change : std::false_type {};
template <class User, class Duration>
struct is_user_setting_change<user_setting_change<User, Duration>> : std::true_type {};

// What is wrong with a change, given the one before it in its history (none for the first), if
// anything: the one definition of a sound history, which check_history, state_at and backfill all
// use.
template <class Change>
[[nodiscard]] constexpr std::optional<history_errc> change_problem(
    const Change& c, const Change* previous) noexcept {
  if (!is_time(c.at)) return history_errc::not_a_time;
  if (!is_valid(c.account)) return history_errc::tier_out_of_range;
  if (!is_valid(c.improve_model)) return history_errc::toggle_out_of_range;
  if (previous != nullptr && c.at < previous->at) return history_errc::out_of_order;
  return std::nullopt;
}

// The first problem in changes change(begin) .. change(end - 1) of one history, if any.
template <class Change>
[[nodiscard]] constexpr std::optional<history_error> first_problem(Change change, std::size_t begin,
                                                                   std::size_t end) noexcept {
  if (begin == end) return history_error{history_errc::empty, begin};
  for (std::size_t k = begin; k < end; ++k) {
    if (const auto problem = change_problem(change(k), k > begin ? &change(k - 1) : nullptr)) {
      return history_error{*problem, k};
    }
  }
  return std::nullopt;
}

// The state of content captured at t in mode `chat`, from a valid history whose change `last` is
// the last at or before t (and `begin` its first). A change at t itself, or several: the settings
// just before t and every change at t must all allow training, so the first of them (oldest first)
// that the policy refuses is the answer; if all allow, the newest. With nothing in force just
// before t (t is the first change's instant), no state (R7).
template <class Policy, class Change, class Duration>
[[nodiscard]] constexpr snapshot in_force(Change change, std::size_t begin, std::size_t last,
                                          capture_time<Duration> t, mode chat) noexcept {
  const auto& newest = change(last);
  const snapshot newest_state{newest.account, newest.improve_model, chat};
  if (newest.at < t) return newest_state;
  std::size_t first = last;
  while (first > begin && !(change(first - 1).at < t)) --first;
  if (first == begin) return snapshot{};
  for (std::size_t k = first - 1; k <= last; ++k) {
    const snapshot candidate{change(k).account, change(k).improve_model, chat};
    if (!is_trainable<Policy>(candidate)) return candidate;
  }
  return newest_state;
}

// Withdrawal (R8): content trainable at capture stays so only if the current settings allow it
// too; otherwise the current settings, which say why not.
template <class Policy, class Change>
[[nodiscard]] constexpr snapshot withdrawn(const snapshot& at_capture,
                                           const Change& current) noexcept {
  if (!is_trainable<Policy>(at_capture)) return at_capture;
  const snapshot now{current.account, current.improve_model, at_capture.chat};
  return is_trainable<Policy>(now) ? at_capture : now;
}

}  // namespace detail

// Where a history breaks, or nothing when it is sound: changes in time order (equal instants are
// allowed), every value in range, every instant a time. For a settings log of user_setting_change
// rows: users in order, and each user's changes as above; an empty log is `empty`.
template <class Changes>
[[nodiscard]] constexpr std::optional<history_error> check_history(
    const Changes& changes) noexcept {
  using element = detail::element_of<const Changes>;
  const auto* data = std::data(changes);
  const std::size_t n = std::size(changes);
  if constexpr (detail::is_setting_change<element>::value) {
    return detail::first_problem([data](std::size_t k) -> const element& { return data[k]; }, 0, n);
  } else {
    static_assert(detail::is_user_setting_change<element>::value,
                  "consent::check_history: pass a range of setting_change (one history) or of "
                  "user_setting_change (a settings log)");
    if (n == 0) return history_error{history_errc::empty, 0};
    std::size_t begin = 0;
    while (begin < n) {
      std::size_t end = begin + 1;
      while (end < n && !(data[begin].user < data[end].user)) {
        if (data[end].user < data[begin].user)
          return history_error{history_errc::out_of_order, end};
        ++end;
      }
      const auto problem = detail::first_problem(
          [data](std::size_t k) -> const auto& { return data[k].change; }, begin, end);
      if (problem) return problem;
      begin = end;
    }
    return std::nullopt;
  }
}

// The state of content captured at `captured_at` in mode `chat`, from one user's (or workspace's)
// settings history, oldest first. The settings in force are those of the last change at or before
// captured_at (R6). Not a state (snapshot{}, which answers invalid_state) when the history fails
// check_history, before its first change, and at a NaN time. A change at the very instant of
// capture: trainable only if the settings before and every change at that instant allow it; the
// answer is then the first of them the policy refuses (R7), so tie resolution depends on Policy.
// With withdrawal::applies_to_past, content that the settings at capture allow is refused when the
// current settings (the history's last change) do not (R8).
// Checks the whole history on every call: O(changes). For many rows, see backfill().
template <class Policy = default_policy, class Changes, class Duration>
[[nodiscard]] constexpr snapshot state_at(const Changes& changes,
                                          detail::capture_time<Duration> captured_at, mode chat,
                                          withdrawal applies = withdrawal::forward_only) noexcept {
  using element = detail::element_of<const Changes>;
  static_assert(std::is_same_v<element, basic_setting_change<Duration>>,
                "consent::state_at: pass one history as a range of setting_change, in the same "
                "duration as the capture time (convert one of them with std::chrono::floor or "
                "ceil first)");
  CONSENT_DETAIL_REQUIRE(is_valid(applies),
                         "consent::state_at: withdrawal is forward_only or applies_to_past");
  const element* data = std::data(changes);
  const std::size_t n = std::size(changes);
  const auto change = [data](std::size_t k) -> const element& { return data[k]; };
  if (detail::first_problem(change, 0, n) || !detail::is_time(captured_at)) return snapshot{};
  // From here on no time is NaN, so a <= b (which is !(b < a) for time points) is exact.
  if (!(data[0].at <= captured_at)) return snapshot{};  // before the first change
  // data[low].at <= captured_at < data[high].at (data[n] past the end)
  std::size_t low = 0;
  std::size_t high = n;
  while (high - low > 1) {
    const std::size_t middle = low + (high - low) / 2;
    if (data[middle].at <= captured_at) {
      low = middle;
    } else {
      high = middle;
    }
  }
  const snapshot at_capture = detail::in_force<Policy>(change, 0, low, captured_at, chat);
  if (applies == withdrawal::forward_only) return at_capture;
  return detail::withdrawn<Policy>(at_capture, data[n - 1]);
}

namespace detail {

// The codes of one settings source in each mode: encode gives invalid_code to the API's Temporary
// Chat (no state) and to a mode outside the enum.
struct mode_codes {
  std::uint8_t standard = wire::invalid_code;
  std::uint8_t temporary = wire::invalid_code;

  // A select without a branch: modes come at random.
  [[nodiscard]] constexpr std::uint8_t in(mode chat) const noexcept {
    const std::uint8_t by_mode[3] = {standard, temporary, wire::invalid_code};
    const auto index = static_cast<std::size_t>(chat);
    return by_mode[index < 2 ? index : 2];
  }
};

// A segment's codes, spread for eight rows at a time.
struct spread_codes {
  static constexpr std::uint64_t ones = 0x0101010101010101U;

  mode_codes codes{};
  std::uint64_t standard_word = 0;    // the standard code in every byte
  std::uint64_t difference_word = 0;  // standard ^ temporary in every byte
  std::uint64_t standard_counts = 0;  // 1 when the standard code is a state
  std::uint64_t temporary_counts = 0;
  bool both_states = false;  // both codes are states

  constexpr spread_codes() noexcept = default;
  explicit constexpr spread_codes(const mode_codes& from) noexcept
      : codes(from),
        standard_word(from.standard * ones),
        difference_word((from.standard ^ from.temporary) * ones),
        standard_counts(from.standard != wire::invalid_code),
        temporary_counts(from.temporary != wire::invalid_code),
        both_states(standard_counts != 0 && temporary_counts != 0) {}
};

// The codes of content captured under each settings pair (tier, toggle), and with withdrawal,
// under each pair at capture and each current pair: tables built at compile time, so a segment's
// codes are one load.
template <class Policy>
struct settled_codes {
  static constexpr std::size_t pairs = tier_count * toggle_count;

  [[nodiscard]] static constexpr std::size_t pair(tier account, toggle improve_model) noexcept {
    return static_cast<std::size_t>(account) * toggle_count +
           static_cast<std::size_t>(improve_model);
  }
  [[nodiscard]] static constexpr snapshot state(std::size_t p, mode chat) noexcept {
    return {static_cast<tier>(p / toggle_count), static_cast<toggle>(p % toggle_count), chat};
  }
  static constexpr std::array<mode_codes, pairs> make_forward() noexcept {
    std::array<mode_codes, pairs> made{};
    for (std::size_t p = 0; p < pairs; ++p) {
      made[p] = {encode(state(p, mode::standard)), encode(state(p, mode::temporary))};
    }
    return made;
  }
  static constexpr std::array<mode_codes, pairs * pairs> make_withdrawn() noexcept {
    std::array<mode_codes, pairs * pairs> made{};
    for (std::size_t p = 0; p < pairs; ++p) {
      for (std::size_t now = 0; now < pairs; ++now) {
        const snapshot current = state(now, mode::standard);
        made[p * pairs + now] = {encode(withdrawn<Policy>(state(p, mode::standard), current)),
                                 encode(withdrawn<Policy>(state(p, mode::temporary), current))};
      }
    }
    return made;
  }
  static constexpr std::array<mode_codes, pairs> forward = make_forward();
  static constexpr std::array<mode_codes, pairs* pairs> withdrawn_by = make_withdrawn();
};

// One user's history within the log, and what a row of theirs is coded from.
template <class Policy, class Change>
struct user_history {
  using table = settled_codes<Policy>;

  Change change;      // change(k): the log's k-th change
  std::size_t begin;  // the user's changes are [begin, end), a sound history
  std::size_t end;
  bool withdraw;
  std::size_t current = table::pair(change(end - 1).account, change(end - 1).improve_model);

  // The codes of content captured strictly after change `last` and before the next.
  [[nodiscard]] constexpr mode_codes settled(std::size_t last) const noexcept {
    const std::size_t p = table::pair(change(last).account, change(last).improve_model);
    return withdraw ? table::withdrawn_by[p * table::pairs + current] : table::forward[p];
  }
  // The codes of content captured at the instant of change `last` (and of any before it at that
  // instant), not the first instant of the history.
  template <class Time>
  [[nodiscard]] constexpr mode_codes at_instant(std::size_t last, Time t) const noexcept {
    return {code(in_force<Policy>(change, begin, last, t, mode::standard)),
            code(in_force<Policy>(change, begin, last, t, mode::temporary))};
  }

 private:
  [[nodiscard]] constexpr std::uint8_t code(const snapshot& s) const noexcept {
    return encode(withdraw ? withdrawn<Policy>(s, change(end - 1)) : s);
  }
};

// Where each row's mode comes from: one mode for all rows, or a column. fill8() writes the codes
// of rows [i, i + 8) and one() of row i; each returns a 1 in the byte of each row given a state.
struct one_mode {
  mode chat;

  std::uint64_t fill8(std::uint8_t* codes, std::size_t i, const spread_codes& from) const noexcept {
    const std::uint8_t code = from.codes.in(chat);
    for (std::size_t r = i; r < i + 8; ++r) codes[r] = code;
    return code != wire::invalid_code ? spread_codes::ones : 0;
  }
  std::uint64_t one(std::uint8_t* codes, std::size_t i, const mode_codes& from) const noexcept {
    codes[i] = from.in(chat);
    return codes[i] != wire::invalid_code;
  }
};
struct mode_column {
  const mode* chat;

  // Eight rows in a 64-bit word, without a branch on any row's mode (Temporary Chats come at
  // random, so such a branch would often be mispredicted). When all eight bytes are 0 or 1, they
  // are the temporary flags; otherwise (a byte outside the enum) a byte's high bit after
  // ((x & 0x7f..) + 0x7f..) | x says whether it is nonzero, exactly, so comparing with 0 and 1
  // gives each byte's mode.
  std::uint64_t fill8(std::uint8_t* codes, std::size_t i, const spread_codes& from) const noexcept {
    constexpr std::uint64_t ones = spread_codes::ones;
    static_assert(static_cast<unsigned>(mode::standard) == 0 &&
                      static_cast<unsigned>(mode::temporary) == 1 && mode_count == 2,
                  "consent: the backfill's mode select assumes modes 0 and 1");
    std::uint64_t word;
    std::memcpy(&word, chat + i, 8);
    const std::uint64_t flipped = word ^ ones;
    if ((word & ~ones) == 0) {  // every byte a mode: 0x01 marks the temporary rows
      const std::uint64_t out = from.standard_word ^ (from.difference_word & (word * 0xFF));
      std::memcpy(codes + i, &out, 8);
      return from.both_states ? ones
                              : flipped * from.standard_counts + word * from.temporary_counts;
    }
    constexpr std::uint64_t low_bits = 0x7F7F7F7F7F7F7F7FU;
    constexpr std::uint64_t high_bits = 0x8080808080808080U;
    const std::uint64_t is_standard = (~(((word & low_bits) + low_bits) | word) & high_bits) >> 7;
    const std::uint64_t is_temporary =
        (~(((flipped & low_bits) + low_bits) | flipped) & high_bits) >> 7;
    const std::uint64_t out = (from.standard_word & (is_standard * 0xFF)) |
                              ((from.standard_word ^ from.difference_word) & (is_temporary * 0xFF));
    std::memcpy(codes + i, &out, 8);
    return is_standard * from.standard_counts + is_temporary * from.temporary_counts;
  }
  std::uint64_t one(std::uint8_t* codes, std::size_t i, const mode_codes& from) const noexcept {
    codes[i] = from.in(chat[i]);
    return codes[i] != wire::invalid_code;
  }
};

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
    while (next_ < log_size_ && log_[next_].user < user) ++next_;
    const std::size_t begin = next_;
    const auto change = [log = log_](std::size_t k) -> const basic_setting_change<Duration>& {
      return log[k].change;
    };
    // The user's changes, checked while they are passed: one loop.
    bool sound = true;
    while (next_ < log_size_ && !(user < log_[next_].user)) {
      sound &= !change_problem(change(next_), next_ > begin ? &change(next_ - 1) : nullptr);
      ++next_;
    }
    if (begin == next_) {
      refuse(low, high, report_.no_settings);
    } else if (!sound) {
      refuse(low, high, report_.broken_history);
    } else {
      rows_of(user_history<Policy, decltype(change)>{change, begin, next_, withdraw_}, low, high);
    }
  }

  [[nodiscard]] const backfill_report& report() const noexcept { return report_; }

 private:
  void refuse(std::size_t low, std::size_t high, std::size_t& count) noexcept {
    for (std::size_t i = low; i < high; ++i) codes_[i] = wire::invalid_code;
    count += high - low;
  }

  template <class History>
  void rows_of(const History& history, std::size_t low, std::size_t high) noexcept {
    // Locals, not members, in the loop: a store through codes (std::uint8_t*) may alias anything
    // whose address has escaped, which the compiler would then reload after every store.
    const time* const t = captured_at_;
    std::uint8_t* const out = codes_;
    const Modes modes = modes_;
    std::size_t states = 0;
    std::size_t no_settings = 0;
    std::size_t not_a_time = 0;
    const auto count = [&](row_outcome outcome) {
      states += outcome == row_outcome::state;
      no_settings += outcome == row_outcome::no_settings;
      not_a_time += outcome == row_outcome::not_a_time;
    };
    const auto count_block = [&](const segment<Duration>& here, std::uint64_t flags,
                                 std::size_t rows) {
      if (here.before_first) {
        no_settings += rows;  // fill8 wrote invalid_code, and flagged no state
      } else {
        states += sum_bytes(flags);
      }
    };
    // Start in the first row's segment, so that a run does not begin with a move.
    segment<Duration> current;
    move_to(history, current, history.begin);
    count(moved(history, current, low));
    std::size_t i = low + 1;
    while (i + 8 <= high) {
      const segment<Duration> here = current;
      // Eight rows at a time while all eight lie in the segment, in time order.
      while (i + 8 <= high && here.holds8(t + i)) {
        count_block(here, modes.fill8(out, i, here.codes), 8);
        i += 8;
      }
      if (i + 8 > high) break;
      // One of the next eight is outside the segment (or out of order): the rows before the first
      // outside take the segment's codes (all eight are written; the rest again below), and that
      // row moves the segment. Without a branch on each row, whose outcome is unpredictable.
      const unsigned inside = here.holds_mask8(t + i);
      const std::size_t first_outside = lowest_clear_bit(inside);
      const std::uint64_t flags = modes.fill8(out, i, here.codes);
      count_block(
          here,
          first_outside >= 8 ? flags : flags & ((std::uint64_t{1} << (8 * first_outside)) - 1),
          first_outside);
      i += first_outside;
      if (first_outside < 8) count(moved(history, current, i++));
    }
    // Fewer than eight rows left. In a run of eight or more, the last eight rows (some coded
    // already) are coded again at once when all eight lie in the segment: rows coded there
    // before have these codes. Only the new rows count.
    if (i < high && high - low >= 8 && current.holds_mask8(t + high - 8) == 0xFFU) {
      const std::uint64_t flags = modes.fill8(out, high - 8, current.codes);
      count_block(current, flags >> (8 * (8 - (high - i))), high - i);
      i = high;
    }
    for (; i < high; ++i) {
      if (current.holds(t[i])) {
        const std::uint64_t flag = modes.one(out, i, current.codes.codes);
        count_block(current, flag, 1);
      } else {
        count(moved(history, current, i));
      }
    }
    report_.states += states;
    report_.no_settings += no_settings;
    report_.not_a_time += not_a_time;
  }

  static std::size_t sum_bytes(std::uint64_t flags) noexcept {
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

  enum class row_outcome : std::uint8_t { state, no_state, no_settings, not_a_time };

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
      while (after < history.end && !(t < history.change(after).at)) ++after;
    } else {
      std::size_t count = history.end - history.begin;
      while (count > 0) {
        const std::size_t half = count / 2;
        if (!(t < history.change(after + half).at)) {
          after += half + 1;
          count -= half + 1;
        } else {
          count = half;
        }
      }
    }
    move_to(history, current, after);
    // Before the first change, or at its instant: nothing was in force.
    if (current.before_first || !(history.change(history.begin).at < t)) {
      return row_outcome::no_settings;
    }
    const std::size_t last = after - 1;
    const mode_codes from =
        history.change(last).at < t ? current.codes.codes : history.at_instant(last, t);
    return modes_.one(codes_, i, from) != 0 ? row_outcome::state : row_outcome::no_state;
  }

  // The segment that starts at the change before `after` (or before the first change).
  template <class History>
  static void move_to(const History& history, segment<Duration>& current,
                      std::size_t after) noexcept {
    current.after = after;
    current.before_first = after == history.begin;
    if (current.before_first) {
      current.set(time::min(), history.change(history.begin).at);
      current.codes = spread_codes{};
    } else {
      current.set(history.change(after - 1).at,
                  after < history.end ? history.change(after).at : time::max());
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

// Backfill: the one-byte code (wire.hpp) of every row of a messages table sorted by (user,
// captured_at), from a settings log sorted by (user, at), in one merge pass: O(rows + log), no
// allocation. Each row's code is encode(state_at(its user's changes, its captured_at, its mode,
// applies)); rows that are not a state hold wire::invalid_code, and the report says why.
//
// The table's users come as a column (one id a row) or as runs (user_rows: an id and its number of
// rows, the form a sorted table compresses to; the faster, as the user column is not read). A run
// is a maximal stretch of one user; a run whose user is not greater than the previous run's, and a
// row whose time is NaN or below an earlier row's of its run, is out of order and not a state (it
// would need changes the pass has left behind). `chat` is one mode for every row, or a column of
// modes. Columns are contiguous ranges (C arrays, std::vector, std::array, std::span); `codes`
// receives std::uint8_t, one a row. User ids are any type with < and == (an integer, a string).
template <class Policy = default_policy, class Users, class Times, class Modes, class Log,
          class Codes>
backfill_report backfill(const Users& users, const Times& captured_at, const Modes& chat,
                         const Log& log, Codes&& codes,
                         withdrawal applies = withdrawal::forward_only) noexcept {
  using users_element = detail::element_of<const Users>;
  using time_type = detail::element_of<const Times>;
  using log_type = detail::element_of<const Log>;
  static_assert(detail::is_user_setting_change<log_type>::value,
                "consent::backfill: the log is a range of user_setting_change");
  using user_type = decltype(log_type::user);
  static_assert(std::is_same_v<users_element, user_type> ||
                    std::is_same_v<users_element, user_rows<user_type>>,
                "consent::backfill: users are a column of the log's user type, or user_rows of it");
  static_assert(!std::is_floating_point_v<user_type>,
                "consent::backfill: users are ids ordered by <; a floating-point id can be NaN");
  static_assert(
      std::is_same_v<log_type, user_setting_change<user_type, typename time_type::duration>>,
      "consent::backfill: the log's instants and the capture times must have the same "
      "duration (convert one with std::chrono::floor or ceil first)");
  static_assert(std::is_same_v<std::remove_pointer_t<decltype(std::data(codes))>, std::uint8_t>,
                "consent::backfill: codes are written to a range of std::uint8_t");
  CONSENT_DETAIL_REQUIRE(is_valid(applies),
                         "consent::backfill: withdrawal is forward_only or applies_to_past");
  const std::size_t rows = std::size(captured_at);
  CONSENT_DETAIL_REQUIRE(std::size(codes) == rows,
                         "consent::backfill: codes has one entry for each captured_at");
  const auto with_modes = [&](auto modes) {
    if constexpr (std::is_same_v<users_element, user_type>) {
      CONSENT_DETAIL_REQUIRE(std::size(users) == rows,
                             "consent::backfill: users has one id for each captured_at");
      return detail::backfill_column<Policy>(std::data(users), std::data(captured_at), modes, rows,
                                             std::data(log), std::size(log), std::data(codes),
                                             applies);
    } else {
      CONSENT_DETAIL_REQUIRE(detail::total_rows(users) == rows,
                             "consent::backfill: the runs' rows add up to the captured_at column");
      return detail::backfill_runs<Policy>(std::data(users), std::size(users),
                                           std::data(captured_at), modes, rows, std::data(log),
                                           std::size(log), std::data(codes), applies);
    }
  };
  if constexpr (std::is_same_v<Modes, mode>) {
    return with_modes(detail::one_mode{chat});
  } else {
    static_assert(std::is_same_v<detail::element_of<const Modes>, mode>,
                  "consent::backfill: chat is one mode, or a range of modes with one a row");
    CONSENT_DETAIL_REQUIRE(std::size(chat) == rows,
                           "consent::backfill: chat has one mode for each captured_at");
    return with_modes(detail::mode_column{std::data(chat)});
  }
}

CONSENT_END_NAMESPACE
