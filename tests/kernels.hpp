// Every classify() kernel this target has, so that tests and fuzzers can force each one in turn.
#pragma once

#include <consent/classify.hpp>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace kernels {

using kernel = std::size_t (*)(const std::uint8_t*, std::size_t, std::uint8_t*);

// The scalar kernel, the public entry point, and each vector kernel compiled in.
template <class Policy = consent::default_policy>
std::vector<kernel> all() {
  std::vector<kernel> found{&consent::detail::classify_scalar<Policy>, &consent::classify<Policy>};
#if defined(CONSENT_DETAIL_HAVE_SSE2)
  found.push_back(&consent::detail::classify_sse2<Policy>);
#endif
#if defined(CONSENT_DETAIL_HAVE_NEON)
  found.push_back(&consent::detail::classify_neon<Policy>);
#endif
  return found;
}

}  // namespace kernels
