// consent: the codes backfill writes, worked out once a settings pair: compile-time tables of each
// pair's code in each mode, with and without withdrawal, and one user's history in the log.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

#include <consent/detail/capture_time.hpp>
#include <consent/dimensions.hpp>
#include <consent/evaluate.hpp>
#include <consent/settings_history.hpp>
#include <consent/snapshot.hpp>
#include <consent/version.hpp>
#include <consent/wire.hpp>

CONSENT_BEGIN_NAMESPACE
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

  Change change_at;   // change(k): the log's k-th change
  std::size_t begin;  // the user's changes are [begin, end), a sound history
  std::size_t end;
  bool withdraw;
  std::size_t current = table::pair(change_at(end - 1).account, change_at(end - 1).improve_model);

  // The codes of content captured strictly after change `last` and before the next.
  [[nodiscard]] constexpr mode_codes settled(std::size_t last) const noexcept {
    const std::size_t p = table::pair(change_at(last).account, change_at(last).improve_model);
    return withdraw ? table::withdrawn_by[p * table::pairs + current] : table::forward[p];
  }
  // The codes of content captured at the instant of change `last` (and of any before it at that
  // instant), not the first instant of the history.
  template <class Time>
  [[nodiscard]] constexpr mode_codes at_instant(std::size_t last, Time t) const noexcept {
    return {code(in_force<Policy>(change_at, begin, last, t, mode::standard)),
            code(in_force<Policy>(change_at, begin, last, t, mode::temporary))};
  }

 private:
  [[nodiscard]] constexpr std::uint8_t code(const snapshot& s) const noexcept {
    return encode(withdraw ? withdrawn<Policy>(s, change_at(end - 1)) : s);
  }
};

}  // namespace detail
CONSENT_END_NAMESPACE
