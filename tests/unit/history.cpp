#include <consent/history.hpp>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "catch.hpp"
#include "history.hpp"
#include "oracle.hpp"

using namespace consent;
using std::chrono::system_clock;

namespace {

using seconds = std::chrono::duration<std::int64_t>;
using double_seconds = std::chrono::duration<double>;
using time_s = std::chrono::time_point<system_clock, seconds>;
using change_s = basic_setting_change<seconds>;

constexpr time_s at(std::int64_t s) { return time_s(seconds(s)); }

constexpr snapshot free_unset{tier::free, toggle::unset, mode::standard};
constexpr snapshot plus_off{tier::plus, toggle::off, mode::standard};
constexpr snapshot plus_on{tier::plus, toggle::on, mode::standard};

// A user who signed up at 100 on Free, upgraded at 200, opted out at 300 and back in at 400.
const std::vector<change_s> history{{at(100), tier::free, toggle::unset},
                                    {at(200), tier::plus, toggle::unset},
                                    {at(300), tier::plus, toggle::off},
                                    {at(400), tier::plus, toggle::on}};

}  // namespace

TEST_CASE("state_at: the settings of the last change before the capture") {
  CHECK(state_at(history, at(150), mode::standard) == free_unset);
  CHECK(state_at(history, at(250), mode::standard) ==
        snapshot{tier::plus, toggle::unset, mode::standard});
  CHECK(state_at(history, at(350), mode::standard) == plus_off);
  CHECK(state_at(history, at(10000), mode::standard) == plus_on);
  CHECK(state_at(history, at(350), mode::temporary) ==
        snapshot{tier::plus, toggle::off, mode::temporary});
  // An opt-out applies going forward: content from before it keeps its answer (R6).
  CHECK(is_trainable(state_at(history, at(250), mode::standard)));
  CHECK_FALSE(is_trainable(state_at(history, at(350), mode::standard)));
}

TEST_CASE("state_at: before the first change, and at its instant, there is no state") {
  CHECK_FALSE(is_state(state_at(history, at(99), mode::standard)));
  CHECK_FALSE(is_state(state_at(history, at(100), mode::standard)));  // nothing in force before
  CHECK(evaluate(state_at(history, at(99), mode::standard)).why == reason::invalid_state);
  CHECK(is_state(state_at(history, at(101), mode::standard)));
}

TEST_CASE("state_at: an empty history has no state at any time") {
  const std::vector<change_s> none;
  CHECK_FALSE(is_state(state_at(none, at(0), mode::standard)));
  CHECK(check_history(none) == history_error{history_errc::empty, 0});
}

TEST_CASE("state_at: a change at the instant of capture counts only if both sides allow") {
  // Opting out at the capture instant refuses; so does opting in from opted out (the old side).
  const std::vector<change_s> opt_out{{at(0), tier::plus, toggle::on},
                                      {at(10), tier::plus, toggle::off}};
  const std::vector<change_s> opt_in{{at(0), tier::plus, toggle::off},
                                     {at(10), tier::plus, toggle::on}};
  const std::vector<change_s> both_allow{{at(0), tier::free, toggle::unset},
                                         {at(10), tier::plus, toggle::on}};
  CHECK(state_at(opt_out, at(10), mode::standard) == plus_off);
  CHECK(state_at(opt_in, at(10), mode::standard) == plus_off);
  CHECK(state_at(both_allow, at(10), mode::standard) == plus_on);  // the newest, both allow
  CHECK(state_at(opt_in, at(11), mode::standard) == plus_on);      // one tick later: the new side
}

TEST_CASE("state_at: several changes at one instant must all allow") {
  const std::vector<change_s> flicker{{at(0), tier::plus, toggle::on},
                                      {at(10), tier::plus, toggle::off},
                                      {at(10), tier::plus, toggle::on}};
  CHECK(state_at(flicker, at(10), mode::standard) == plus_off);
  CHECK(state_at(flicker, at(11), mode::standard) ==
        plus_on);  // the last of the instant rules after
  const std::vector<change_s> duplicates{{at(0), tier::plus, toggle::on},
                                         {at(10), tier::plus, toggle::on},
                                         {at(10), tier::plus, toggle::on}};
  CHECK(state_at(duplicates, at(10), mode::standard) == plus_on);
  // Several changes at the very first instant: still nothing in force before it.
  const std::vector<change_s> first_instant{{at(0), tier::plus, toggle::on},
                                            {at(0), tier::plus, toggle::on}};
  CHECK_FALSE(is_state(state_at(first_instant, at(0), mode::standard)));
  CHECK(state_at(first_instant, at(1), mode::standard) == plus_on);
}

