// One translation unit of a program whose units are configured differently. check.cmake compiles
// this file several times, each with other configuration macros or instruction-set flags and its
// own UNIT name, and links them together into one program (main.cpp).
#include <consent/consent.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

#ifndef UNIT
#error "check.cmake defines UNIT"
#endif
#define CONSENT_TEST_CAT_(a, b) a##b
#define CONSENT_TEST_CAT(a, b) CONSENT_TEST_CAT_(a, b)

// Which kernel this unit's classify uses, as this unit sees it.
std::string_view CONSENT_TEST_CAT(kernel_, UNIT)() { return consent::classify_kernel(); }

// The everyday calls, each a candidate for a copy the linker might share.
std::size_t CONSENT_TEST_CAT(work_, UNIT)(const std::uint8_t* codes, std::size_t n,
                                          std::uint8_t* out) {
  std::size_t checks = consent::classify(codes, n, out);
  for (const consent::snapshot& s : consent::all_states()) {
    const auto parsed = consent::parse(consent::to_string(s));
    checks += parsed.has_value() && consent::evaluate(*parsed).trainable ? 1U : 0U;
    checks += consent::is_trainable_code(consent::encode(s)) ? 1U : 0U;
  }
  return checks;
}
