// consent: why an answer is what it is.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <consent/detail/names.hpp>
#include <consent/enums.hpp>
#include <consent/version.hpp>

CONSENT_BEGIN_NAMESPACE

// Each reason either grants training or refuses it, never both; see grants() below.
enum class reason : std::uint8_t {
  consumer_default,  // grants: a free/plus user who never touched the setting (C1, C4, R1)
  opted_in,          // grants: the setting (or the business/API opt-in) is on (C1, C3, R3)
  opted_out,         // refuses: the setting is off (C1, C3)
  temporary_chat,    // refuses: Temporary Chats are never trained on (C2, R2)
  business_default,  // refuses: Team/Enterprise content is not trained on by default (C3, R3)
  api_default,       // refuses: API content is not trained on by default (C3, C4, R3)
  invalid_state,     // refuses: not a consent state at all (R4, R5)
  no_policy,         // refuses: captured before the first policy of a timeline took effect
  not_in_policy,     // refuses: the policy's text does not name the tier or event, or does not
                     // settle its answer (R9, R11)
};

namespace detail {
template <>
struct enum_names<reason> {
  static constexpr std::array<std::string_view, 9> names{
      "consumer_default", "opted_in",      "opted_out", "temporary_chat", "business_default",
      "api_default",      "invalid_state", "no_policy", "not_in_policy"};
};
}  // namespace detail

inline constexpr std::size_t reason_count = enum_count<reason>;

// True for the reasons that make content trainable. Every policy is held to this: an answer that is
// trainable must carry a granting reason, and a refusal a refusing one.
[[nodiscard]] constexpr bool grants(reason value) noexcept {
  return value == reason::consumer_default || value == reason::opted_in;
}

CONSENT_END_NAMESPACE
