// Compile-time facts about <consent/reason.hpp> (see static.hpp).
#include <consent/reason.hpp>
#include <cstddef>
#include <cstdint>

#include "static.hpp"

using namespace consent;

namespace static_tests::reason_hpp {

// "to_string spells each reason as its enumerator"
[[maybe_unused]] void static_1() {
  static_assert(to_string(reason::consumer_default) == "consumer_default");
  static_assert(to_string(reason::opted_in) == "opted_in");
  static_assert(to_string(reason::opted_out) == "opted_out");
  static_assert(to_string(reason::temporary_chat) == "temporary_chat");
  static_assert(to_string(reason::business_default) == "business_default");
  static_assert(to_string(reason::api_default) == "api_default");
  static_assert(to_string(reason::invalid_state) == "invalid_state");
  static_assert(to_string(reason::no_policy) == "no_policy");
  static_assert(to_string(reason::not_in_policy) == "not_in_policy");
  static_assert(to_string(static_cast<reason>(9)) == "unknown");
  static_assert(reason_count == static_cast<std::size_t>(reason::not_in_policy) + 1);
  static_assert(!grants(reason::not_in_policy));
}

}  // namespace static_tests::reason_hpp
