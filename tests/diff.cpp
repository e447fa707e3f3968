#include <consent/diff.hpp>

#include <cstddef>
#include <vector>

#include "../examples/no_business_training.hpp"
#include "catch.hpp"
#include "oracle.hpp"

using namespace consent;

namespace {

using restatement = decision (*)(tier, toggle, mode);

// The changes between two restated policies, computed the obvious way, in all_states() order.
std::vector<change> naive_diff(restatement before, restatement after) {
  std::vector<change> changes;
  oracle::for_each_combination([&](tier t, toggle g, mode m) {
    if (!is_state(t, g, m)) return;
    const decision b = before(t, g, m);
    const decision a = after(t, g, m);
    if (b != a) changes.push_back(change{snapshot{t, g, m}, b, a});
  });
  return changes;
}

template <class Old, class New>
void check_diff(restatement before, restatement after) {
  constexpr auto computed = diff<Old, New>();
  const std::vector<change> expected = naive_diff(before, after);
  REQUIRE(computed.size() == expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    CAPTURE(i, to_string(expected[i].state).view());
    CHECK(computed[i] == expected[i]);
  }
  bool loosens = false;
  bool tightens = false;
  for (const change& c : expected) {
    loosens = loosens || (!c.before.trainable && c.after.trainable);
    tightens = tightens || (c.before.trainable && !c.after.trainable);
  }
  CHECK(loosens_v<Old, New> == loosens);
  CHECK(tightens_v<Old, New> == tightens);
  CHECK(same_answers_v<Old, New> == (!loosens && !tightens));
  CHECK(change_count<Old, New> == expected.size());
}

}  // namespace

TEST_CASE("every built-in and example policy diffed against each other", "[diff]") {
  const restatement published = [](tier t, toggle g, mode m) { return oracle::expected(t, g, m); };
  const restatement strict = [](tier t, toggle g, mode m) {
    return oracle::expected_no_business_training(t, g, m);
  };
  const restatement opt_in = [](tier t, toggle g, mode m) {
    return oracle::expected_opt_in_only(t, g, m);
  };
  check_diff<policy_2024_06_12, policy_2024_06_12>(published, published);
  check_diff<policy_2024_06_12, no_business_training>(published, strict);
  check_diff<no_business_training, policy_2024_06_12>(strict, published);
  check_diff<policy_2024_06_12, oracle::opt_in_only>(published, opt_in);
  check_diff<oracle::opt_in_only, no_business_training>(opt_in, strict);
  check_diff<no_business_training, oracle::opt_in_only>(strict, opt_in);
}

TEST_CASE("a diff names exactly the states that change", "[diff]") {
  constexpr auto changes = diff<policy_2024_06_12, no_business_training>();
  REQUIRE(changes.size() == 3);
  CHECK(changes[0].state == snapshot{tier::team, toggle::on, mode::standard});
  CHECK(changes[0].before == decision{true, reason::opted_in});
  CHECK(changes[0].after == decision{false, reason::business_default});
  CHECK(changes[2].state == snapshot{tier::api, toggle::on, mode::standard});
}
