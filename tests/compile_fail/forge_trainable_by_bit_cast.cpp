// expect: (bit_cast|trivially copyable|trivially-copyable)
// Bytes do not make a proof: trainable<T> is not trivially copyable, so std::bit_cast (C++20) and
// the builtin behind it refuse to make one.
#include <consent/consent.hpp>

#include <cstring>
#if defined(__has_include)
#if __has_include(<bit>)
#include <bit>
#endif
#endif

struct message {
  int id;
};

struct lookalike {
  message content;
  consent::snapshot granted_under;
  consent::reason why;
};

#ifdef CONSENT_COMPILE_FAIL
consent::trainable<message> forge(const lookalike& raw) {
#if defined(__cpp_lib_bit_cast)
  return std::bit_cast<consent::trainable<message>>(raw);
#else
  return __builtin_bit_cast(consent::trainable<message>, raw);
#endif
}
#else
lookalike copy(const lookalike& raw) {
#if defined(__cpp_lib_bit_cast)
  return std::bit_cast<lookalike>(raw);
#else
  return __builtin_bit_cast(lookalike, raw);
#endif
}
#endif
