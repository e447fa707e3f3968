// consent: backfill, the consent state of every row of a table that was never stamped, in one merge
// pass over the table and the settings log (docs/history.md).
#pragma once

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <type_traits>

#include <consent/backfill_io.hpp>
#include <consent/config.hpp>
#include <consent/detail/backfill_modes.hpp>
#include <consent/detail/backfill_pass.hpp>
#include <consent/enums.hpp>
#include <consent/policy.hpp>
#include <consent/settings_history.hpp>
#include <consent/version.hpp>

CONSENT_BEGIN_NAMESPACE

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
