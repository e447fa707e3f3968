// consent: what backfill reads besides its columns (the runs of a table sorted by user) and what
// it reports.
#pragma once

#include <cstddef>

#include <consent/detail/comparison.hpp>
#include <consent/version.hpp>

CONSENT_BEGIN_NAMESPACE

// A run of a messages table sorted by user: the user's id and how many rows follow for them.
template <class User>
struct user_rows {
  User user{};
  std::size_t rows = 0;

  CONSENT_DETAIL_EQUALITY(user_rows, &user_rows::user, &user_rows::rows)
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

CONSENT_END_NAMESPACE
