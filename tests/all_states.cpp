#include <consent/all_states.hpp>

#include <cstddef>

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
