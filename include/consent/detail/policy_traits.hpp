// consent: what a policy type provides, detected with one idiom, and what derives from it: the
// tiers and feedback events its text names, and its own answer for a state it names.
#pragma once

#include <string_view>
#include <type_traits>

#include <consent/date.hpp>
#include <consent/decision.hpp>
#include <consent/dimensions.hpp>
#include <consent/rule.hpp>
#include <consent/snapshot.hpp>
#include <consent/value_set.hpp>
#include <consent/version.hpp>

CONSENT_BEGIN_NAMESPACE
namespace detail {

// detected<Member, Policy>: Member<Policy>'s type when the expression is well formed, else void.
template <class, template <class> class Member, class Policy>
struct detect {
  using type = void;
};
template <template <class> class Member, class Policy>
struct detect<std::void_t<Member<Policy>>, Member, Policy> {
  using type = Member<Policy>;
};
template <template <class> class Member, class Policy>
using detected = std::remove_cv_t<typename detect<void, Member, Policy>::type>;

// The members of the contract (policy.hpp), each as the type of its expression.
template <class P>
using decide_member = decltype(P::decide(tier{}, toggle{}, mode{}));
template <class P>
using decide_with_feedback_member = decltype(P::decide(tier{}, toggle{}, mode{}, feedback{}));
template <class P>
using name_member = decltype(P::name);
template <class P>
using effective_member = decltype(P::effective);
template <class P>
using known_tiers_member = decltype(P::known_tiers);
template <class P>
using known_feedback_member = decltype(P::known_feedback);
template <class P>
using rule_for_member = decltype(P::rule_for(tier{}, toggle{}, mode{}, feedback{}));

// True when the policy has the member, of exactly this type.
template <template <class> class Member, class Policy, class Type>
inline constexpr bool provides = std::is_same_v<detected<Member, Policy>, Type>;

template <class Policy>
inline constexpr bool has_decide = provides<decide_member, Policy, decision>;
template <class Policy>
inline constexpr bool has_decide_with_feedback =
    provides<decide_with_feedback_member, Policy, decision>;
template <class Policy>
inline constexpr bool has_name =
    std::is_convertible_v<detected<name_member, Policy>, std::string_view>;
template <class Policy>
inline constexpr bool has_effective = provides<effective_member, Policy, date>;
template <class Policy>
inline constexpr bool has_rule_for = !std::is_void_v<detected<rule_for_member, Policy>>;

// What a policy's text names (R9): its known_tiers and known_feedback, or what 0.1 knew.
inline constexpr value_set<tier> tiers_of_0_1{tier::free, tier::plus, tier::team, tier::enterprise,
                                              tier::api};

template <class Policy>
[[nodiscard]] constexpr value_set<tier> known_tiers_of() noexcept {
  if constexpr (provides<known_tiers_member, Policy, value_set<tier>>) {
    return Policy::known_tiers;
  } else {
    return tiers_of_0_1;
  }
}
template <class Policy>
[[nodiscard]] constexpr value_set<feedback> known_feedback_of() noexcept {
  if constexpr (provides<known_feedback_member, Policy, value_set<feedback>>) {
    return Policy::known_feedback;
  } else {
    return {feedback::none};
  }
}
// True when the policy's text names the state's tier and feedback event.
template <class Policy>
[[nodiscard]] constexpr bool names(const snapshot& s) noexcept {
  return known_tiers_of<Policy>().contains(s.account) &&
         known_feedback_of<Policy>().contains(s.rated);
}

// The policy's own answer (its decide()) for a state it names.
template <class Policy>
[[nodiscard]] constexpr decision decide(const snapshot& s) noexcept {
  if constexpr (has_decide_with_feedback<Policy>) {
    return Policy::decide(s.account, s.improve_model, s.chat, s.rated);
  } else {
    return Policy::decide(s.account, s.improve_model, s.chat);
  }
}

}  // namespace detail
CONSENT_END_NAMESPACE
