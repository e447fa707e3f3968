// Compile-time facts about <consent/state.hpp> (see static.hpp).
#include <consent/all_states.hpp>
#include <consent/state.hpp>
#include <cstdint>
#include <type_traits>
#include "oracle.hpp"

#include "static.hpp"

using namespace consent;

namespace static_tests::state_hpp {

struct nothing_trains {
  static constexpr std::string_view name = "nothing-trains";
  static constexpr date effective{2024, 6, 12};
  static constexpr decision decide(tier t, toggle g, mode m) noexcept {
    if (!is_state(t, g, m)) return refused_invalid;
    const decision d = policy_2024_06_12::decide(t, g, m);
    return d.trainable ? decision{false, reason::opted_out} : d;
  }
};

// "a state type answers as the run-time call (for every all_state_types<>)
template <class TestType>
struct static_1 {
  using S = TestType;
  static_assert(S::answer() == oracle::expected(S::account, S::improve_model, S::chat));
  static_assert(S::answer() == evaluate(S::consent_state()));
  static_assert(S::is_trainable() == S::answer().trainable);
  static_assert(S::why() == S::answer().why);
  static_assert(S::consent_state() == snapshot{S::account, S::improve_model, S::chat});
  static_assert(std::is_same_v<typename S::policy, default_policy>);
  static_assert(std::is_empty_v<S>);

  static constexpr bool value = true;
};
static_assert(static_tests::for_each_type<static_1>(all_state_types<>{}));

// "the contract's compile-time examples hold"
[[maybe_unused]] void static_2() {
  static_assert(state<tier::plus, toggle::unset, mode::standard>::is_trainable());
  static_assert(!state<tier::plus, toggle::on, mode::temporary>::is_trainable());
  static_assert(state<tier::team, toggle::unset, mode::standard>::why() ==
                reason::business_default);
  static_assert(state<tier::api, toggle::unset, mode::standard>::why() == reason::api_default);
  static_assert(state<tier::free, toggle::off, mode::standard>::why() == reason::opted_out);
}

// "a state type follows its policy" (for every all_state_types<nothing_trains>)
template <class TestType>
struct static_3 {
  using S = TestType;
  static_assert(std::is_same_v<typename S::policy, nothing_trains>);
  static_assert(!S::is_trainable());
  static_assert(S::answer() == evaluate<nothing_trains>(S::consent_state()));

  static constexpr bool value = true;
};
static_assert(static_tests::for_each_type<static_3>(all_state_types<nothing_trains>{}));

}  // namespace static_tests::state_hpp
