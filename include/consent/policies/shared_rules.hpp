// consent: the rules every dated policy opens with, written once: what is not a state, and
// Temporary Chats. They are facts of the products and of every published text alike (R2, R4, R5);
// only the clauses that say so differ from one text to the next.
#pragma once

#include <string_view>

#include <consent/dimensions.hpp>
#include <consent/reason.hpp>
#include <consent/rule.hpp>
#include <consent/value_set.hpp>
#include <consent/version.hpp>

CONSENT_BEGIN_NAMESPACE
namespace detail {

// First in every policy: the API in a Temporary Chat is no state, so it is never trained on.
inline constexpr rule not_a_state_rule{
    {tier::api},
    every_value<toggle>,
    {mode::temporary},
    reason::invalid_state,
    "",
    "R4, R5",
    "not a consent state: the API has no Temporary Chat; never trained on"};

// Second: a Temporary Chat is not used to train, whatever the settings; each text's own clauses.
[[nodiscard]] constexpr rule temporary_chat_rule(std::string_view clauses, std::string_view reading,
                                                 std::string_view summary) noexcept {
  return {every_value<tier>,
          every_value<toggle>,
          {mode::temporary},
          reason::temporary_chat,
          clauses,
          reading,
          summary};
}

}  // namespace detail
CONSENT_END_NAMESPACE
