// Compile-time facts about <consent/policy.hpp> (see static.hpp).
#include <consent/detail/checked_policy.hpp>
#include <consent/policy.hpp>
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

constexpr bool clean(const detail::policy_audit& a) {
  return !a.non_state_trainable && !a.non_state_not_invalid && !a.state_called_invalid &&
         !a.reason_out_of_range && !a.trainable_but_refusing && !a.refused_but_granting;
}

// "the policy audit passes the published policy"
[[maybe_unused]] void static_1() {
  static_assert(detail::has_decide<policy_2024_06_12>::value);
  static_assert(clean(detail::audit_policy<policy_2024_06_12>()));
}

// "the policy audit catches each way a policy can break the contract"
[[maybe_unused]] void static_2() {
  static_assert(detail::audit_policy<calls_non_state_trainable>().non_state_trainable);
  static_assert(detail::audit_policy<refuses_non_state_wrongly>().non_state_not_invalid);
  static_assert(detail::audit_policy<calls_state_invalid>().state_called_invalid);
  static_assert(detail::audit_policy<trainable_with_refusing_reason>().trainable_but_refusing);
  static_assert(detail::audit_policy<refused_with_granting_reason>().refused_but_granting);
  static_assert(detail::audit_policy<reason_out_of_range>().reason_out_of_range);
  static_assert(!detail::has_decide<no_decide>::value);
  // Each broken policy trips its own flag and no unrelated one.
  static_assert(!detail::audit_policy<trainable_with_refusing_reason>().refused_but_granting);
  static_assert(!detail::audit_policy<refused_with_granting_reason>().trainable_but_refusing);
  static_assert(!detail::audit_policy<calls_state_invalid>().non_state_trainable);
}

}  // namespace static_tests::policy_hpp
