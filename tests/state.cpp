#include <consent/state.hpp>

#include <consent/all_states.hpp>

#include <cstdint>
#include <type_traits>

#include "catch.hpp"
#include "oracle.hpp"

using namespace consent;

TEMPLATE_LIST_TEST_CASE("a state type answers as the run-time call, at compile time", "[state]",
                        all_state_types<>) {
  using S = TestType;
  STATIC_REQUIRE(S::answer() == oracle::expected(S::account, S::improve_model, S::chat));
  STATIC_REQUIRE(S::answer() == evaluate(S::consent_state()));
  STATIC_REQUIRE(S::is_trainable() == S::answer().trainable);
  STATIC_REQUIRE(S::why() == S::answer().why);
  STATIC_REQUIRE(S::consent_state() == snapshot{S::account, S::improve_model, S::chat});
  STATIC_REQUIRE(std::is_same_v<typename S::policy, default_policy>);
  STATIC_REQUIRE(std::is_empty_v<S>);
}

TEMPLATE_LIST_TEST_CASE("a state type answers as the run-time call, at run time", "[state]",
                        all_state_types<>) {
  using S = TestType;
  volatile std::uint8_t t = static_cast<std::uint8_t>(S::account);
  volatile std::uint8_t g = static_cast<std::uint8_t>(S::improve_model);
  volatile std::uint8_t m = static_cast<std::uint8_t>(S::chat);
  const decision at_run_time =
      evaluate(static_cast<tier>(t), static_cast<toggle>(g), static_cast<mode>(m));
  CHECK(at_run_time == S::answer());
  CHECK(S::is_trainable() == at_run_time.trainable);
}

TEST_CASE("the contract's compile-time examples hold", "[state]") {
  STATIC_REQUIRE(state<tier::plus, toggle::unset, mode::standard>::is_trainable());
  STATIC_REQUIRE_FALSE(state<tier::plus, toggle::on, mode::temporary>::is_trainable());
  STATIC_REQUIRE(state<tier::team, toggle::unset, mode::standard>::why() ==
                 reason::business_default);
  STATIC_REQUIRE(state<tier::api, toggle::unset, mode::standard>::why() == reason::api_default);
  STATIC_REQUIRE(state<tier::free, toggle::off, mode::standard>::why() == reason::opted_out);
}

namespace {
struct nothing_trains {
  static constexpr std::string_view name = "nothing-trains";
  static constexpr decision decide(tier t, toggle g, mode m) noexcept {
    if (!is_state(t, g, m)) return refused_invalid;
    const decision d = policy_2024_06_12::decide(t, g, m);
    return d.trainable ? decision{false, reason::opted_out} : d;
  }
};
}  // namespace

TEMPLATE_LIST_TEST_CASE("a state type follows its policy", "[state][policy]",
                        all_state_types<nothing_trains>) {
  using S = TestType;
  STATIC_REQUIRE(std::is_same_v<typename S::policy, nothing_trains>);
  STATIC_REQUIRE_FALSE(S::is_trainable());
  STATIC_REQUIRE(S::answer() == evaluate<nothing_trains>(S::consent_state()));
}
