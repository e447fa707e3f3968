// Compile-time facts about <consent/wire.hpp> (see static.hpp).
#include <consent/all_states.hpp>
#include <consent/wire.hpp>
#include <cstddef>
#include <cstdint>
#include <set>
#include "oracle.hpp"

#include "static.hpp"

using namespace consent;

namespace static_tests::wire_hpp {

// "decode(encode(s)) == s for every state
[[maybe_unused]] void static_1() {
  static_assert(*decode(encode(snapshot{tier::plus, toggle::off, mode::temporary})) ==
                snapshot{tier::plus, toggle::off, mode::temporary});
}

// "encode closes non-states with a byte that never decodes"
[[maybe_unused]] void static_2() {
  static_assert(encode(snapshot{tier::api, toggle::on, mode::temporary}) == wire::invalid_code);
  static_assert(encode(snapshot{static_cast<tier>(8), toggle::on, mode::standard}) ==
                wire::invalid_code);
  static_assert(encode(snapshot{tier::plus, toggle::on, mode::standard,
                                static_cast<feedback>(2)}) == wire::invalid_code);
  static_assert(encode(snapshot{tier::plus, static_cast<toggle>(3), mode::standard}) ==
                wire::invalid_code);
  static_assert(encode(snapshot{tier::plus, toggle::on, static_cast<mode>(2)}) ==
                wire::invalid_code);
  static_assert(!decode(wire::invalid_code).has_value());
}

// "layout 1 puts the fields where the wire format says"
[[maybe_unused]] void static_3() {
  static_assert(encode(snapshot{tier::free, toggle::unset, mode::standard}) == 0x80);
  static_assert(encode(snapshot{tier::plus, toggle::off, mode::temporary}) == 0x8D);
  static_assert(encode(snapshot{tier::api, toggle::off, mode::standard}) == 0xA4);
}

// "the tiers added since take tier fields 5-7 of layout 1; feedback is layout 2"
[[maybe_unused]] void static_3b() {
  static_assert(encode(snapshot{tier::pro, toggle::unset, mode::standard}) == 0xA8);
  static_assert(encode(snapshot{tier::edu, toggle::off, mode::temporary}) == 0xBD);
  static_assert(encode(snapshot{tier::plus, toggle::off, mode::temporary, feedback::given}) ==
                0xCD);
  static_assert(*decode(0xCD) ==
                snapshot{tier::plus, toggle::off, mode::temporary, feedback::given});
  // Layout 2 with toggle field 3 is kept for a future layout.
  static_assert(decode(0xC6).error().code == decode_errc::future_layout);
  static_assert(decode(0x86).error().code == decode_errc::toggle_out_of_range);
  static_assert(decode(0xE1).error().code == decode_errc::not_a_state);  // api temporary
}

// "decode takes any integer and refuses every value outside 0..255"
[[maybe_unused]] void static_4() {
  // 384 is 0x180: narrowed to a byte it would read as 0x80, free/unset/standard, trainable.
  static_assert(decode(384).error().code == decode_errc::not_a_byte);
  static_assert(decode(-128).error().code == decode_errc::not_a_byte);
  static_assert(decode(0x80).has_value());
}

}  // namespace static_tests::wire_hpp
