// Compile-time facts about <consent/version.hpp> (see static.hpp).
#include <consent/dimensions.hpp>
#include <consent/version.hpp>
#include <string>
#include <type_traits>

#include "static.hpp"

using namespace consent;

namespace static_tests::version_hpp {

// "the version macros agree with each other and with the CMake project"
[[maybe_unused]] void static_1() {
  // The public names really live in the inline namespace (tests/abi checks the mangled symbols
  // too).
  static_assert(std::is_same_v<consent::tier, consent::CONSENT_ABI_NAMESPACE::tier>);
  static_assert(CONSENT_VERSION == CONSENT_VERSION_MAJOR * 10000 + CONSENT_VERSION_MINOR * 100 +
                                       CONSENT_VERSION_PATCH);
}

}  // namespace static_tests::version_hpp