TEST_CASE("state_at: the tie is resolved under the policy asked for") {
  // Team with the workspace opted in is trainable under 2024-06-12; the opt-in-only policy trains
  // only on explicit opt-ins, so Free untouched -> Plus opted in at one instant is refused there.
  const std::vector<change_s> upgrade{{at(0), tier::free, toggle::unset},
                                      {at(10), tier::plus, toggle::on}};
  CHECK(state_at(upgrade, at(10), mode::standard) == plus_on);
  CHECK(state_at<oracle::opt_in_only>(upgrade, at(10), mode::standard) == free_unset);
}

TEST_CASE("state_at: a history out of time order, or out of range, has no state") {
  const std::vector<change_s> reversed{{at(200), tier::plus, toggle::on},
                                       {at(100), tier::plus, toggle::on}};
  CHECK_FALSE(is_state(state_at(reversed, at(300), mode::standard)));
  CHECK(check_history(reversed) == history_error{history_errc::out_of_order, 1});

  std::vector<change_s> bad_tier = history;
  bad_tier[2].account = static_cast<tier>(9);
  CHECK_FALSE(is_state(state_at(bad_tier, at(150), mode::standard)));  // even before the bad one
  CHECK(check_history(bad_tier) == history_error{history_errc::tier_out_of_range, 2});

  std::vector<change_s> bad_toggle = history;
  bad_toggle[3].improve_model = static_cast<toggle>(3);
  CHECK(check_history(bad_toggle) == history_error{history_errc::toggle_out_of_range, 3});
  CHECK_FALSE(is_state(state_at(bad_toggle, at(10000), mode::standard)));

  // A change built without its settings is out of range.
  const std::vector<change_s> unset{{at(0)}};
  CHECK(check_history(unset) == history_error{history_errc::tier_out_of_range, 0});
  CHECK(check_history(history) == std::nullopt);
}

TEST_CASE("state_at: a mode outside the enum, or the API's Temporary Chat, is no state") {
  const std::vector<change_s> api{{at(0), tier::api, toggle::on}};
  CHECK_FALSE(is_state(state_at(api, at(5), mode::temporary)));
  CHECK(is_trainable(state_at(api, at(5), mode::standard)));
  CHECK_FALSE(is_state(state_at(history, at(150), static_cast<mode>(2))));
  CHECK_FALSE(is_state(state_at(history, at(150), static_cast<mode>(0xFF))));
}

TEST_CASE("state_at: capture times and changes at the extremes of the clock") {
  using tp = system_clock::time_point;
  const std::vector<setting_change> wide{{tp::min(), tier::free, toggle::unset},
                                         {tp::max(), tier::free, toggle::off}};
  CHECK_FALSE(is_state(state_at(wide, tp::min(), mode::standard)));  // the first instant
  CHECK(state_at(wide, tp::min() + tp::duration(1), mode::standard) == free_unset);
  CHECK(state_at(wide, tp::max() - tp::duration(1), mode::standard) == free_unset);
  // At max: the opt-out at that very instant refuses.
  CHECK(state_at(wide, tp::max(), mode::standard) ==
        snapshot{tier::free, toggle::off, mode::standard});
  const std::vector<setting_change> ordinary{{tp{}, tier::plus, toggle::on}};
  CHECK_FALSE(is_state(state_at(ordinary, tp::min(), mode::standard)));
  CHECK(state_at(ordinary, tp::max(), mode::standard) == plus_on);
}

