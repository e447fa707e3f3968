// expect: consent: CONSENT_CLASSIFY_STREAMING_THRESHOLD must be an integer byte count, 0 or more
// A negative streaming threshold is refused where classify is defined, not turned into a huge one.
#ifdef CONSENT_COMPILE_FAIL
#define CONSENT_CLASSIFY_STREAMING_THRESHOLD (-1)
#else
#define CONSENT_CLASSIFY_STREAMING_THRESHOLD 0
#endif
#include <consent/consent.hpp>

#include <cstddef>
#include <cstdint>

std::size_t run(const std::uint8_t* codes, std::size_t n, std::uint8_t* out) {
  return consent::classify(codes, n, out);
}
