#include <consent/visit.hpp>

#include <consent/all_states.hpp>
#include <consent/trainable.hpp>

#include <cstdint>
#include <string_view>
#include <type_traits>

#include "catch.hpp"
#include "oracle.hpp"

using namespace consent;

TEST_CASE("visit passes the state type that matches the snapshot", "[visit]") {
  oracle::for_each_combination([](tier t, toggle g, mode m) {
    const snapshot s{t, g, m};
    CAPTURE(to_string(t), to_string(g), to_string(m));
    const bool is_a_state = visit(s, [](auto st) { return decltype(st)::is_a_state; });
    CHECK(is_a_state == is_state(s));
    const decision answered = visit(s, [](auto st) { return decltype(st)::answer(); });
    CHECK(answered == oracle::expected(t, g, m));
    if (is_state(s)) {
      const snapshot seen = visit(s, [](auto st) {
        if constexpr (decltype(st)::is_a_state)
          return decltype(st)::consent_state();
        else
          return snapshot{};
      });
      CHECK(seen == s);
    }
  });
}

TEST_CASE("an invalid snapshot reaches the callable closed", "[visit][fail-closed]") {
  for (unsigned bad = 8; bad < 256; bad += 25) {
    const auto raw = static_cast<std::uint8_t>(bad);
    for (const snapshot s : {snapshot{static_cast<tier>(raw), toggle::on, mode::standard},
                             snapshot{tier::plus, static_cast<toggle>(raw), mode::standard},
                             snapshot{tier::plus, toggle::on, static_cast<mode>(raw)}}) {
      const reason why = visit(s, [](auto st) { return decltype(st)::why(); });
      const bool trains = visit(s, [](auto st) { return decltype(st)::is_trainable(); });
      CHECK(why == reason::invalid_state);
      CHECK_FALSE(trains);
    }
  }
  const bool api_temporary_trains = visit(snapshot{tier::api, toggle::on, mode::temporary},
                                          [](auto st) { return decltype(st)::is_trainable(); });
  CHECK_FALSE(api_temporary_trains);
}

TEST_CASE("visit lifts run-time states into the compile-time gate", "[visit][trainable]") {
  struct message {
    int id;
  };
  int exported = 0;
  int refused = 0;
  for (const snapshot& s : all_states()) {
    visit(s, [&](auto st) {
      using S = decltype(st);
      if constexpr (S::is_trainable()) {
        const trainable<message> proof = for_training(tag<S>(message{exported}));
        exported += proof->id >= 0 ? 1 : 0;
      } else {
        ++refused;
      }
    });
  }
  CHECK(exported == 7);
  CHECK(refused == 20);
}

TEST_CASE("visit reaches every state of the later policy, feedback included", "[visit]") {
  std::size_t visited = 0;
  for (const snapshot& s : all_states<latest_policy>()) {
    const bool same = visit<latest_policy>(s, [&](auto st) {
      using S = decltype(st);
      if constexpr (S::is_a_state) {
        return S::consent_state() == s && S::answer() == evaluate<latest_policy>(s);
      } else {
        return false;
      }
    });
    CHECK(same);
    ++visited;
  }
  CHECK(visited == 90);
  // Under the default policy, feedback and the later tiers reach the callable refused.
  const reason why = visit(snapshot{tier::go, toggle::on, mode::standard},
                           [](auto st) { return decltype(st)::why(); });
  CHECK(why == reason::not_in_policy);
}

namespace {
struct counts_calls {
  int* calls;
  template <class S>
  int operator()(S) & {
    return ++*calls;
  }
};
}  // namespace

TEST_CASE("visit calls the callable once, as the value category it was given", "[visit]") {
  int calls = 0;
  counts_calls counter{&calls};
  CHECK(visit(snapshot{tier::free, toggle::on, mode::standard}, counter) == 1);
  CHECK(visit(snapshot{static_cast<tier>(9), toggle::on, mode::standard}, counter) == 2);
  CHECK(calls == 2);
}

TEST_CASE("visit passes states of the given policy", "[visit][policy]") {
  const snapshot plus_default{tier::plus, toggle::unset, mode::standard};
  CHECK(visit(plus_default, [](auto st) { return decltype(st)::is_trainable(); }));
  CHECK_FALSE(visit<oracle::opt_in_only>(plus_default,
                                         [](auto st) { return decltype(st)::is_trainable(); }));
  const bool policy_is_strict = visit<oracle::opt_in_only>(plus_default, [](auto st) {
    return std::is_same_v<typename decltype(st)::policy, oracle::opt_in_only>;
  });
  CHECK(policy_is_strict);
}