TEST_CASE("state_at: floating-point capture times: NaN is no time") {
  using tp = std::chrono::time_point<system_clock, double_seconds>;
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double inf = std::numeric_limits<double>::infinity();
  const std::vector<basic_setting_change<double_seconds>> h{
      {tp(double_seconds(0.5)), tier::plus, toggle::on}};
  CHECK(state_at(h, tp(double_seconds(1.0)), mode::standard) == plus_on);
  CHECK_FALSE(is_state(state_at(h, tp(double_seconds(nan)), mode::standard)));
  CHECK_FALSE(is_state(state_at(h, tp(double_seconds(-inf)), mode::standard)));
  CHECK(state_at(h, tp(double_seconds(inf)), mode::standard) == plus_on);
  const std::vector<basic_setting_change<double_seconds>> nan_change{
      {tp(double_seconds(0.5)), tier::plus, toggle::on},
      {tp(double_seconds(nan)), tier::plus, toggle::on}};
  CHECK(check_history(nan_change) == history_error{history_errc::not_a_time, 1});
  CHECK_FALSE(is_state(state_at(nan_change, tp(double_seconds(1.0)), mode::standard)));
}

TEST_CASE("state_at: withdrawal applies a later refusal to content captured before it") {
  // Trainable at 250 (Plus, untouched); opted out at 300 and back in at 400.
  CHECK(is_trainable(state_at(history, at(250), mode::standard, withdrawal::applies_to_past)));
  const std::vector<change_s> left{history[0], history[1], history[2]};  // ends opted out
  CHECK(is_trainable(state_at(left, at(250), mode::standard)));          // forward only
  CHECK(state_at(left, at(250), mode::standard, withdrawal::applies_to_past) == plus_off);
  // A later opt-in never makes content captured while opted out trainable.
  CHECK(state_at(history, at(350), mode::standard, withdrawal::applies_to_past) == plus_off);
  // Content with no state at capture stays without one.
  CHECK_FALSE(is_state(state_at(left, at(50), mode::standard, withdrawal::applies_to_past)));
  CHECK(to_string(withdrawal::applies_to_past) == "applies_to_past");
}

namespace {

// Random histories over a small clock, so that ties, duplicates and extremes are common: times
// from a handful of values, including the clock's extremes; now and then a value out of range, a
// change out of order, or a NaN.
// Earlier first, NaN last: a strict weak order even with NaN, for std::sort.
template <class Time>
bool earlier(Time a, Time b) {
  const auto x = a.time_since_epoch().count();
  const auto y = b.time_since_epoch().count();
  if constexpr (std::is_floating_point_v<decltype(x)>) {
    if (y != y) return x == x;  // NaN last
  }
  return x < y;
}

template <class Duration>
struct generator {
  using time = std::chrono::time_point<system_clock, Duration>;
  std::mt19937_64 rng;

  explicit generator(std::uint64_t seed) : rng(seed) {}

  std::size_t below(std::size_t n) {
    return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng);
  }
  bool chance(unsigned percent) { return below(100) < percent; }

  time instant() {
    using rep = typename Duration::rep;
    switch (below(12)) {
      case 0:
        return time::min();
      case 1:
        return time::max();
      case 2:
        if constexpr (std::is_floating_point_v<rep>)
          return time(Duration(std::numeric_limits<rep>::quiet_NaN()));
        return time::min();
      default:
        return time(Duration(static_cast<rep>(below(8))));
    }
  }
  tier account() {
    return chance(3) ? static_cast<tier>(5 + below(250)) : static_cast<tier>(below(tier_count));
  }
  toggle improve() {
    return chance(3) ? static_cast<toggle>(3 + below(250))
                     : static_cast<toggle>(below(toggle_count));
  }
  mode chat() {
    return chance(3) ? static_cast<mode>(2 + below(250)) : static_cast<mode>(below(mode_count));
  }

  std::vector<basic_setting_change<Duration>> history() {
    std::vector<basic_setting_change<Duration>> h(below(6));
    for (auto& c : h) c = {instant(), account(), improve()};
    if (!chance(20)) {  // mostly in order
      std::sort(h.begin(), h.end(),
                [](const auto& a, const auto& b) { return earlier(a.at, b.at); });
    }
    return h;
  }
};

template <class Policy, class Duration>
void check_state_at_against_naive(std::uint64_t seed) {
  generator<Duration> g(seed);
  for (int round = 0; round < 4000; ++round) {
    const auto h = g.history();
    for (int capture = 0; capture < 8; ++capture) {
      const auto t = g.instant();
      const mode m = g.chat();
      for (const withdrawal w : {withdrawal::forward_only, withdrawal::applies_to_past}) {
        const snapshot expected = naive::state_at<Policy>(h, t, m, w);
        const snapshot got = state_at<Policy>(h, t, m, w);
        INFO("round " << round << " capture " << capture);
        REQUIRE(got == expected);
      }
    }
    REQUIRE(check_history(h).has_value() == !naive::usable(h));
  }
}

}  // namespace

