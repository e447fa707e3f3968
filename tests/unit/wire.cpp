#include <consent/wire.hpp>

#include <consent/all_states.hpp>

#include <cstddef>
#include <cstdint>
#include <set>

#include "catch.hpp"
#include "oracle.hpp"

using namespace consent;

TEST_CASE("decode(encode(s)) == s for every state, each with its own byte", "[wire]") {
  std::set<std::uint8_t> bytes;
  for (const snapshot& s : all_states()) {
    const std::uint8_t byte = encode(s);
    bytes.insert(byte);
    const auto decoded = decode(byte);
    REQUIRE(decoded.has_value());
    CHECK(*decoded == s);
  }
  CHECK(bytes.size() == state_count);
}

TEST_CASE("of the 256 byte values exactly the 27 states decode", "[wire][fail-closed]") {
  std::size_t decoded_count = 0;
  for (unsigned b = 0; b < 256; ++b) {
    const auto byte = static_cast<std::uint8_t>(b);
    const auto decoded = decode(byte);
    CAPTURE(b);
    if (decoded) {
      ++decoded_count;
      CHECK(is_state(*decoded));
      CHECK(encode(*decoded) == byte);
    } else {
      CHECK(decoded.error().byte == byte);
    }
  }
  CHECK(decoded_count ==
        state_count_for<latest_policy>);  // every state of every tier, both layouts
}

TEST_CASE("decode says what is wrong with a byte", "[wire][fail-closed]") {
  for (unsigned b = 0; b < 256; ++b) {
    const auto byte = static_cast<std::uint8_t>(b);
    const auto decoded = decode(byte);
    CAPTURE(b);
    const unsigned layout = b >> 6;
    const unsigned t = (b >> 3) & 7U;
    const unsigned g = (b >> 1) & 3U;
    const unsigned m = b & 1U;
    if (layout == 0 || layout == 1) {
      CHECK(decoded.error().code == decode_errc::unknown_layout);
    } else if (g > 2) {
      CHECK(decoded.error().code ==
            (layout == 3 ? decode_errc::future_layout : decode_errc::toggle_out_of_range));
    } else if (t == 4 && m == 1) {
      CHECK(decoded.error().code == decode_errc::not_a_state);
    } else {
      REQUIRE(decoded.has_value());
      CHECK(*decoded == snapshot{static_cast<tier>(t), static_cast<toggle>(g), static_cast<mode>(m),
                                 layout == 3 ? feedback::given : feedback::none});
    }
  }
}

TEST_CASE("layout 1 puts the fields where the wire format says", "[wire]") {
  for (const snapshot& s : all_states()) {
    const std::uint8_t byte = encode(s);
    CHECK((byte & 0xC0) == 0x80);
    CHECK(((byte >> 3) & 7U) == static_cast<unsigned>(s.account));
    CHECK(((byte >> 1) & 3U) == static_cast<unsigned>(s.improve_model));
    CHECK((byte & 1U) == static_cast<unsigned>(s.chat));
  }
}

TEST_CASE("decode takes any integer and refuses every value outside 0..255",
          "[wire][fail-closed]") {
  const long long wide[] = {-1, 256, 384, 0x180 + 0x0D, 1LL << 40, -(1LL << 40), 65535};
  for (const long long value : wide) {
    CAPTURE(value);
    CHECK(decode(value).error() == decode_error{decode_errc::not_a_byte, 0});
    CHECK(decode(static_cast<int>(value & 0xFFFFFFFF)).has_value() == false);
  }
  CHECK(decode(std::uint64_t{0x8000000000000080}).error().code == decode_errc::not_a_byte);
  CHECK(decode(static_cast<signed char>(-128)).error().code == decode_errc::not_a_byte);
  CHECK(decode(std::uint16_t{0x0180}).error().code == decode_errc::not_a_byte);
  // Every integer that is a byte decodes exactly as that byte does, whatever its type.
  for (int value = 0; value < 256; ++value) {
    const auto byte = static_cast<std::uint8_t>(value);
    CHECK(decode(value).has_value() == decode(byte).has_value());
    CHECK(decode(static_cast<std::int64_t>(value)).has_value() == decode(byte).has_value());
    CHECK(decode(static_cast<unsigned>(value)).has_value() == decode(byte).has_value());
    if (decode(byte)) {
      CHECK(*decode(value) == *decode(byte));
    }
  }
  CHECK(to_string(decode_errc::not_a_byte) == "not_a_byte");
}
