#include <consent/evaluate.hpp>
#include <consent/policy.hpp>
#include <consent/policy_2026_10_05.hpp>

#include <consent/detail/checked_policy.hpp>

#include <cstddef>
#include <set>
#include <string_view>
#include <type_traits>

#include "catch.hpp"
#include "oracle.hpp"

using namespace consent;

namespace {
// The tiers the 2024 text names; its rules are asked about no other (R9).
bool named_in_2024(tier t) { return static_cast<unsigned>(t) <= static_cast<unsigned>(tier::api); }
}  // namespace

TEST_CASE("the rules answer every combination as the interpretation reads", "[policy]") {
  oracle::for_each_combination([](tier t, toggle g, mode m) {
    if (!named_in_2024(t)) return;
    CAPTURE(to_string(t), to_string(g), to_string(m));
    CHECK(policy_2024_06_12::decide(t, g, m) == oracle::expected(t, g, m));
    CHECK(policy_2024_06_12::rule_for(t, g, m).answer() == oracle::expected(t, g, m));
  });
  // Through evaluate, every combination: the tiers and the event 2024 does not name are refused.
  oracle::for_each_combination_with_feedback([](tier t, toggle g, mode m, feedback f) {
    CAPTURE(to_string(t), to_string(g), to_string(m), to_string(f));
    CHECK(evaluate<policy_2024_06_12>(t, g, m, f) == oracle::expected(t, g, m, f));
  });
}

TEST_CASE("the later policy answers every combination as its interpretation reads", "[policy]") {
  oracle::for_each_combination_with_feedback([](tier t, toggle g, mode m, feedback f) {
    CAPTURE(to_string(t), to_string(g), to_string(m), to_string(f));
    CHECK(policy_2026_10_05::decide(t, g, m, f) == oracle::expected_2026(t, g, m, f));
    CHECK(evaluate<policy_2026_10_05>(t, g, m, f) == oracle::expected_2026(t, g, m, f));
  });
  CHECK(std::is_same_v<latest_policy, policy_2026_10_05>);
  CHECK(std::is_same_v<default_policy, policy_2024_06_12>);
}

TEST_CASE("every rule decides at least one combination", "[policy]") {
  std::set<const rule*> used;
  oracle::for_each_combination([&](tier t, toggle g, mode m) {
    if (named_in_2024(t)) used.insert(&policy_2024_06_12::rule_for(t, g, m));
  });
  CHECK(used.size() == policy_2024_06_12::rules.size());
  std::set<const rule*> used_later;
  oracle::for_each_combination_with_feedback([&](tier t, toggle g, mode m, feedback f) {
    used_later.insert(&policy_2026_10_05::rule_for(t, g, m, f));
  });
  CHECK(used_later.size() == policy_2026_10_05::rules.size());
  CHECK(used_later.count(&detail::out_of_range_rule) == 0);  // the rules cover every state
}

TEST_CASE("every rule names its clause or reading, and only real ones", "[policy]") {
  // The clauses of each policy's source, and the readings, as docs/policy/ defines them.
  const std::set<std::string_view> clauses{"C1", "C2", "C3", "C4",  "C5", "C6",
                                           "C7", "C8", "C9", "C10", "C11"};
  const std::set<std::string_view> readings{"R1",  "R2",  "R3",  "R4",  "R5",  "R9",
                                            "R10", "R11", "R12", "R13", "R14", "R15"};
  const auto each_item = [](std::string_view list, auto&& f) {
    while (!list.empty()) {
      const std::size_t comma = list.find(", ");
      f(list.substr(0, comma));
      list = comma == std::string_view::npos ? std::string_view{} : list.substr(comma + 2);
    }
  };
  const auto check = [&](const rule& r) {
    CAPTURE(r.summary);
    CHECK_FALSE((r.clauses.empty() && r.reading.empty()));
    CHECK_FALSE(r.summary.empty());
    CHECK_FALSE(r.when().view().empty());
    each_item(r.clauses, [&](std::string_view c) { CHECK(clauses.count(c) == 1); });
    each_item(r.reading, [&](std::string_view c) { CHECK(readings.count(c) == 1); });
  };
  for (const rule& r : policy_2024_06_12::rules) check(r);
  for (const rule& r : policy_2026_10_05::rules) check(r);
}

TEST_CASE("a rule's answer follows its reason", "[policy]") {
  for (const rule& r : policy_2024_06_12::rules) {
    CHECK(r.answer().trainable == grants(r.why));
    CHECK(r.answer().why == r.why);
  }
  for (const rule& r : policy_2026_10_05::rules) CHECK(r.answer().trainable == grants(r.why));
}

TEST_CASE("rule_for closes out-of-range values with the non-state rule", "[policy][fail-closed]") {
  const rule& closed =
      policy_2024_06_12::rule_for(static_cast<tier>(9), toggle::on, mode::standard);
  CHECK(closed.answer() == refused_invalid);
  CHECK(policy_2024_06_12::rule_for(tier::plus, static_cast<toggle>(3), mode::standard).answer() ==
        refused_invalid);
}

TEST_CASE("a rule's words come from its sets", "[policy][rules]") {
  const auto& rules = policy_2024_06_12::rules;
  CHECK(rules[0].when().view() == "api, mode temporary");
  CHECK(rules[1].when().view() == "mode temporary");
  CHECK(rules[2].when().view() == "free or plus, toggle off");
  CHECK(rules[6].when().view() == "team or enterprise, toggle on");
  CHECK(rules[10].when().view() == "api, toggle unset");
  const rule three{{tier::free, tier::plus, tier::team},
                   {toggle::on, toggle::off},
                   every_value<mode>,
                   reason::opted_in,
                   "C1",
                   "",
                   "three tiers"};
  CHECK(three.when().view() == "free, plus or team, toggle on or off");
  const rule everything{
      every_value<tier>, every_value<toggle>, every_value<mode>, reason::opted_out, "", "", "all"};
  CHECK(everything.when().view() == "any state");
}

TEST_CASE("a rule matches exactly the product of its sets", "[policy][rules]") {
  for (const rule& r : policy_2024_06_12::rules) {
    oracle::for_each_combination([&](tier t, toggle g, mode m) {
      CHECK(r.applies(t, g, m) ==
            (r.tiers.contains(t) && r.toggles.contains(g) && r.modes.contains(m)));
    });
    CHECK_FALSE(r.applies(static_cast<tier>(9), toggle::on, mode::standard));
  }
}

TEST_CASE("the policy has a name and the first day it governs", "[policy]") {
  CHECK(policy_2024_06_12::name == "2024-06-12");
  CHECK(policy_2024_06_12::effective == date{2024, 6, 12});
  CHECK(default_policy::effective == date{2024, 6, 12});
}
