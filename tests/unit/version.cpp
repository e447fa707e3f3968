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
}

TEST_CASE("the inline namespace is named after the version", "[version]") {
  const std::string expected = "v" + major + "_" + minor + "_" + patch;
  CHECK(std::string(CONSENT_DETAIL_STRINGIFY(CONSENT_ABI_NAMESPACE)) == expected);
}
