#include <consent/trainable.hpp>

#include <consent/all_states.hpp>

#include <cstddef>
#include <memory>
#include <string>
#include <type_traits>
#include <utility>

#include "catch.hpp"
#include "no_business_training.hpp"
#include "oracle.hpp"

using namespace consent;

namespace {

struct message {
  int id;
};

}  // namespace

TEMPLATE_LIST_TEST_CASE("for_training grants every trainable state", "[trainable]",
                        all_state_types<>) {
  using S = TestType;
  if constexpr (S::is_trainable()) {
    const trainable<message> granted = for_training(tag<S>(message{42}));
    CHECK(granted->id == 42);
    CHECK(granted.consent_state() == S::consent_state());
    CHECK(granted.why() == S::why());
    CHECK(grants(granted.why()));
  } else {
    // Refused at compile time (tests/compile_fail/for_training_*); the run-time gate agrees.
    const auto refused = try_for_training(message{42}, S::consent_state());
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().why == S::why());
    CHECK(refused.error().consent_state == S::consent_state());
    CHECK(refused.error().policy_name == default_policy::name);
  }
}

TEST_CASE("try_for_training decides every combination as evaluate does", "[trainable]") {
  oracle::for_each_combination([](tier t, toggle g, mode m) {
    const snapshot s{t, g, m};
    CAPTURE(to_string(t), to_string(g), to_string(m));
    const auto r = try_for_training(message{7}, s);
    const decision expected = oracle::expected(t, g, m);
    REQUIRE(r.has_value() == expected.trainable);
    if (r) {
      CHECK((*r)->id == 7);
      CHECK(r->consent_state() == s);
      CHECK(r->why() == expected.why);
    } else {
      if (expected.why == reason::not_in_policy) {  // never asked: the tier is not named (R9)
        CHECK(r.error() == refusal{expected.why, s, "2024-06-12", "", "R9"});
      } else {
        const rule& basis = default_policy::rule_for(t, g, m);
        CHECK(r.error() == refusal{expected.why, s, "2024-06-12", basis.clauses, basis.reading});
      }
    }
  });
}

TEST_CASE("try_for_training closes out-of-range states", "[trainable][fail-closed]") {
  const snapshot garbage{static_cast<tier>(200), toggle::on, mode::standard};
  const auto r = try_for_training(message{1}, garbage);
  REQUIRE_FALSE(r.has_value());
  CHECK(r.error().why == reason::invalid_state);
  CHECK(r.error().consent_state == garbage);
}

TEST_CASE("the contract's example holds", "[trainable]") {
  tagged<message, state<tier::plus, toggle::unset, mode::standard>> m{message{1}};
  trainable<message> t = for_training(std::move(m));
  CHECK(t->id == 1);
  auto r = try_for_training(message{2}, snapshot{tier::free, toggle::off, mode::standard});
  REQUIRE_FALSE(r.has_value());
  CHECK(r.error().why == reason::opted_out);
}

TEST_CASE("proofs carry move-only content", "[trainable]") {
  auto r = try_for_training(std::make_unique<int>(5),
                            snapshot{tier::enterprise, toggle::on, mode::standard});
  REQUIRE(r.has_value());
  trainable<std::unique_ptr<int>> proof = *std::move(r);
  std::unique_ptr<int> content = std::move(proof).value();
  REQUIRE(content != nullptr);
  CHECK(*content == 5);

  auto tagged_text = tag<state<tier::free, toggle::unset, mode::standard>>(std::string("hi"));
  trainable<std::string> text = for_training(std::move(tagged_text));
  CHECK(*text == "hi");
  CHECK(text.why() == reason::consumer_default);
}

TEST_CASE("the gates follow a custom policy", "[trainable][policy]") {
  const snapshot team_on{tier::team, toggle::on, mode::standard};
  CHECK(try_for_training(message{1}, team_on).has_value());
  const auto refused = try_for_training<no_business_training>(message{1}, team_on);
  REQUIRE_FALSE(refused.has_value());
  CHECK(refused.error().why == reason::business_default);
  using plus_on = state<tier::plus, toggle::on, mode::standard, no_business_training>;
  const trainable<message, no_business_training> granted = for_training(tag<plus_on>(message{9}));
  CHECK(granted->id == 9);
}

TEST_CASE("a proof belongs to the policy that granted it", "[trainable][policy][fail-closed]") {
  const snapshot free_off{tier::free, toggle::off, mode::standard};
  auto granted = try_for_training<oracle::lax>(message{1}, free_off);
  REQUIRE(granted.has_value());
  CHECK(granted->policy_name() == "lax");
  CHECK(trainable<message>::policy_name() == "2024-06-12");
}
