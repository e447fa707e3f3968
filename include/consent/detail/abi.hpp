// consent: the inline namespace every declaration lives in, named after the version and the
// instruction sets the unit is compiled for. Included by <consent/version.hpp>, after the version.
#pragma once

// The instruction-set extensions beyond the target's baseline that this translation unit is
// compiled for, as a suffix: empty for a baseline build, "_avx_avx2_..." for -mavx2. Any inline
// function may be compiled with them, so a unit built with -mavx2 must not lend its copy to a
// baseline unit.
#define CONSENT_DETAIL_ISA_TAG(name) _##name
#if defined(__SSE3__) && !defined(__aarch64__)
#define CONSENT_DETAIL_ISA_SSE3 CONSENT_DETAIL_ISA_TAG(sse3)
#else
#define CONSENT_DETAIL_ISA_SSE3
#endif
#if defined(__SSSE3__)
#define CONSENT_DETAIL_ISA_SSSE3 CONSENT_DETAIL_ISA_TAG(ssse3)
#else
#define CONSENT_DETAIL_ISA_SSSE3
#endif
#if defined(__SSE4_1__)
#define CONSENT_DETAIL_ISA_SSE41 CONSENT_DETAIL_ISA_TAG(sse41)
#else
#define CONSENT_DETAIL_ISA_SSE41
#endif
#if defined(__SSE4_2__)
#define CONSENT_DETAIL_ISA_SSE42 CONSENT_DETAIL_ISA_TAG(sse42)
#else
#define CONSENT_DETAIL_ISA_SSE42
#endif
#if defined(__POPCNT__)
#define CONSENT_DETAIL_ISA_POPCNT CONSENT_DETAIL_ISA_TAG(popcnt)
#else
#define CONSENT_DETAIL_ISA_POPCNT
#endif
#if defined(__AVX__)
#define CONSENT_DETAIL_ISA_AVX CONSENT_DETAIL_ISA_TAG(avx)
#else
#define CONSENT_DETAIL_ISA_AVX
#endif
#if defined(__AVX2__)
#define CONSENT_DETAIL_ISA_AVX2 CONSENT_DETAIL_ISA_TAG(avx2)
#else
#define CONSENT_DETAIL_ISA_AVX2
#endif
#if defined(__BMI__) || defined(__BMI2__) || defined(__FMA__) || defined(__F16C__) || \
    defined(__LZCNT__) || defined(__MOVBE__)
#define CONSENT_DETAIL_ISA_V3 CONSENT_DETAIL_ISA_TAG(v3)
#else
#define CONSENT_DETAIL_ISA_V3
#endif
#if defined(__AVX512F__)
#define CONSENT_DETAIL_ISA_AVX512 CONSENT_DETAIL_ISA_TAG(avx512)
#else
#define CONSENT_DETAIL_ISA_AVX512
#endif
#if defined(__ARM_FEATURE_SVE)
#define CONSENT_DETAIL_ISA_SVE CONSENT_DETAIL_ISA_TAG(sve)
#else
#define CONSENT_DETAIL_ISA_SVE
#endif

#define CONSENT_DETAIL_ABI_NAME_(major, minor, patch, a, b, c, d, e, f, g, h, i, j) \
  v##major##_##minor##_##patch##a##b##c##d##e##f##g##h##i##j
#define CONSENT_DETAIL_ABI_NAME(...) CONSENT_DETAIL_ABI_NAME_(__VA_ARGS__)

// Everything lives in an inline namespace named after the version and the instruction-set suffix
// (consent::v0_2_0 for a baseline build), so that two versions, or two units compiled for different
// instruction sets, get different symbols instead of silently mixing definitions: such units cannot
// pass consent types to each other, and the linker says so.
#define CONSENT_ABI_NAMESPACE                                                                  \
  CONSENT_DETAIL_ABI_NAME(CONSENT_VERSION_MAJOR, CONSENT_VERSION_MINOR, CONSENT_VERSION_PATCH, \
                          CONSENT_DETAIL_ISA_SSE3, CONSENT_DETAIL_ISA_SSSE3,                   \
                          CONSENT_DETAIL_ISA_SSE41, CONSENT_DETAIL_ISA_SSE42,                  \
                          CONSENT_DETAIL_ISA_POPCNT, CONSENT_DETAIL_ISA_AVX,                   \
                          CONSENT_DETAIL_ISA_AVX2, CONSENT_DETAIL_ISA_V3,                      \
                          CONSENT_DETAIL_ISA_AVX512, CONSENT_DETAIL_ISA_SVE)
#define CONSENT_BEGIN_NAMESPACE \
  namespace consent {           \
  inline namespace CONSENT_ABI_NAMESPACE {
#define CONSENT_END_NAMESPACE \
  }                           \
  }