TEST_CASE("state_at agrees with the naive restatement on random histories") {
  check_state_at_against_naive<default_policy, seconds>(1);
  check_state_at_against_naive<oracle::opt_in_only, seconds>(2);
  check_state_at_against_naive<default_policy, double_seconds>(3);
  check_state_at_against_naive<default_policy, std::chrono::duration<std::int32_t>>(4);
}

namespace {

template <class Duration>
naive::table<Duration> random_table(generator<Duration>& g) {
  naive::table<Duration> t;
  const std::size_t users = 1 + g.below(6);
  int user = static_cast<int>(g.below(3));
  for (std::size_t u = 0; u < users; ++u) {
    user += g.chance(10) ? -static_cast<int>(g.below(3)) : 1 + static_cast<int>(g.below(2));
    for (const auto& c : g.history()) t.log.push_back({user, c});
    const std::size_t rows = g.below(30);
    std::vector<typename generator<Duration>::time> times(rows);
    for (auto& time : times) time = g.instant();
    if (!g.chance(15)) {
      std::sort(times.begin(), times.end(), [](auto a, auto b) { return earlier(a, b); });
    }
    for (const auto time : times) {
      t.user.push_back(user + (g.chance(2) ? 1 : 0));  // now and then a row of another user
      t.captured_at.push_back(time);
      t.chat.push_back(g.chat());
    }
  }
  if (!g.chance(10)) {
    std::stable_sort(t.log.begin(), t.log.end(),
                     [](const auto& a, const auto& b) { return a.user < b.user; });
  }
  return t;
}

template <class User>
std::vector<user_rows<User>> runs_of(const std::vector<User>& users) {
  std::vector<user_rows<User>> runs;
  for (const User u : users) {
    if (runs.empty() || runs.back().user != u) runs.push_back({u, 0});
    ++runs.back().rows;
  }
  return runs;
}

template <class Policy, class Duration>
void check_backfill_against_naive(std::uint64_t seed) {
  generator<Duration> g(seed);
  for (int round = 0; round < 3000; ++round) {
    const naive::table<Duration> t = random_table(g);
    for (const withdrawal w : {withdrawal::forward_only, withdrawal::applies_to_past}) {
      const auto [expected_codes, expected_report] = naive::backfill<Policy>(t, w);
      INFO("round " << round);
      std::vector<std::uint8_t> codes(t.user.size(), 0xAA);
      REQUIRE(backfill<Policy>(t.user, t.captured_at, t.chat, t.log, codes, w) == expected_report);
      REQUIRE(codes == expected_codes);
      std::fill(codes.begin(), codes.end(), std::uint8_t{0xAA});
      REQUIRE(backfill<Policy>(runs_of(t.user), t.captured_at, t.chat, t.log, codes, w) ==
              expected_report);
      REQUIRE(codes == expected_codes);
      // One mode for every row: the same as a column of that mode.
      naive::table<Duration> standard = t;
      std::fill(standard.chat.begin(), standard.chat.end(), mode::standard);
      const auto [standard_codes, standard_report] = naive::backfill<Policy>(standard, w);
      std::fill(codes.begin(), codes.end(), std::uint8_t{0xAA});
      REQUIRE(backfill<Policy>(t.user, t.captured_at, mode::standard, t.log, codes, w) ==
              standard_report);
      REQUIRE(codes == standard_codes);
    }
  }
}

}  // namespace

TEST_CASE("backfill agrees with the naive restatement on random tables") {
  check_backfill_against_naive<default_policy, seconds>(11);
  check_backfill_against_naive<oracle::opt_in_only, seconds>(12);
  check_backfill_against_naive<default_policy, double_seconds>(13);
  check_backfill_against_naive<default_policy, std::chrono::duration<std::uint32_t>>(14);
}

