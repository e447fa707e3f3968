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

}  // namespace static_tests::classify_hpp
