// consent: the run-time answer, constexpr wherever the inputs are.
#pragma once

#include <consent/decision.hpp>
#include <consent/detail/checked_policy.hpp>
#include <consent/dimensions.hpp>
#include <consent/policy.hpp>
#include <consent/snapshot.hpp>
#include <consent/version.hpp>

CONSENT_BEGIN_NAMESPACE

// May content submitted in this state be used for training, and why. Any value outside its enum
// (an integer cast in from a database column, say) and the API's Temporary Chat answer
// {false, reason::invalid_state}.
// A tier or feedback event the policy does not name answers {false, reason::not_in_policy} (R9).
template <class Policy = default_policy>
[[nodiscard]] constexpr decision evaluate(tier account, toggle improve_model, mode chat,
                                          feedback rated = feedback::none) noexcept {
  return detail::checked_policy<Policy>::evaluate(account, improve_model, chat, rated);
}

template <class Policy = default_policy>
[[nodiscard]] constexpr decision evaluate(const snapshot& s) noexcept {
  return evaluate<Policy>(s.account, s.improve_model, s.chat, s.rated);
}

template <class Policy = default_policy>
[[nodiscard]] constexpr bool is_trainable(tier account, toggle improve_model, mode chat,
                                          feedback rated = feedback::none) noexcept {
  return evaluate<Policy>(account, improve_model, chat, rated).trainable;
}

template <class Policy = default_policy>
[[nodiscard]] constexpr bool is_trainable(const snapshot& s) noexcept {
  return evaluate<Policy>(s).trainable;
}

CONSENT_END_NAMESPACE