TEST_CASE("backfill: long runs in time order take the eight-row path, with each kind of row") {
  // Long runs (the random tables above are short): a user with several changes, Temporary Chats
  // and a few invalid modes, rows before, at and after each change, in order and then shuffled.
  generator<seconds> g(21);
  for (int round = 0; round < 300; ++round) {
    naive::table<seconds> t;
    for (int user = 1; user <= 3; ++user) {
      std::vector<change_s> h;
      std::int64_t when = static_cast<std::int64_t>(g.below(50));
      for (std::size_t k = 0; k < 1 + g.below(5); ++k) {
        h.push_back({at(when), static_cast<tier>(g.below(tier_count)),
                     static_cast<toggle>(g.below(toggle_count))});
        when += static_cast<std::int64_t>(g.below(60));
      }
      for (const auto& c : h) t.log.push_back({user, c});
      std::vector<time_s> times(g.below(200));
      for (auto& time : times) time = at(static_cast<std::int64_t>(g.below(300)));
      std::sort(times.begin(), times.end());
      if (g.chance(20) && times.size() > 1)
        std::swap(times[g.below(times.size())], times[g.below(times.size())]);
      for (const auto time : times) {
        t.user.push_back(user);
        t.captured_at.push_back(time);
        t.chat.push_back(g.chance(2)    ? static_cast<mode>(7)
                         : g.chance(10) ? mode::temporary
                                        : mode::standard);
      }
    }
    for (const withdrawal w : {withdrawal::forward_only, withdrawal::applies_to_past}) {
      const auto [expected_codes, expected_report] = naive::backfill(t, w);
      std::vector<std::uint8_t> codes(t.user.size(), 0xAA);
      INFO("round " << round);
      REQUIRE(backfill(t.user, t.captured_at, t.chat, t.log, codes, w) == expected_report);
      REQUIRE(codes == expected_codes);
    }
  }
}

TEST_CASE("backfill: an unsorted log gives no row a state") {
  naive::table<seconds> t;
  t.user = {1, 2};
  t.captured_at = {at(50), at(50)};
  t.chat = {mode::standard, mode::standard};
  t.log = {{2, {at(0), tier::plus, toggle::on}}, {1, {at(0), tier::plus, toggle::on}}};
  std::vector<std::uint8_t> codes(2, 0xAA);
  const backfill_report report = backfill(t.user, t.captured_at, t.chat, t.log, codes);
  CHECK(report.log_unsorted_at == 1);
  CHECK(report.states == 0);
  CHECK(codes == std::vector<std::uint8_t>{wire::invalid_code, wire::invalid_code});
  CHECK(check_history(t.log) == history_error{history_errc::out_of_order, 1});
}

TEST_CASE("backfill: string user ids, runs without rows, and an empty table") {
  const std::vector<std::string> users{"ada", "ada", "bob"};
  const std::vector<time_s> times{at(5), at(15), at(15)};
  const std::vector<user_setting_change<std::string, seconds>> log{
      {"ada", {at(0), tier::plus, toggle::on}},
      {"ada", {at(10), tier::plus, toggle::off}},
      {"bob", {at(0), tier::free, toggle::unset}}};
  std::vector<std::uint8_t> codes(3);
  const backfill_report report = backfill(users, times, mode::standard, log, codes);
  CHECK(report.states == 3);
  CHECK(codes[0] == encode(plus_on));
  CHECK(codes[1] == encode(plus_off));
  CHECK(codes[2] == encode(free_unset));

  const std::vector<user_rows<std::string>> runs{{"ada", 2}, {"alice", 0}, {"bob", 1}};
  std::vector<std::uint8_t> again(3);
  CHECK(backfill(runs, times, mode::standard, log, again) == report);
  CHECK(again == codes);

  const std::vector<std::string> no_users;
  const std::vector<time_s> no_times;
  std::vector<std::uint8_t> no_codes;
  const backfill_report empty = backfill(no_users, no_times, mode::standard, log, no_codes);
  CHECK(empty.rows == 0);
  CHECK(empty.states == 0);
}

TEST_CASE("backfill: the report's words name every problem") {
  CHECK(to_string(history_errc::out_of_order) == "out_of_order");
  CHECK(to_string(history_errc::not_a_time) == "not_a_time");
  CHECK(to_string(static_cast<history_errc>(40)) == "unknown");
}
