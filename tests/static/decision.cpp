// Compile-time facts about <consent/decision.hpp> (see static.hpp).
#include <consent/decision.hpp>
#include <type_traits>

#include "static.hpp"

using namespace consent;

namespace static_tests::decision_hpp {

// "a decision converts to bool only when asked"
[[maybe_unused]] void static_1() {
  static_assert(std::is_constructible_v<bool, decision>);
  static_assert(!std::is_convertible_v<decision, bool>);
  static_assert(static_cast<bool>(decision{true, reason::opted_in}));
  static_assert(!static_cast<bool>(decision{false, reason::opted_out}));
}

// "decisions compare by answer and reason"
[[maybe_unused]] void static_2() {
  constexpr decision yes{true, reason::opted_in};
  static_assert(yes == decision{true, reason::opted_in});
  static_assert(yes != decision{true, reason::consumer_default});
  static_assert(yes != decision{false, reason::opted_in});
  static_assert(refused_invalid == decision{false, reason::invalid_state});
}

// "a decision is a small trivially copyable value"
[[maybe_unused]] void static_3() {
  static_assert(std::is_trivially_copyable_v<decision>);
  static_assert(std::is_aggregate_v<decision>);
  static_assert(sizeof(decision) == 2);
}

}  // namespace static_tests::decision_hpp
