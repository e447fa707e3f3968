// consent: where each backfilled row's mode comes from (one mode for all rows, or a column), and
// how eight rows' codes are written at once without a branch on any row's mode.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

#include <consent/detail/backfill_codes.hpp>
#include <consent/dimensions.hpp>
#include <consent/version.hpp>
#include <consent/wire.hpp>

CONSENT_BEGIN_NAMESPACE
namespace detail {

// Where each row's mode comes from: one mode for all rows, or a column. fill8() writes the codes
// of rows [i, i + 8) and one() of row i; each returns a 1 in the byte of each row given a state.
struct one_mode {
  mode chat;

  std::uint64_t fill8(std::uint8_t* codes, std::size_t i, const spread_codes& from) const noexcept {
    const std::uint8_t code = from.codes.in(chat);
    for (std::size_t r = i; r < i + 8; ++r) codes[r] = code;
    return code != wire::invalid_code ? spread_codes::ones : 0;
  }
  std::uint64_t one(std::uint8_t* codes, std::size_t i, const mode_codes& from) const noexcept {
    codes[i] = from.in(chat);
    return codes[i] != wire::invalid_code;
  }
};
struct mode_column {
  const mode* chat;

  // Eight rows in a 64-bit word, without a branch on any row's mode (Temporary Chats come at
  // random, so such a branch would often be mispredicted). When all eight bytes are 0 or 1, they
  // are the temporary flags; otherwise (a byte outside the enum) a byte's high bit after
  // ((x & 0x7f..) + 0x7f..) | x says whether it is nonzero, exactly, so comparing with 0 and 1
  // gives each byte's mode.
  std::uint64_t fill8(std::uint8_t* codes, std::size_t i, const spread_codes& from) const noexcept {
    constexpr std::uint64_t ones = spread_codes::ones;
    static_assert(static_cast<unsigned>(mode::standard) == 0 &&
                      static_cast<unsigned>(mode::temporary) == 1 && mode_count == 2,
                  "consent: the backfill's mode select assumes modes 0 and 1");
    std::uint64_t word;
    std::memcpy(&word, chat + i, 8);
    const std::uint64_t flipped = word ^ ones;
    if ((word & ~ones) == 0) {  // every byte a mode: 0x01 marks the temporary rows
      const std::uint64_t out = from.standard_word ^ (from.difference_word & (word * 0xFF));
      std::memcpy(codes + i, &out, 8);
      return from.both_states ? ones
                              : flipped * from.standard_counts + word * from.temporary_counts;
    }
    constexpr std::uint64_t low_bits = 0x7F7F7F7F7F7F7F7FU;
    constexpr std::uint64_t high_bits = 0x8080808080808080U;
    const std::uint64_t is_standard = (~(((word & low_bits) + low_bits) | word) & high_bits) >> 7;
    const std::uint64_t is_temporary =
        (~(((flipped & low_bits) + low_bits) | flipped) & high_bits) >> 7;
    const std::uint64_t out = (from.standard_word & (is_standard * 0xFF)) |
                              ((from.standard_word ^ from.difference_word) & (is_temporary * 0xFF));
    std::memcpy(codes + i, &out, 8);
    return is_standard * from.standard_counts + is_temporary * from.temporary_counts;
  }
  std::uint64_t one(std::uint8_t* codes, std::size_t i, const mode_codes& from) const noexcept {
    codes[i] = from.in(chat[i]);
    return codes[i] != wire::invalid_code;
  }
};

}  // namespace detail
CONSENT_END_NAMESPACE
