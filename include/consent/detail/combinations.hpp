// consent: every in-range (tier, toggle, mode, feedback) combination, numbered, so that tables and
// checks are one loop over an index instead of four nested ones.
#pragma once

#include <cstddef>

#include <consent/dimensions.hpp>
#include <consent/snapshot.hpp>
#include <consent/version.hpp>

CONSENT_BEGIN_NAMESPACE
namespace detail {

// 8 tiers x 3 toggles x 2 modes x 2 feedback events: the 90 states and the 6 non-states.
inline constexpr std::size_t combination_count =
    tier_count * toggle_count * mode_count * feedback_count;

// Feedback-major (every combination without feedback first, so the 0.1 states keep their order),
// then tier, toggle and mode: the order of the policy tables and of all_states().
// Only for in-range values; callers check is_valid first.
[[nodiscard]] constexpr std::size_t combination_index(tier account, toggle improve_model, mode chat,
                                                      feedback rated) noexcept {
  return ((static_cast<std::size_t>(rated) * tier_count + static_cast<std::size_t>(account)) *
              toggle_count +
          static_cast<std::size_t>(improve_model)) *
             mode_count +
         static_cast<std::size_t>(chat);
}

[[nodiscard]] constexpr snapshot combination(std::size_t index) noexcept {
  return snapshot{static_cast<tier>(index / (toggle_count * mode_count) % tier_count),
                  static_cast<toggle>(index / mode_count % toggle_count),
                  static_cast<mode>(index % mode_count),
                  static_cast<feedback>(index / (tier_count * toggle_count * mode_count))};
}

}  // namespace detail
CONSENT_END_NAMESPACE
