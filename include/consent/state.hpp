// consent: a consent state as a type, for answers the compiler knows.
#pragma once

#include <type_traits>

#include <consent/decision.hpp>
#include <consent/detail/checked_policy.hpp>
#include <consent/dimensions.hpp>
#include <consent/evaluate.hpp>
#include <consent/policy.hpp>
#include <consent/reason.hpp>
#include <consent/snapshot.hpp>
#include <consent/version.hpp>

CONSENT_BEGIN_NAMESPACE

// state<tier::plus, toggle::unset, mode::standard> is the type of content submitted in that state.
// It has no values to speak of; it exists to be a template argument, a tag, and a static_assert.
// A conversation with feedback is state<..., Policy, feedback::given>; without the argument, the
// state has none.
template <tier Account, toggle ImproveModel, mode Chat, class Policy = default_policy,
          feedback Rated = feedback::none>
struct state {
  static_assert(detail::in_range(Account, ImproveModel, Chat, Rated),
                "consent::state: a dimension is out of range; use the consent::tier, "
                "consent::toggle, consent::mode and consent::feedback enumerators");
  static_assert(!detail::in_range(Account, ImproveModel, Chat, Rated) ||
                    is_state(Account, ImproveModel, Chat, Rated),
                "consent::state<tier::api, ..., mode::temporary>: the API has no Temporary Chat, "
                "so this is not a consent state; API content is always mode::standard");

  // Naming a member of checked_policy checks the policy as soon as this state is used.
  using policy = typename detail::checked_policy<Policy>::policy;

  // True for every state type; false for invalid_state<Policy>, which visit() passes for invalid
  // snapshots.
  static constexpr bool is_a_state = true;

  static constexpr tier account = Account;
  static constexpr toggle improve_model = ImproveModel;
  static constexpr mode chat = Chat;
  static constexpr feedback rated = Rated;

  [[nodiscard]] static constexpr snapshot consent_state() noexcept {
    return {Account, ImproveModel, Chat, Rated};
  }
  [[nodiscard]] static constexpr decision answer() noexcept {
    return evaluate<Policy>(Account, ImproveModel, Chat, Rated);
  }
  [[nodiscard]] static constexpr bool is_trainable() noexcept { return answer().trainable; }
  [[nodiscard]] static constexpr reason why() noexcept { return answer().why; }
};

namespace detail {
template <class T>
struct is_state_type : std::false_type {};
template <tier Account, toggle ImproveModel, mode Chat, class Policy, feedback Rated>
struct is_state_type<state<Account, ImproveModel, Chat, Policy, Rated>> : std::true_type {};
}  // namespace detail

// True when T is some consent::state<...>.
template <class T>
inline constexpr bool is_state_type_v = detail::is_state_type<T>::value;

CONSENT_END_NAMESPACE
