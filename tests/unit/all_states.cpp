#include <consent/all_states.hpp>
#include <consent/diff.hpp>
#include <consent/policy_2026_10_05.hpp>

#include <array>
#include <cstddef>
#include <set>
#include <type_traits>
#include <vector>

#include "catch.hpp"
#include "oracle.hpp"

using namespace consent;

TEST_CASE("all_states lists the 27 states, each once, in the documented order", "[all_states]") {
  constexpr auto states = all_states();

  // Documented order: tier, then toggle, then mode, each in enumerator order.
  const auto key = [](const snapshot& s) {
    return (static_cast<std::size_t>(s.account) * 3 + static_cast<std::size_t>(s.improve_model)) *
               2 +
           static_cast<std::size_t>(s.chat);
  };
  for (std::size_t i = 0; i < states.size(); ++i) {
    CAPTURE(i);
    CHECK(is_state(states[i]));
    if (i > 0) CHECK(key(states[i - 1]) < key(states[i]));  // strictly increasing: no repeats
  }

  // And none is missing.
  std::size_t found = 0;
  oracle::for_each_combination([&](tier t, toggle g, mode m) {
    if (!is_state(t, g, m) || static_cast<unsigned>(t) > static_cast<unsigned>(tier::api)) return;
    ++found;
    bool listed = false;
    for (const snapshot& s : states) listed = listed || s == snapshot{t, g, m};
    CHECK(listed);
  });
  CHECK(found == states.size());
  CHECK(states.front() == snapshot{tier::free, toggle::unset, mode::standard});
  CHECK(states.back() == snapshot{tier::api, toggle::off, mode::standard});
}

// Each list is one constant array: two calls give the same object, so a range built from two
// calls (begin of one, end of the other) is a range, and the answer stays a constant expression.
TEST_CASE("all_states, all_values and diff return one array, not a temporary", "[all_states]") {
  STATIC_REQUIRE(std::is_same_v<decltype(all_states()), const std::array<snapshot, state_count>&>);
  STATIC_REQUIRE(&all_states() == &all_states());
  STATIC_REQUIRE(&all_states<latest_policy>() == &all_states<latest_policy>());
  STATIC_REQUIRE(&all_values<tier>() == &all_values<tier>());
  STATIC_REQUIRE(&diff<policy_2024_06_12, latest_policy>() ==
                 &diff<policy_2024_06_12, latest_policy>());
  STATIC_REQUIRE(all_states()[0] == snapshot{tier::free, toggle::unset, mode::standard});

  const std::set<snapshot> states(all_states().begin(), all_states().end());
  CHECK(states.size() == state_count);
  const std::set<tier> tiers(all_values<tier>().begin(), all_values<tier>().end());
  CHECK(tiers.size() == enum_count<tier>);
  const std::vector<answer_change> changes(diff<policy_2024_06_12, latest_policy>().begin(),
                                           diff<policy_2024_06_12, latest_policy>().end());
  CHECK(changes.size() == change_count<policy_2024_06_12, latest_policy>);
}
