// A property that must hold for every input; a violation stops the fuzzer (or the replay) with a
// crash that libFuzzer records as a reproducer.
#pragma once

#include <cstdio>
#include <cstdlib>

#define CONSENT_FUZZ_CHECK(condition)                                                       \
  do {                                                                                      \
    if (!(condition)) {                                                                     \
      std::fprintf(stderr, "%s:%d: property failed: %s\n", __FILE__, __LINE__, #condition); \
      std::abort();                                                                         \
    }                                                                                       \
  } while (false)
