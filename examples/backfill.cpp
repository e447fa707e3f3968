// Backfill: a messages table that was never stamped with consent states, next to the log of every
// user's settings changes (sign-ups, upgrades, opt-outs, opt-ins back). Each message is judged by
// the settings in force when it was captured, in one pass over both; the training export then
// takes only what try_for_training grants, and the summary says why the rest was left out.
//
//   backfill [users] [messages per user]      (default 2000 users, 50 messages each)
#include <consent/consent.hpp>
#include <consent/history.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "synthetic_history.hpp"

namespace {

struct message {
  std::size_t row;
};

std::size_t argument(int argc, char** argv, int index, std::size_t fallback) {
  if (argc <= index) return fallback;
  const long value = std::strtol(argv[index], nullptr, 10);
  return value > 0 ? static_cast<std::size_t>(value) : fallback;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace consent;
  const std::size_t users = argument(argc, argv, 1, 2000);
  const std::size_t per_user = argument(argc, argv, 2, 50);

  // The table, sorted by (user, captured_at), and the settings log, sorted by (user, at).
  const synthetic::table table = synthetic::generate(users, per_user);
  if (const auto problem = check_history(table.log)) {
    std::cerr << "backfill: the settings log breaks at change " << problem->index << ": "
              << to_string(problem->code) << '\n';
    return 1;
  }

  // One pass: the wire code of every message's state (wire::invalid_code where there is none).
  std::vector<std::uint8_t> codes(table.user.size());
  const backfill_report report =
      backfill(table.user, table.captured_at, table.chat, table.log, codes);

  // The export: each stored code decoded and put through the gate. Content without a state, or
  // whose state the policy refuses, never reaches the training set.
  std::vector<trainable<message>> training_set;
  std::array<std::size_t, reason_count> refused{};
  for (std::size_t row = 0; row < codes.size(); ++row) {
    const auto decoded = decode(codes[row]);
    const snapshot consent_state = decoded ? *decoded : snapshot{};
    auto granted = try_for_training(message{row}, consent_state);
    if (granted) {
      training_set.push_back(*std::move(granted));
    } else {
      ++refused[static_cast<std::size_t>(granted.error().why)];
    }
  }

  std::cout << users << " users, " << report.rows << " messages, " << table.log.size()
            << " settings changes\n";
  std::cout << "backfill: " << report.states
            << " messages with a state; without one: " << report.no_settings
            << " captured before the user's settings are known, " << report.broken_history
            << " from broken histories, " << report.out_of_order << " out of order\n";
  std::cout << "trained on: " << training_set.size() << '\n';
  std::cout << "refused:\n";
  std::size_t refused_total = 0;
  for (std::size_t r = 0; r < reason_count; ++r) {
    if (refused[r] == 0) continue;
    refused_total += refused[r];
    std::cout << "  " << to_string(static_cast<reason>(r)) << ": " << refused[r] << '\n';
  }
  if (!std::cout.flush()) {
    std::cerr << "backfill: could not write the summary\n";
    return 1;
  }
  // Every message is accounted for exactly once, and only states were trained on.
  const bool accounted = training_set.size() + refused_total == report.rows;
  const bool only_states =
      refused[static_cast<std::size_t>(reason::invalid_state)] == report.rows - report.states;
  return accounted && only_states ? 0 : 1;
}
