// consent: a consent state as a run-time value, and which combinations are states at all.
#pragma once

#include <consent/detail/comparison.hpp>
#include <consent/detail/names.hpp>
#include <consent/dimensions.hpp>
#include <consent/enums.hpp>
#include <consent/version.hpp>

CONSENT_BEGIN_NAMESPACE

namespace detail {
// Every field is one of its enumerators (a state may still be none: see is_state).
[[nodiscard]] constexpr bool in_range(tier account, toggle improve_model, mode chat,
                                      feedback rated) noexcept {
  return is_valid(account) && is_valid(improve_model) && is_valid(chat) && is_valid(rated);
}
}  // namespace detail

// The consent state content was submitted under, as tagged on a message or loaded from a row.
// A field never set holds a value outside its enum, so a snapshot built without all three
// settings (snapshot{}, snapshot{tier::plus}, the member of a row nobody filled in) is not a
// state: it answers invalid_state, never the state that zeroed fields would spell (R5). The
// feedback event is not a setting: built from the three 0.1 fields, a snapshot has none.
struct snapshot {
  tier account = detail::never_set<tier>;
  toggle improve_model = detail::never_set<toggle>;
  mode chat = detail::never_set<mode>;
  feedback rated = feedback::none;

  CONSENT_DETAIL_EQUALITY(snapshot, &snapshot::account, &snapshot::improve_model, &snapshot::chat,
                          &snapshot::rated)
  // Ordered field by field (tier, toggle, mode, feedback), so snapshots sort and key std::map.
  CONSENT_DETAIL_ORDERING(snapshot, &snapshot::account, &snapshot::improve_model, &snapshot::chat,
                          &snapshot::rated)
};

// True for the combinations that can occur: every value in range, and not the API in a Temporary
// Chat, which the API does not have (R4). This is a fact about the products, not a policy
// decision; which of these states a policy names is the policy's (R9).
[[nodiscard]] constexpr bool is_state(tier account, toggle improve_model, mode chat,
                                      feedback rated = feedback::none) noexcept {
  return detail::in_range(account, improve_model, chat, rated) &&
         !(account == tier::api && chat == mode::temporary);
}
[[nodiscard]] constexpr bool is_state(const snapshot& s) noexcept {
  return is_state(s.account, s.improve_model, s.chat, s.rated);
}

CONSENT_END_NAMESPACE

// Hashable, for std::unordered_map and std::unordered_set: the four fields are the hash, so no two
// distinct snapshots collide. (<string_view>, which every consent header includes, declares
// std::hash.)
namespace std {
template <>
struct hash<::consent::snapshot> {
  [[nodiscard]] size_t operator()(const ::consent::snapshot& s) const noexcept {
    return static_cast<size_t>(s.account) | static_cast<size_t>(s.improve_model) << 8U |
           static_cast<size_t>(s.chat) << 16U | static_cast<size_t>(s.rated) << 24U;
  }
};
}  // namespace std
