#include <consent/version.hpp>

#include <consent/dimensions.hpp>

#include <string>
#include <type_traits>

#include "catch.hpp"

namespace {
const std::string major = std::to_string(CONSENT_VERSION_MAJOR);
const std::string minor = std::to_string(CONSENT_VERSION_MINOR);
const std::string patch = std::to_string(CONSENT_VERSION_PATCH);
}  // namespace

TEST_CASE("the version macros agree with each other and with the CMake project", "[version]") {
  CHECK(std::string(CONSENT_VERSION_STRING) == major + "." + minor + "." + patch);
  CHECK(std::string(CONSENT_VERSION_STRING) == CONSENT_PROJECT_VERSION);
  STATIC_REQUIRE(CONSENT_VERSION == CONSENT_VERSION_MAJOR * 10000 + CONSENT_VERSION_MINOR * 100 +
                                        CONSENT_VERSION_PATCH);
}

TEST_CASE("the inline namespace is named after the version", "[version]") {
  const std::string expected = "v" + major + "_" + minor + "_" + patch;
  CHECK(std::string(CONSENT_DETAIL_STRINGIFY(CONSENT_ABI_NAMESPACE)) == expected);
  // And the public names really live in it (tests/abi checks the mangled symbols too).
  STATIC_REQUIRE(std::is_same_v<consent::tier, consent::CONSENT_ABI_NAMESPACE::tier>);
}
