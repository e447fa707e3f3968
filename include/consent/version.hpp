// consent: the version, written once. CMake reads these three lines.
#pragma once

#define CONSENT_VERSION_MAJOR 0
#define CONSENT_VERSION_MINOR 2
#define CONSENT_VERSION_PATCH 0

// One number for comparisons in #if: 10000 * major + 100 * minor + patch.
#define CONSENT_VERSION \
  (CONSENT_VERSION_MAJOR * 10000 + CONSENT_VERSION_MINOR * 100 + CONSENT_VERSION_PATCH)

#define CONSENT_DETAIL_STRINGIFY_(x) #x
#define CONSENT_DETAIL_STRINGIFY(x) CONSENT_DETAIL_STRINGIFY_(x)

// "0.2.0"
#define CONSENT_VERSION_STRING                                                      \
  CONSENT_DETAIL_STRINGIFY(CONSENT_VERSION_MAJOR)                                   \
  "." CONSENT_DETAIL_STRINGIFY(CONSENT_VERSION_MINOR) "." CONSENT_DETAIL_STRINGIFY( \
      CONSENT_VERSION_PATCH)

#include <consent/detail/abi.hpp>
