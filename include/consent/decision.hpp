// consent: an answer and its reason.
#pragma once

#include <consent/detail/comparison.hpp>
#include <consent/reason.hpp>
#include <consent/version.hpp>

CONSENT_BEGIN_NAMESPACE

// The answer to "may this content be used to train a model?", with the reason to log.
struct decision {
  bool trainable;
  reason why;

  // True when trainable. Explicit, so a decision never turns into a bool by accident.
  [[nodiscard]] constexpr explicit operator bool() const noexcept { return trainable; }

  CONSENT_DETAIL_EQUALITY(decision, &decision::trainable, &decision::why)
  // Ordered refusals first, then by reason, so decisions sort and key std::map.
  CONSENT_DETAIL_ORDERING(decision, &decision::trainable, &decision::why)
};

// The answer for anything that is not a consent state (R5: fail closed).
inline constexpr decision refused_invalid{false, reason::invalid_state};

CONSENT_END_NAMESPACE

// Hashable, for unordered containers; no two distinct decisions collide.
namespace std {
template <>
struct hash<::consent::decision> {
  [[nodiscard]] size_t operator()(const ::consent::decision& d) const noexcept {
    return static_cast<size_t>(d.trainable) | static_cast<size_t>(d.why) << 1U;
  }
};
}  // namespace std
