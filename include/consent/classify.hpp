// consent: the batch classifier. Turns encoded states (wire.hpp) into 1 for trainable, 0 for
// everything else, at memory speed, for training exports that filter billions of records.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include <consent/detail/classify_kernels.hpp>
#include <consent/policy.hpp>
#include <consent/version.hpp>
#include <consent/wire.hpp>

CONSENT_BEGIN_NAMESPACE

// True when `code` decodes to a state the policy calls trainable; false for everything else,
// invalid bytes and integers outside 0..255 included (any integer type; 384 is not 0x80).
template <class Policy = default_policy, class Integer>
[[nodiscard]] constexpr bool is_trainable_code(Integer code) noexcept {
  return detail::is_byte(code) &&
         detail::classify_one(detail::trainable_mask<Policy>, static_cast<std::uint8_t>(code)) != 0;
}

// classify() and the kernel it picks depend on configuration macros and the instruction set, so
// they have internal linkage: each translation unit keeps its own (see
// detail/classify_kernels.hpp).
namespace {

// The kernel classify() runs in this translation unit on this CPU: "avx2", "sse2", "neon" or
// "scalar" (CONSENT_NO_SIMD, or a target without a vector kernel).
inline std::string_view classify_kernel() noexcept {
#if defined(CONSENT_NO_SIMD)
  return "scalar";
#elif defined(CONSENT_DETAIL_HAVE_SSE2)
  return detail::use_avx2() ? "avx2" : "sse2";
#elif defined(CONSENT_DETAIL_HAVE_NEON)
  return "neon";
#else
  return "scalar";
#endif
}

// out[i] = 1 if codes[i] decodes to a trainable state, else 0; returns the number of 1s. Any n
// (0 included), any alignment; `out` may be `codes` itself (in place), but must not otherwise
// overlap it. On x86-64 it runs the AVX2 kernel where the CPU has AVX2 and SSE2 elsewhere; NEON on
// AArch64; the scalar kernel with CONSENT_NO_SIMD. Every kernel gives the same bytes.
template <class Policy = default_policy>
std::size_t classify(const std::uint8_t* codes, std::size_t n, std::uint8_t* out) noexcept {
#if defined(CONSENT_NO_SIMD)
  return detail::classify_scalar<Policy>(codes, n, out);
#elif defined(CONSENT_DETAIL_HAVE_SSE2)
  if (detail::use_avx2()) return detail::classify_avx2<Policy>(codes, n, out);
  if constexpr (detail::best_matcher<Policy> == detail::matcher::nibbles) {
    if (detail::use_ssse3()) {
      return detail::classify_sse2<Policy, detail::matcher::nibbles>(codes, n, out);
    }
  }
  return detail::classify_sse2<Policy>(codes, n, out);
#elif defined(CONSENT_DETAIL_HAVE_NEON)
  return detail::classify_neon<Policy>(codes, n, out);
#else
  return detail::classify_scalar<Policy>(codes, n, out);
#endif
}

}  // namespace

CONSENT_END_NAMESPACE
