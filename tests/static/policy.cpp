// Compile-time facts about <consent/policy.hpp> (see static.hpp).
#include <consent/all_states.hpp>
#include <consent/detail/checked_policy.hpp>
#include <consent/policy.hpp>
#include <consent/policy_2026_10_05.hpp>
#include <consent/state.hpp>
#include <cstddef>
#include <set>
#include <string_view>
#include "oracle.hpp"

#include "static.hpp"

using namespace consent;

namespace static_tests::policy_hpp {

struct calls_non_state_trainable {
  static constexpr decision decide(tier, toggle, mode) noexcept { return {true, reason::opted_in}; }
};
struct refuses_non_state_wrongly {
  static constexpr decision decide(tier t, toggle g, mode m) noexcept {
    return is_state(t, g, m) ? policy_2024_06_12::decide(t, g, m)
                             : decision{false, reason::temporary_chat};
  }
};
struct calls_state_invalid {
  static constexpr decision decide(tier t, toggle g, mode m) noexcept {
    return t == tier::team ? refused_invalid : policy_2024_06_12::decide(t, g, m);
  }
};
struct trainable_with_refusing_reason {
  static constexpr decision decide(tier t, toggle g, mode m) noexcept {
    const decision d = policy_2024_06_12::decide(t, g, m);
    return d.why == reason::opted_out ? decision{true, reason::opted_out} : d;
  }
};
struct refused_with_granting_reason {
  static constexpr decision decide(tier t, toggle g, mode m) noexcept {
    const decision d = policy_2024_06_12::decide(t, g, m);
    return d.why == reason::opted_in ? decision{false, reason::opted_in} : d;
  }
};
struct reason_out_of_range {
  static constexpr decision decide(tier t, toggle g, mode m) noexcept {
    const decision d = policy_2024_06_12::decide(t, g, m);
    return d.why == reason::opted_out ? decision{false, static_cast<reason>(42)} : d;
  }
};
struct no_decide {};

template <class Policy>
constexpr bool breaks(detail::contract_breach clause) {
  return detail::answers_breach<Policy>() == clause;
}

// "the policy contract holds for the published policy"
[[maybe_unused]] void static_1() {
  static_assert(detail::has_decide<policy_2024_06_12>);
  static_assert(detail::first_breach<policy_2024_06_12>() == detail::contract_breach::none);
}

// "the policy contract catches each way a policy can break it"
[[maybe_unused]] void static_2() {
  static_assert(breaks<calls_non_state_trainable>(detail::contract_breach::non_state_trainable));
  static_assert(breaks<refuses_non_state_wrongly>(detail::contract_breach::non_state_not_invalid));
  static_assert(breaks<calls_state_invalid>(detail::contract_breach::state_called_invalid));
  static_assert(
      breaks<trainable_with_refusing_reason>(detail::contract_breach::trainable_but_refusing));
  static_assert(
      breaks<refused_with_granting_reason>(detail::contract_breach::refused_but_granting));
  static_assert(breaks<reason_out_of_range>(detail::contract_breach::reason_out_of_range));
  static_assert(!detail::has_decide<no_decide>);
  static_assert(detail::first_breach<no_decide>() == detail::contract_breach::no_decide);
  // Each broken policy is found at its own clause, not an unrelated one.
  static_assert(
      !breaks<trainable_with_refusing_reason>(detail::contract_breach::refused_but_granting));
  static_assert(
      !breaks<refused_with_granting_reason>(detail::contract_breach::trainable_but_refusing));
  static_assert(!breaks<calls_state_invalid>(detail::contract_breach::non_state_trainable));
}

// A policy written before a tier existed that would grant anything it is asked: it is never asked
// about the tiers or the event it does not name (R9).
struct grants_everything_it_is_asked {
  static constexpr std::string_view name = "grants";
  static constexpr date effective{2024, 6, 12};
  static constexpr decision decide(tier t, toggle g, mode m) noexcept {
    return is_state(t, g, m) ? decision{true, reason::opted_in} : refused_invalid;
  }
};
// A policy that names feedback but cannot decide it.
struct names_feedback_without_deciding_it {
  static constexpr std::string_view name = "half";
  static constexpr date effective{2024, 6, 12};
  static constexpr value_set<feedback> known_feedback = every_value<feedback>;
  static constexpr decision decide(tier t, toggle g, mode m) noexcept {
    return policy_2024_06_12::decide(t, g, m);
  }
};

// "the later policy passes the audit, names every tier and feedback, and keeps 0.1's states"
[[maybe_unused]] void static_3() {
  static_assert(detail::first_breach<policy_2026_10_05>() == detail::contract_breach::none);
  static_assert(state_count_for<policy_2026_10_05> == 90);
  static_assert(state_count_for<policy_2024_06_12> == 27 && state_count == 27);
  static_assert(all_state_types<latest_policy>::size == 90);
  static_assert(state<tier::go, toggle::unset, mode::standard, latest_policy>::is_trainable());
  static_assert(state<tier::go, toggle::unset, mode::standard>::why() == reason::not_in_policy);
  static_assert(state<tier::business, toggle::on, mode::standard, latest_policy>::is_trainable());
  static_assert(!state<tier::pro, toggle::unset, mode::standard, latest_policy>::is_trainable());
  static_assert(state<tier::plus, toggle::off, mode::standard, latest_policy,
                      feedback::given>::why() == reason::opted_out);  // R14
  static_assert(state<tier::plus, toggle::on, mode::standard, default_policy,
                      feedback::given>::why() == reason::not_in_policy);  // R9
}

// "a policy is never asked about what it does not name"
[[maybe_unused]] void static_4() {
  static_assert(evaluate<grants_everything_it_is_asked>(tier::pro, toggle::off, mode::standard) ==
                decision{false, reason::not_in_policy});
  static_assert(evaluate<grants_everything_it_is_asked>(tier::plus, toggle::off, mode::standard,
                                                        feedback::given) ==
                decision{false, reason::not_in_policy});
  static_assert(
      evaluate<grants_everything_it_is_asked>(tier::plus, toggle::off, mode::standard).trainable);
  static_assert(!detail::has_decide_with_feedback<names_feedback_without_deciding_it>);
  static_assert(
      detail::known_feedback_of<names_feedback_without_deciding_it>().contains(feedback::given));
}

}  // namespace static_tests::policy_hpp
