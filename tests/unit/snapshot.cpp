#include <consent/snapshot.hpp>

#include <cstddef>
#include <functional>
#include <map>
#include <set>
#include <type_traits>
#include <unordered_set>

#include "catch.hpp"
#include "oracle.hpp"

using namespace consent;

TEST_CASE("snapshots are equal exactly when every field is", "[snapshot]") {
  oracle::for_each_combination([](tier t1, toggle g1, mode m1) {
    oracle::for_each_combination([&](tier t2, toggle g2, mode m2) {
      const snapshot a{t1, g1, m1};
      const snapshot b{t2, g2, m2};
      const bool same = t1 == t2 && g1 == g2 && m1 == m2;
      CHECK((a == b) == same);
      CHECK((a != b) == !same);
    });
  });
}

TEST_CASE("is_state: every in-range combination but the API's Temporary Chat", "[snapshot]") {
  std::size_t states = 0;
  oracle::for_each_combination([&](tier t, toggle g, mode m) {
    const bool expected = !(t == tier::api && m == mode::temporary);
    CHECK(is_state(t, g, m) == expected);
    CHECK(is_state(snapshot{t, g, m}) == expected);
    states += expected ? 1U : 0U;
  });
  CHECK(states == 45);  // 8 tiers x 3 toggles x 2 modes, less the API's 3 Temporary Chats
}

TEST_CASE("is_state is false for out-of-range values", "[snapshot][fail-closed]") {
  CHECK_FALSE(is_state(static_cast<tier>(8), toggle::on, mode::standard));
  CHECK_FALSE(is_state(tier::plus, toggle::on, mode::standard, static_cast<feedback>(2)));
  CHECK_FALSE(is_state(tier::plus, static_cast<toggle>(3), mode::standard));
  CHECK_FALSE(is_state(tier::plus, toggle::on, static_cast<mode>(2)));
  CHECK_FALSE(
      is_state(snapshot{static_cast<tier>(255), static_cast<toggle>(255), static_cast<mode>(255)}));
}

namespace {
// A row as a product declares it: the snapshot member is easy to leave out of an initialiser.
struct row {
  int id;
  snapshot consent_state;
};
}  // namespace

TEST_CASE("a snapshot whose fields were never set is not a state", "[snapshot][fail-closed]") {
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"  // the mistake under test
#endif
  const row r{7};
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif
  CHECK_FALSE(is_state(r.consent_state));
  row later{8, {}};
  CHECK_FALSE(is_state(later.consent_state));
  later.consent_state = snapshot{tier::free, toggle::unset, mode::standard};
  CHECK(is_state(later.consent_state));
  // Zeroed fields spell free/unset/standard, a trainable state: never what an unset field holds.
  const snapshot unset{};
  CHECK(unset.account != tier::free);
  CHECK(unset.improve_model != toggle::unset);
  CHECK(unset.chat != mode::standard);
}

TEST_CASE("snapshots key std::set, std::map and std::unordered_map", "[snapshot]") {
  std::set<snapshot> ordered;
  std::unordered_set<snapshot> hashed;
  std::unordered_set<std::size_t> hashes;
  std::map<decision, std::size_t> by_decision;
  for (const snapshot& s : all_states<latest_policy>()) {
    ordered.insert(s);
    hashed.insert(s);
    hashes.insert(std::hash<snapshot>{}(s));
    ++by_decision[evaluate<latest_policy>(s)];
  }
  CHECK(ordered.size() == 90);
  CHECK(hashed.size() == 90);
  CHECK(hashes.size() == 90);  // no two states share a hash
  CHECK(ordered.begin()->account == tier::free);
  std::size_t counted = 0;
  for (const auto& [d, n] : by_decision) counted += n;
  CHECK(counted == 90);
  CHECK(std::hash<decision>{}(decision{true, reason::opted_in}) !=
        std::hash<decision>{}(decision{false, reason::opted_in}));
}
