// consent: the version, written once. CMake reads these three lines.
#pragma once

#define CONSENT_VERSION_MAJOR 0
#define CONSENT_VERSION_MINOR 1
#define CONSENT_VERSION_PATCH 0

// One number for comparisons in #if: 10000 * major + 100 * minor + patch.
#define CONSENT_VERSION \
  (CONSENT_VERSION_MAJOR * 10000 + CONSENT_VERSION_MINOR * 100 + CONSENT_VERSION_PATCH)

#define CONSENT_DETAIL_STRINGIFY_(x) #x
#define CONSENT_DETAIL_STRINGIFY(x) CONSENT_DETAIL_STRINGIFY_(x)
#define CONSENT_DETAIL_ABI_NAME_(major, minor, patch) v##major##_##minor##_##patch
#define CONSENT_DETAIL_ABI_NAME(major, minor, patch) CONSENT_DETAIL_ABI_NAME_(major, minor, patch)

// "0.1.0"
#define CONSENT_VERSION_STRING                                                      \
  CONSENT_DETAIL_STRINGIFY(CONSENT_VERSION_MAJOR)                                   \
  "." CONSENT_DETAIL_STRINGIFY(CONSENT_VERSION_MINOR) "." CONSENT_DETAIL_STRINGIFY( \
      CONSENT_VERSION_PATCH)

// Everything lives in an inline namespace named after the version (consent::v0_1_0), so that two
// versions compiled into one program get different symbols instead of silently mixing definitions.
#define CONSENT_ABI_NAMESPACE \
  CONSENT_DETAIL_ABI_NAME(CONSENT_VERSION_MAJOR, CONSENT_VERSION_MINOR, CONSENT_VERSION_PATCH)
#define CONSENT_BEGIN_NAMESPACE \
  namespace consent {           \
  inline namespace CONSENT_ABI_NAMESPACE {
#define CONSENT_END_NAMESPACE \
  }                           \
  }
