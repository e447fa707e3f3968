// consent: proof that content may be used for training, and the only two ways to get it.
#pragma once

#include <string_view>
#include <type_traits>
#include <utility>

#include <consent/decision.hpp>
#include <consent/detail/checked_policy.hpp>
#include <consent/detail/comparison.hpp>
#include <consent/detail/content_holder.hpp>
#include <consent/evaluate.hpp>
#include <consent/policy.hpp>
#include <consent/reason.hpp>
#include <consent/result.hpp>
#include <consent/snapshot.hpp>
#include <consent/state.hpp>
#include <consent/tagged.hpp>
#include <consent/version.hpp>

CONSENT_BEGIN_NAMESPACE

template <class T, class Policy = default_policy>
class trainable;

// Why try_for_training refused, for the log line: the reason, the state it was given, the policy
// that refused, and the clauses and reading of the rule behind it.
struct refusal {
  reason why;
  snapshot consent_state;
  std::string_view policy_name;
  std::string_view clauses;
  std::string_view reading;

  CONSENT_DETAIL_EQUALITY(refusal, &refusal::why, &refusal::consent_state, &refusal::policy_name,
                          &refusal::clauses, &refusal::reading)
};

// The compile-time gate: content whose state type is trainable becomes a trainable<T, Policy>, for
// the policy the state type names; for any other state the call does not compile, and the one error
// says why.
template <class T, class State>
[[nodiscard]] constexpr trainable<T, typename State::policy> for_training(
    tagged<T, State> content) noexcept(std::is_nothrow_move_constructible_v<T>);

// The run-time gate, for states loaded from data: the trainable<T, Policy> when the policy allows
// it, otherwise the refusal (the content is dropped with it).
template <class Policy = default_policy, class T>
[[nodiscard]] constexpr result<trainable<T, Policy>, refusal> try_for_training(
    T content, const snapshot& consent_state) noexcept(std::is_nothrow_move_constructible_v<T>);

namespace detail {
// A base whose copies and moves are user-provided (and do nothing): it makes a proof not trivially
// copyable, so std::bit_cast refuses to forge one, at no cost in size.
struct proof_mark {
  proof_mark() = default;
  constexpr proof_mark(const proof_mark&) noexcept {}
  constexpr proof_mark& operator=(const proof_mark&) noexcept { return *this; }
  ~proof_mark() = default;
};
}  // namespace detail

// A training sink takes trainable<T> (a proof under the default policy) or trainable<T, Policy>,
// and that is the whole enforcement: there is no constructor from T, no default, no conversion,
// and a proof under one policy is a different type from a proof under another, so a
// trainable<T, Policy> exists only where a gate for that policy granted it. Copies and moves of an
// existing proof are proofs too. It remembers the policy, the state and the reason it was granted
// under, for audit logs.
template <class T, class Policy>
class trainable : private detail::content_holder<T>, private detail::proof_mark {
  using holder = detail::content_holder<T>;

 public:
  using value_type = T;
  using policy = typename detail::checked_policy<Policy>::policy;

  // Only consent::for_training and consent::try_for_training make a trainable<T, Policy>.
  trainable() = delete;

  using holder::value;
  using holder::operator*;
  using holder::operator->;

  // The state the content was submitted under, the granting reason (consumer_default, opted_in),
  // and the name of the policy that granted it.
  [[nodiscard]] constexpr snapshot consent_state() const noexcept { return consent_state_; }
  [[nodiscard]] constexpr reason why() const noexcept { return why_; }
  [[nodiscard]] static constexpr std::string_view policy_name() noexcept { return Policy::name; }
  // The clauses of the source behind the grant, when the policy is written as rules.
  [[nodiscard]] constexpr std::string_view clauses() const noexcept {
    return detail::basis_of<Policy>(consent_state_).clauses;
  }

 private:
  constexpr trainable(T&& content, snapshot granted_state,
                      reason why) noexcept(std::is_nothrow_move_constructible_v<T>)
      : holder(std::in_place, std::move(content)), consent_state_(granted_state), why_(why) {}

  template <class U, class State>
  friend constexpr trainable<U, typename State::policy> for_training(
      tagged<U, State> content) noexcept(std::is_nothrow_move_constructible_v<U>);
  template <class P, class U>
  friend constexpr result<trainable<U, P>, refusal> try_for_training(
      U content, const snapshot& consent_state) noexcept(std::is_nothrow_move_constructible_v<U>);

  snapshot consent_state_;
  reason why_;
};

template <class T, class State>
constexpr trainable<T, typename State::policy> for_training(tagged<T, State> content) noexcept(
    std::is_nothrow_move_constructible_v<T>) {
  // One message per refusing reason; reasons are exclusive, so at most one of these fires.
  static_assert(State::is_trainable() || State::why() != reason::opted_out,
                "consent::for_training: not trainable, the user turned off Improve the model (or "
                "the workspace turned off data sharing); only content captured while it was on "
                "(or, for Free and Plus, never touched) can be used for training");
  static_assert(State::is_trainable() || State::why() != reason::temporary_chat,
                "consent::for_training: not trainable, the content was written in a Temporary "
                "Chat, which is never used for training, whatever the setting");
  static_assert(State::is_trainable() || State::why() != reason::business_default,
                "consent::for_training: not trainable, Business, Enterprise and Edu content is not "
                "trained on by default (Business is Team's later name); only content from a "
                "workspace that opted in (toggle::on) can be");
  static_assert(State::is_trainable() || State::why() != reason::api_default,
                "consent::for_training: not trainable, API content is not trained on by default; "
                "only content from an organisation that opted in (toggle::on) can be");
  static_assert(State::is_trainable() || State::why() != reason::not_in_policy,
                "consent::for_training: not trainable, the policy does not name this tier or "
                "feedback event, or its text does not settle the answer; a policy written for "
                "them (consent::latest_policy) may answer");
  // Any other refusing reason (none today): still refused, never granted.
  static_assert(State::is_trainable() || State::why() == reason::opted_out ||
                    State::why() == reason::temporary_chat ||
                    State::why() == reason::business_default ||
                    State::why() == reason::api_default || State::why() == reason::not_in_policy,
                "consent::for_training: not trainable under this policy");
  return trainable<T, typename State::policy>(std::move(content).value(), State::consent_state(),
                                              State::why());
}

template <class Policy, class T>
constexpr result<trainable<T, Policy>, refusal> try_for_training(
    T content, const snapshot& consent_state) noexcept(std::is_nothrow_move_constructible_v<T>) {
  const decision d = evaluate<Policy>(consent_state);
  if (!d.trainable) {
    const detail::basis b = detail::basis_of<Policy>(consent_state);
    return refusal{d.why, consent_state, Policy::name, b.clauses, b.reading};
  }
  return trainable<T, Policy>(std::move(content), consent_state, d.why);
}

CONSENT_END_NAMESPACE
