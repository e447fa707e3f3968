// consent: the settings in force when content was captured. A user's (or workspace's) settings
// change over time: plan upgrades, the toggle flipped. Content is judged by the settings in force
// at its capture, because an opt-out applies going forward (R6). See docs/history.md; for tables
// that were never stamped, <consent/backfill.hpp>.
#pragma once

#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <optional>
#include <string_view>
#include <type_traits>
#include <utility>

#include <consent/config.hpp>
#include <consent/detail/capture_time.hpp>
#include <consent/detail/comparison.hpp>
#include <consent/detail/names.hpp>
#include <consent/dimensions.hpp>
#include <consent/enums.hpp>
#include <consent/evaluate.hpp>
#include <consent/policy.hpp>
#include <consent/snapshot.hpp>
#include <consent/version.hpp>

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

// Whether a later opt-out (or a move to a tier that is not trained on) also removes content
// captured before it. The policy reads forward only (R6); a product that removes old content from
// future training runs asks for applies_to_past explicitly (R8).
enum class withdrawal : std::uint8_t { forward_only, applies_to_past };

// Where a history cannot be trusted, for the log. `index` is the index of the change at fault.
enum class history_errc : std::uint8_t {
  empty,                // no change at all: no settings are known at any time
  out_of_order,         // earlier than the change before it (or, in a log, a smaller user)
  tier_out_of_range,    // a tier that is none of the enumerators
  toggle_out_of_range,  // a toggle that is none of the enumerators
  not_a_time,           // a floating-point instant that is NaN
};

struct history_error {
  history_errc code;
  std::size_t index;  // of the change at fault (of the log's row, for a settings log)

  CONSENT_DETAIL_EQUALITY(history_error, &history_error::code, &history_error::index)
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
[[nodiscard]] constexpr std::optional<history_error> first_problem(Change change_at,
                                                                   std::size_t begin,
                                                                   std::size_t end) noexcept {
  if (begin == end) return history_error{history_errc::empty, begin};
  for (std::size_t k = begin; k < end; ++k) {
    if (const auto problem =
            change_problem(change_at(k), k > begin ? &change_at(k - 1) : nullptr)) {
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
[[nodiscard]] constexpr snapshot in_force(Change change_at, std::size_t begin, std::size_t last,
                                          capture_time<Duration> t, mode chat) noexcept {
  const auto& newest = change_at(last);
  const snapshot newest_state{newest.account, newest.improve_model, chat};
  if (newest.at < t) return newest_state;
  std::size_t first = last;
  while (first > begin && !(change_at(first - 1).at < t)) --first;
  if (first == begin) return snapshot{};
  for (std::size_t k = first - 1; k <= last; ++k) {
    const snapshot candidate{change_at(k).account, change_at(k).improve_model, chat};
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
  const auto change_at = [data](std::size_t k) -> const element& { return data[k]; };
  if (detail::first_problem(change_at, 0, n) || !detail::is_time(captured_at)) return snapshot{};
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
  const snapshot at_capture = detail::in_force<Policy>(change_at, 0, low, captured_at, chat);
  if (applies == withdrawal::forward_only) return at_capture;
  return detail::withdrawn<Policy>(at_capture, data[n - 1]);
}

CONSENT_END_NAMESPACE
