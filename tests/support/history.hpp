// The settings in force at a capture time, restated the slow, obvious way, for the history tests
// and the history fuzzer to hold state_at and backfill to. Nothing here calls the SDK's history
// code: it scans every change for every row.
#pragma once

#include <consent/evaluate.hpp>
#include <consent/history.hpp>
#include <consent/wire.hpp>

#include <cstddef>
#include <cstdint>
#include <type_traits>
#include <vector>

namespace naive {

template <class Duration>
using change = consent::basic_setting_change<Duration>;

template <class Duration>
bool is_nan(std::chrono::time_point<std::chrono::system_clock, Duration> t) {
  if constexpr (std::is_floating_point_v<typename Duration::rep>) {
    return t.time_since_epoch().count() != t.time_since_epoch().count();
  } else {
    return false;
  }
}

// A history is usable when it has a change, every value is in range, no instant is NaN, and no
// change is earlier than the one before it.
template <class Duration>
bool usable(const std::vector<change<Duration>>& history) {
  if (history.empty()) return false;
  for (std::size_t k = 0; k < history.size(); ++k) {
    const auto& c = history[k];
    if (is_nan(c.at)) return false;
    if (static_cast<unsigned>(c.account) >= consent::tier_count) return false;
    if (static_cast<unsigned>(c.improve_model) >= consent::toggle_count) return false;
    if (k > 0 && c.at < history[k - 1].at) return false;
  }
  return true;
}

// The settings of content captured at t: those of the last change strictly before t, unless
// changes fall on t itself, when the settings before t and every change at t, in list order, must
// all allow training (the first that refuses answers; else the last at t). Nothing before t and
// nothing at t, or changes at t but nothing before: no state. With withdrawal, content the capture
// settings allow is refused when the last change's settings do not.
template <class Policy = consent::default_policy, class Duration>
consent::snapshot state_at(const std::vector<change<Duration>>& history,
                           std::chrono::time_point<std::chrono::system_clock, Duration> t,
                           consent::mode chat, consent::withdrawal applies) {
  if (!usable(history) || is_nan(t)) return consent::snapshot{};
  const change<Duration>* before = nullptr;
  std::vector<const change<Duration>*> at_t;
  for (const auto& c : history) {
    if (c.at < t) before = &c;
    if (c.at == t) at_t.push_back(&c);
  }
  consent::snapshot answer{};
  if (at_t.empty()) {
    if (before == nullptr) return consent::snapshot{};
    answer = {before->account, before->improve_model, chat};
  } else {
    if (before == nullptr) return consent::snapshot{};
    std::vector<const change<Duration>*> candidates{before};
    candidates.insert(candidates.end(), at_t.begin(), at_t.end());
    answer = {at_t.back()->account, at_t.back()->improve_model, chat};
    for (const auto* c : candidates) {
      const consent::snapshot s{c->account, c->improve_model, chat};
      if (!consent::is_trainable<Policy>(s)) {
        answer = s;
        break;
      }
    }
  }
  if (applies == consent::withdrawal::applies_to_past && consent::is_trainable<Policy>(answer)) {
    const consent::snapshot now{history.back().account, history.back().improve_model, chat};
    if (!consent::is_trainable<Policy>(now)) answer = now;
  }
  return answer;
}

// A messages table and a settings log, as backfill takes them (users as a column).
template <class Duration>
struct table {
  std::vector<int> user;
  std::vector<std::chrono::time_point<std::chrono::system_clock, Duration>> captured_at;
  std::vector<consent::mode> chat;
  std::vector<consent::user_setting_change<int, Duration>> log;
};

// What backfill must write and report: the log checked first (users in order, or nothing is a
// state); then runs of equal users, a run whose user is not greater than the previous run's out
// of order; then each row as state_at over its user's changes, with the reason for a non-state in
// the order the report counts them.
template <class Policy = consent::default_policy, class Duration>
std::pair<std::vector<std::uint8_t>, consent::backfill_report> backfill(
    const table<Duration>& t, consent::withdrawal applies) {
  const std::size_t rows = t.user.size();
  std::vector<std::uint8_t> codes(rows, consent::wire::invalid_code);
  consent::backfill_report report;
  report.rows = rows;
  report.log_unsorted_at = t.log.size();
  for (std::size_t k = 1; k < t.log.size(); ++k) {
    if (t.log[k].user < t.log[k - 1].user) {
      report.log_unsorted_at = k;
      return {codes, report};
    }
  }
  bool any_run = false;
  int last_user = 0;
  for (std::size_t low = 0; low < rows;) {
    std::size_t high = low;
    while (high < rows && t.user[high] == t.user[low]) ++high;
    const int user = t.user[low];
    const bool in_order = !any_run || last_user < user;
    if (in_order) {
      any_run = true;
      last_user = user;
    }
    std::vector<change<Duration>> history;
    for (const auto& entry : t.log) {
      if (entry.user == user) history.push_back(entry.change);
    }
    for (std::size_t i = low; i < high; ++i) {
      if (!in_order) {
        ++report.out_of_order;
        continue;
      }
      if (history.empty()) {
        ++report.no_settings;
        continue;
      }
      if (!usable(history)) {
        ++report.broken_history;
        continue;
      }
      if (is_nan(t.captured_at[i])) {
        ++report.not_a_time;
        continue;
      }
      if (!(history.front().at < t.captured_at[i])) {  // before the first change, or at it
        ++report.no_settings;
        continue;
      }
      codes[i] = consent::encode(state_at<Policy>(history, t.captured_at[i], t.chat[i], applies));
      report.states += codes[i] != consent::wire::invalid_code;
    }
    low = high;
  }
  return {codes, report};
}

}  // namespace naive
