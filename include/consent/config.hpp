// consent: configuration macros, each with its default (docs/configuration.md). Define them before
// including consent; each translation unit may choose its own, as what depends on them has internal
// linkage or a namespace of its own.
#pragma once

#include <cstdio>
#include <cstdlib>

#include <consent/version.hpp>

// CONSENT_ASSERT(condition): the hook called when a caller breaks a precondition, such as reading
// the value of a result that holds an error. The default prints what was broken and where, then
// aborts, in every build (NDEBUG does not turn it off). Define it to your own handler (log, throw,
// abort) to report the breach your way; if your handler returns, the program is stopped all the
// same: a broken precondition never yields an answer.
#ifndef CONSENT_ASSERT
#define CONSENT_DETAIL_DEFAULT_ASSERT 1
#define CONSENT_ASSERT(condition)     \
  ((condition) ? static_cast<void>(0) \
               : ::consent::detail::precondition_failed(#condition, __FILE__, __LINE__))
#endif

// CONSENT_NO_SIMD: when defined, classify() uses the portable scalar kernel on every target.
// Undefined by default (SSE2 on x86-64, NEON on AArch64).

// CONSENT_CLASSIFY_STREAMING_THRESHOLD: the output size in bytes from which classify() streams a
// separate output past the cache. Any integer constant of 0 or more (checked where classify is
// defined), honoured on every CPU. Left undefined: 8 MiB, a quarter of a large L3, on CPUs whose
// streaming stores pay; AMD's did not (docs/performance.md), so there classify() never streams.
#ifndef CONSENT_CLASSIFY_STREAMING_THRESHOLD
#define CONSENT_CLASSIFY_STREAMING_THRESHOLD (8ULL << 20)
#define CONSENT_DETAIL_STREAMING_BY_CPU 1
#endif

CONSENT_BEGIN_NAMESPACE
namespace detail {

// Stops the program: the default CONSENT_ASSERT, and the backstop after a handler that returned.
// Not constexpr, so a broken precondition in a constant expression is a compile error.
[[noreturn]] inline void precondition_failed(const char* what, const char* file,
                                             int line) noexcept {
  std::fprintf(stderr, "%s:%d: consent: precondition failed: %s\n", file, line, what);
  std::abort();
}

}  // namespace detail
CONSENT_END_NAMESPACE

// Checks a precondition: the user's CONSENT_ASSERT hook first, if there is one; then, should the
// hook return, stops with `explanation` (what the caller did wrong, in words).
#if defined(CONSENT_DETAIL_DEFAULT_ASSERT)
#define CONSENT_DETAIL_HOOK(condition) static_cast<void>(0)
#else
#define CONSENT_DETAIL_HOOK(condition) CONSENT_ASSERT(condition)
#endif
#define CONSENT_DETAIL_REQUIRE(condition, explanation)                                             \
  do {                                                                                             \
    if (!(condition)) {                                                                            \
      CONSENT_DETAIL_HOOK(condition);                                                              \
      ::consent::detail::precondition_failed(#condition " (" explanation ")", __FILE__, __LINE__); \
    }                                                                                              \
  } while (false)
