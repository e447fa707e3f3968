// consent: the instant content was captured, as the history and the timeline take it: a
// system_clock time point of any duration, integer or floating-point (a NaN is no instant).
#pragma once

#include <chrono>
#include <type_traits>

#include <consent/version.hpp>

CONSENT_BEGIN_NAMESPACE
namespace detail {

template <class Duration>
using capture_time = std::chrono::time_point<std::chrono::system_clock, Duration>;

// False only for a floating-point NaN, which is no instant and compares false with everything.
template <class Duration>
[[nodiscard]] constexpr bool is_time(capture_time<Duration> t) noexcept {
  if constexpr (std::is_floating_point_v<typename Duration::rep>) {
    return t.time_since_epoch().count() == t.time_since_epoch().count();
  } else {
    static_assert(std::is_integral_v<typename Duration::rep>,
                  "consent: a capture time's duration must count in an integer or floating-point "
                  "type");
    static_cast<void>(t);
    return true;
  }
}

}  // namespace detail
CONSENT_END_NAMESPACE
