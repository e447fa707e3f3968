#include <consent/diff.hpp>
#include <consent/policy_2026_10_05.hpp>

#include <cstddef>
#include <type_traits>
#include <vector>

#include "catch.hpp"
#include "no_business_training.hpp"
#include "oracle.hpp"

using namespace consent;

namespace {

using restatement = decision (*)(tier, toggle, mode, feedback);

// The changes between two restated policies, computed the obvious way, in all_states() order
// (feedback, then tier, toggle and mode).
std::vector<answer_change> naive_diff(restatement before, restatement after) {
  std::vector<answer_change> changes;
  oracle::for_each_combination_with_feedback([&](tier t, toggle g, mode m, feedback f) {
    if (!is_state(t, g, m, f)) return;
    const decision b = before(t, g, m, f);
    const decision a = after(t, g, m, f);
    if (b != a) changes.push_back(answer_change{snapshot{t, g, m, f}, b, a});
  });
  return changes;
}

// A policy of 0.1's tiers restated: what the 2024 restatement refuses before asking (non-states,
// R9) stays refused; the rest is the policy's own.
template <decision (*Own)(tier, toggle, mode)>
decision of_0_1_tiers(tier t, toggle g, mode m, feedback f) {
  const decision published = oracle::expected(t, g, m, f);
  if (published.why == reason::invalid_state || published.why == reason::not_in_policy) {
    return published;
  }
  return Own(t, g, m);
}

template <class Old, class New>
void check_diff(restatement before, restatement after) {
  constexpr auto computed = diff<Old, New>();
  const std::vector<answer_change> expected = naive_diff(before, after);
  REQUIRE(computed.size() == expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    CAPTURE(i, to_string(expected[i].consent_state).view());
    CHECK(computed[i] == expected[i]);
  }
  bool loosens = false;
  bool tightens = false;
  for (const answer_change& c : expected) {
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
  const restatement published = [](tier t, toggle g, mode m, feedback f) {
    return oracle::expected(t, g, m, f);
  };
  const restatement later = [](tier t, toggle g, mode m, feedback f) {
    return oracle::expected_2026(t, g, m, f);
  };
  const restatement strict = &of_0_1_tiers<oracle::expected_no_business_training>;
  const restatement opt_in = &of_0_1_tiers<oracle::expected_opt_in_only>;
  check_diff<policy_2024_06_12, policy_2024_06_12>(published, published);
  check_diff<policy_2024_06_12, no_business_training>(published, strict);
  check_diff<no_business_training, policy_2024_06_12>(strict, published);
  check_diff<policy_2024_06_12, oracle::opt_in_only>(published, opt_in);
  check_diff<oracle::opt_in_only, no_business_training>(opt_in, strict);
  check_diff<no_business_training, oracle::opt_in_only>(strict, opt_in);
  check_diff<policy_2024_06_12, policy_2026_10_05>(published, later);
  check_diff<policy_2026_10_05, policy_2024_06_12>(later, published);
  check_diff<policy_2026_10_05, no_business_training>(later, strict);
  CHECK(compared_count<policy_2024_06_12, no_business_training> == 27);
  CHECK(compared_count<policy_2024_06_12, policy_2026_10_05> == 90);
}

TEST_CASE("a diff names exactly the states that change", "[diff]") {
  constexpr auto changes = diff<policy_2024_06_12, no_business_training>();
  REQUIRE(changes.size() == 3);
  CHECK(changes[0].consent_state == snapshot{tier::team, toggle::on, mode::standard});
  CHECK(changes[0].before == decision{true, reason::opted_in});
  CHECK(changes[0].after == decision{false, reason::business_default});
  CHECK(changes[2].consent_state == snapshot{tier::api, toggle::on, mode::standard});
}

TEST_CASE("change, the 0.2 name of answer_change, is the same type", "[diff]") {
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"  // the old name, on purpose
#endif
  STATIC_REQUIRE(std::is_same_v<change, answer_change>);
  const change first = diff<policy_2024_06_12, policy_2026_10_05>()[0];
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif
  CHECK(first == diff<policy_2024_06_12, policy_2026_10_05>()[0]);
}
