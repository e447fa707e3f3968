// consent: a consent state as a run-time value, and which combinations are states at all.
#pragma once

#include <consent/detail/names.hpp>
#include <consent/dimensions.hpp>
#include <consent/version.hpp>

CONSENT_BEGIN_NAMESPACE

namespace detail {
// Every field is one of its enumerators (a state may still be none: see is_state).
[[nodiscard]] constexpr bool in_range(tier account, toggle improve_model, mode chat) noexcept {
  return is_valid(account) && is_valid(improve_model) && is_valid(chat);
}
}  // namespace detail

// The consent state content was submitted under, as tagged on a message or loaded from a row.
// A field never set holds a value outside its enum, so a snapshot built without all three
// (snapshot{}, snapshot{tier::plus}, the member of a row nobody filled in) is not a state: it
// answers invalid_state, never the state that zeroed fields would spell (R5).
struct snapshot {
  tier account = detail::never_set<tier>;
  toggle improve_model = detail::never_set<toggle>;
  mode chat = detail::never_set<mode>;

  CONSENT_DETAIL_EQUALITY(snapshot, &snapshot::account, &snapshot::improve_model, &snapshot::chat)
};

// True for the 27 combinations that can occur: every value in range, and not the API in a
// Temporary Chat, which the API does not have (R4). This is a fact about the products, not a policy
// decision, so every policy answers for the same 27 states.
[[nodiscard]] constexpr bool is_state(tier account, toggle improve_model, mode chat) noexcept {
  return detail::in_range(account, improve_model, chat) &&
         !(account == tier::api && chat == mode::temporary);
}
[[nodiscard]] constexpr bool is_state(const snapshot& s) noexcept {
  return is_state(s.account, s.improve_model, s.chat);
}

CONSENT_END_NAMESPACE
