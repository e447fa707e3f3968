// consent: the batch classifier. Turns encoded states (wire.hpp) into 1 for trainable, 0 for
// everything else, at memory speed, for training exports that filter billions of records.
#pragma once

#include <cstddef>
#include <cstdint>

#include <consent/detail/classify_kernels.hpp>
#include <consent/policy.hpp>
#include <consent/version.hpp>
#include <consent/wire.hpp>

CONSENT_BEGIN_NAMESPACE

// 1 when `code` decodes to a state the policy calls trainable, else 0 (invalid bytes included).
template <class Policy = default_policy>
[[nodiscard]] constexpr bool is_trainable_code(std::uint8_t code) noexcept {
  return detail::classify_one(detail::trainable_mask<Policy>, code) != 0;
}

// out[i] = 1 if codes[i] decodes to a trainable state, else 0; returns the number of 1s. Any n
// (0 included), any alignment; `out` may be `codes` itself (in place), but must not otherwise
// overlap it. Uses SSE2 on x86-64 and NEON on AArch64 unless CONSENT_NO_SIMD is defined; every path
// gives the same bytes.
template <class Policy = default_policy>
std::size_t classify(const std::uint8_t* codes, std::size_t n, std::uint8_t* out) noexcept {
#if defined(CONSENT_NO_SIMD)
  return detail::classify_scalar<Policy>(codes, n, out);
#elif defined(CONSENT_DETAIL_HAVE_SSE2)
  return detail::classify_sse2<Policy>(codes, n, out);
#elif defined(CONSENT_DETAIL_HAVE_NEON)
  return detail::classify_neon<Policy>(codes, n, out);
#else
  return detail::classify_scalar<Policy>(codes, n, out);
#endif
}

CONSENT_END_NAMESPACE
