// Made-up users and messages with realistic settings histories, the same on every run: sign-ups on
// every tier, plan upgrades and downgrades, opt-outs, opt-ins back, a workspace opting in,
// Temporary Chats, and a few messages captured before the user's first recorded change or at the
// very instant of one. Shared by examples/backfill.cpp and the backfill benchmark.
#pragma once

#include <consent/history.hpp>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <random>
#include <vector>

namespace synthetic {

using user_id = std::uint64_t;
using time_point = std::chrono::system_clock::time_point;

// A messages table sorted by (user, captured_at), as columns, and the settings log sorted by
// (user, at).
struct table {
  std::vector<user_id> user;
  std::vector<time_point> captured_at;
  std::vector<consent::mode> chat;
  std::vector<consent::user_setting_change<user_id>> log;
};

inline time_point at_second(std::int64_t s) {
  return time_point(std::chrono::duration_cast<time_point::duration>(std::chrono::seconds(s)));
}

// `users` users with `messages_per_user` messages each, from 2023-01-01 to 2024-12-31. After
// sign-up, a user changes settings `changes_per_user` times on average (a geometric count): most
// users never touch them, a few change them often.
inline table generate(std::size_t users, std::size_t messages_per_user,
                      double changes_per_user = 0.6, std::uint64_t seed = 7) {
  constexpr std::int64_t first_day = 1672531200;  // 2023-01-01T00:00:00Z
  constexpr std::int64_t last_day = 1735603200;   // 2024-12-31T00:00:00Z
  using consent::tier;
  using consent::toggle;
  std::mt19937_64 rng(seed);
  const auto uniform = [&rng](std::int64_t low, std::int64_t high) {
    return std::uniform_int_distribution<std::int64_t>(low, high)(rng);
  };
  const auto chance = [&rng](double p) { return std::bernoulli_distribution(p)(rng); };

  table t;
  t.user.reserve(users * messages_per_user);
  t.captured_at.reserve(users * messages_per_user);
  t.chat.reserve(users * messages_per_user);
  std::vector<std::int64_t> change_times;
  std::vector<std::int64_t> message_times(messages_per_user);
  for (std::size_t u = 0; u < users; ++u) {
    const user_id id = 1000 + u * 3;  // ids with gaps, as a table's would have
    const std::int64_t signup = uniform(first_day, last_day - 86400 * 30);

    // Sign-up: mostly consumers with the toggle untouched; some workspaces and API organisations.
    const auto roll = uniform(0, 99);
    tier account = roll < 70   ? tier::free
                   : roll < 88 ? tier::plus
                   : roll < 94 ? tier::team
                   : roll < 97 ? tier::enterprise
                               : tier::api;
    toggle improve = toggle::unset;
    t.log.push_back({id, {at_second(signup), account, improve}});

    // Later changes: upgrades and downgrades, the toggle turned off and back on.
    change_times.clear();
    while (chance(changes_per_user / (1 + changes_per_user))) {
      change_times.push_back(uniform(signup + 1, last_day));
    }
    std::sort(change_times.begin(), change_times.end());
    for (const std::int64_t when : change_times) {
      const bool consumer = account == tier::free || account == tier::plus;
      if (consumer && chance(0.3)) {
        account = account == tier::free ? tier::plus : tier::free;  // upgrade or downgrade
      } else if (consumer) {
        improve = improve == toggle::off ? toggle::on : toggle::off;  // opt out, or back in
      } else {
        improve = improve == toggle::on ? toggle::off : toggle::on;  // a workspace opts in or out
      }
      t.log.push_back({id, {at_second(when), account, improve}});
    }

    // Messages from a little before sign-up (imported history, no settings known) to the end;
    // one user in 50 has a message at the very second of a change.
    for (auto& m : message_times) m = uniform(signup - 86400, last_day);
    if (chance(0.02)) {
      change_times.push_back(signup);
      message_times[0] = change_times[static_cast<std::size_t>(
          uniform(0, static_cast<std::int64_t>(change_times.size()) - 1))];
    }
    std::sort(message_times.begin(), message_times.end());
    for (const std::int64_t when : message_times) {
      t.user.push_back(id);
      t.captured_at.push_back(at_second(when));
      const bool temporary = account != tier::api && chance(0.08);
      t.chat.push_back(temporary ? consent::mode::temporary : consent::mode::standard);
    }
  }
  return t;
}

// The runs of a sorted user column: each user once, with their number of rows.
inline std::vector<consent::user_rows<user_id>> runs_of(const std::vector<user_id>& users) {
  std::vector<consent::user_rows<user_id>> runs;
  for (const user_id u : users) {
    if (runs.empty() || runs.back().user != u) runs.push_back({u, 0});
    ++runs.back().rows;
  }
  return runs;
}

}  // namespace synthetic
