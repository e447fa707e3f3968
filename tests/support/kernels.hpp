// Every classify() kernel this target has, so that tests and fuzzers can force each one in turn.
#pragma once

#include <consent/classify.hpp>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace kernels {

using kernel = std::size_t (*)(const std::uint8_t*, std::size_t, std::uint8_t*);

#if defined(CONSENT_DETAIL_HAVE_SSE2)
inline bool cpu_has_avx2() {
  __builtin_cpu_init();
  return __builtin_cpu_supports("avx2") != 0;
}
inline bool cpu_has_ssse3() {
  __builtin_cpu_init();
  return __builtin_cpu_supports("ssse3") != 0;
}
#endif

// The scalar kernel, the public entry point, and each vector kernel compiled in (and runnable).
template <class Policy = consent::default_policy>
std::vector<kernel> all() {
  std::vector<kernel> found{&consent::detail::classify_scalar<Policy>, &consent::classify<Policy>};
#if defined(CONSENT_DETAIL_HAVE_SSE2)
  found.push_back(&consent::detail::classify_sse2<Policy>);
  // The 16-byte kernel's nibble matcher, whichever the policy would use, where the CPU has SSSE3.
  if (cpu_has_ssse3()) {
    found.push_back(&consent::detail::classify_sse2<Policy, consent::detail::matcher::nibbles>);
  }
  // The AVX2 kernel, forced only where the CPU can run it (everywhere CI runs, so far), with both
  // ways of testing bytes, whichever the policy would use.
  if (cpu_has_avx2()) {
    found.push_back(&consent::detail::classify_avx2<Policy, consent::detail::matcher::cubes>);
    found.push_back(&consent::detail::classify_avx2<Policy, consent::detail::matcher::nibbles>);
  }
#endif
#if defined(CONSENT_DETAIL_HAVE_NEON)
  found.push_back(&consent::detail::classify_neon<Policy>);
#endif
  return found;
}

}  // namespace kernels
