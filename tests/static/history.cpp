// Compile-time facts about <consent/history.hpp> (see static.hpp).
#include <consent/history.hpp>

#include <array>
#include <chrono>
#include <cstdint>

#include "static.hpp"

using namespace consent;

namespace static_tests::history_hpp {

using seconds = std::chrono::duration<std::int64_t>;
using time_s = std::chrono::time_point<std::chrono::system_clock, seconds>;
constexpr time_s at(std::int64_t s) { return time_s(seconds(s)); }

// A Free user who opted out at 10.
constexpr std::array<basic_setting_change<seconds>, 2> free_then_off{
    {{at(0), tier::free, toggle::unset}, {at(10), tier::free, toggle::off}}};

// "state_at answers at compile time, forward only"
[[maybe_unused]] void static_1() {
  static_assert(state_at(free_then_off, at(5), mode::standard) ==
                snapshot{tier::free, toggle::unset, mode::standard});
  static_assert(is_trainable(state_at(free_then_off, at(5), mode::standard)));
  static_assert(!is_trainable(state_at(free_then_off, at(11), mode::standard)));
}

// "a change at the instant of capture refuses unless both sides allow; the first instant has none"
[[maybe_unused]] void static_2() {
  static_assert(!is_trainable(state_at(free_then_off, at(10), mode::standard)));
  static_assert(!is_state(state_at(free_then_off, at(0), mode::standard)));
  static_assert(!is_state(state_at(free_then_off, at(-1), mode::standard)));
}

// "withdrawal is asked for, and then a later opt-out reaches back"
[[maybe_unused]] void static_3() {
  static_assert(state_at(free_then_off, at(5), mode::standard, withdrawal::applies_to_past) ==
                snapshot{tier::free, toggle::off, mode::standard});
}

// "check_history names where a history breaks"
[[maybe_unused]] void static_4() {
  static_assert(!check_history(free_then_off));
  constexpr std::array<basic_setting_change<seconds>, 2> reversed{
      {{at(10), tier::free, toggle::unset}, {at(0), tier::free, toggle::off}}};
  static_assert(*check_history(reversed) == history_error{history_errc::out_of_order, 1});
  static_assert(!is_state(state_at(reversed, at(20), mode::standard)));
  constexpr std::array<basic_setting_change<seconds>, 1> unset{{{at(0)}}};
  static_assert(check_history(unset)->code == history_errc::tier_out_of_range);
}

// "a default change and a default report hold nothing that could pass for settings"
[[maybe_unused]] void static_5() {
  static_assert(!is_valid(setting_change{}.account));
  static_assert(!is_valid(setting_change{}.improve_model));
  static_assert(backfill_report{}.states == 0);
  static_assert(enum_count<withdrawal> == 2);
}

}  // namespace static_tests::history_hpp
