// expect: consent::state_at: pass one history as a range of setting_change, in the same duration as the capture time
// A history in seconds and a capture time in nanoseconds: converting either silently could move
// a capture across a change (or onto one), so the caller converts, and says how.
#include <consent/history.hpp>

#include <chrono>
#include <cstdint>
#include <vector>

using seconds = std::chrono::duration<std::int64_t>;

consent::snapshot settings(const std::vector<consent::basic_setting_change<seconds>>& history,
                           std::chrono::system_clock::time_point captured_at) {
#ifdef CONSENT_COMPILE_FAIL
  return consent::state_at(history, captured_at, consent::mode::standard);
#else
  return consent::state_at(history, std::chrono::floor<seconds>(captured_at),
                           consent::mode::standard);
#endif
}
