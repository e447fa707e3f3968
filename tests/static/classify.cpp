// Compile-time facts about <consent/classify.hpp> (see static.hpp).
#include <consent/all_states.hpp>
#include <consent/classify.hpp>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <random>
#include <vector>
#include "kernels.hpp"
#include "oracle.hpp"

#include "static.hpp"

using namespace consent;

namespace static_tests::classify_hpp {

// "is_trainable_code is evaluate(decode(byte)) for all 256 bytes"
[[maybe_unused]] void static_1() {
  static_assert(is_trainable_code(encode(snapshot{tier::plus, toggle::unset, mode::standard})));
  static_assert(!is_trainable_code(encode(snapshot{tier::plus, toggle::off, mode::standard})));
}

// "is_trainable_code refuses every integer outside 0..255"
[[maybe_unused]] void static_2() {
  static_assert(!is_trainable_code(0x180));
  static_assert(!is_trainable_code(-128));
  static_assert(is_trainable_code(0x80));
}

// "each built-in policy's trainable bytes are covered by three masked comparisons, exactly"
[[maybe_unused]] void static_3() {
  static_assert(detail::trainable_cubes<policy_2024_06_12>.size() == 3);
  static_assert(detail::trainable_cubes<policy_2026_10_05>.size() == 3);
}

// "the codes added since 0.1 classify under the policy that names them, and only there"
[[maybe_unused]] void static_4() {
  constexpr auto go = encode(snapshot{tier::go, toggle::unset, mode::standard});
  constexpr auto rated = encode(snapshot{tier::plus, toggle::on, mode::standard, feedback::given});
  static_assert(is_trainable_code<policy_2026_10_05>(go) && !is_trainable_code(go));
  static_assert(is_trainable_code<policy_2026_10_05>(rated) && !is_trainable_code(rated));
  static_assert(!is_trainable_code<policy_2026_10_05>(0xC6));  // layout 2, toggle 3: reserved
}

}  // namespace static_tests::classify_hpp
