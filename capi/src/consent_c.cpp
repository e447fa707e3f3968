// The C API (capi/include/consent/c.h): each function is a call of the C++ headers, so both answer
// from the same rules. Its own checks are the C caller's preconditions: null pointers, overlapping
// buffers, a policy number that names no policy. Each stops the program with
// CONSENT_DETAIL_REQUIRE.
#include <consent/c.h>

#include <cstdint>
#include <cstring>
#include <string_view>
#include <type_traits>

#include <consent/consent.hpp>

using namespace consent;

namespace {

// The C values are the C++ enumerators: checked here, once, for every value and every count.
static_assert(CONSENT_TIER_EDU + 1 == tier_count && CONSENT_TOGGLE_OFF + 1 == toggle_count &&
              CONSENT_MODE_TEMPORARY + 1 == mode_count &&
              CONSENT_FEEDBACK_GIVEN + 1 == feedback_count &&
              CONSENT_REASON_NOT_IN_POLICY + 1 == reason_count &&
              CONSENT_PARSE_UNKNOWN_NAME == enum_count<parse_errc> &&
              CONSENT_DECODE_NOT_A_BYTE == enum_count<decode_errc>);
static_assert(CONSENT_TIER_FREE == static_cast<int>(tier::free) &&
              CONSENT_TIER_PLUS == static_cast<int>(tier::plus) &&
              CONSENT_TIER_TEAM == static_cast<int>(tier::team) &&
              CONSENT_TIER_BUSINESS == static_cast<int>(tier::business) &&
              CONSENT_TIER_ENTERPRISE == static_cast<int>(tier::enterprise) &&
              CONSENT_TIER_API == static_cast<int>(tier::api) &&
              CONSENT_TIER_PRO == static_cast<int>(tier::pro) &&
              CONSENT_TIER_GO == static_cast<int>(tier::go) &&
              CONSENT_TIER_EDU == static_cast<int>(tier::edu));
static_assert(CONSENT_TOGGLE_UNSET == static_cast<int>(toggle::unset) &&
              CONSENT_TOGGLE_ON == static_cast<int>(toggle::on) &&
              CONSENT_TOGGLE_OFF == static_cast<int>(toggle::off) &&
              CONSENT_MODE_STANDARD == static_cast<int>(mode::standard) &&
              CONSENT_MODE_TEMPORARY == static_cast<int>(mode::temporary) &&
              CONSENT_FEEDBACK_NONE == static_cast<int>(feedback::none) &&
              CONSENT_FEEDBACK_GIVEN == static_cast<int>(feedback::given));
static_assert(CONSENT_REASON_CONSUMER_DEFAULT == static_cast<int>(reason::consumer_default) &&
              CONSENT_REASON_OPTED_IN == static_cast<int>(reason::opted_in) &&
              CONSENT_REASON_OPTED_OUT == static_cast<int>(reason::opted_out) &&
              CONSENT_REASON_TEMPORARY_CHAT == static_cast<int>(reason::temporary_chat) &&
              CONSENT_REASON_BUSINESS_DEFAULT == static_cast<int>(reason::business_default) &&
              CONSENT_REASON_API_DEFAULT == static_cast<int>(reason::api_default) &&
              CONSENT_REASON_INVALID_STATE == static_cast<int>(reason::invalid_state) &&
              CONSENT_REASON_NO_POLICY == static_cast<int>(reason::no_policy) &&
              CONSENT_REASON_NOT_IN_POLICY == static_cast<int>(reason::not_in_policy));
static_assert(CONSENT_PARSE_EMPTY == 1 + static_cast<int>(parse_errc::empty) &&
              CONSENT_PARSE_UNKNOWN_TIER == 1 + static_cast<int>(parse_errc::unknown_tier) &&
              CONSENT_PARSE_UNKNOWN_TOGGLE == 1 + static_cast<int>(parse_errc::unknown_toggle) &&
              CONSENT_PARSE_UNKNOWN_MODE == 1 + static_cast<int>(parse_errc::unknown_mode) &&
              CONSENT_PARSE_MISSING_SEPARATOR ==
                  1 + static_cast<int>(parse_errc::missing_separator) &&
              CONSENT_PARSE_EXTRA_SEPARATOR == 1 + static_cast<int>(parse_errc::extra_separator) &&
              CONSENT_PARSE_TRAILING_INPUT == 1 + static_cast<int>(parse_errc::trailing_input) &&
              CONSENT_PARSE_NOT_A_STATE == 1 + static_cast<int>(parse_errc::not_a_state) &&
              CONSENT_PARSE_UNKNOWN_NAME == 1 + static_cast<int>(parse_errc::unknown_name));
static_assert(CONSENT_DECODE_UNKNOWN_LAYOUT == 1 + static_cast<int>(decode_errc::unknown_layout) &&
              CONSENT_DECODE_FUTURE_LAYOUT == 1 + static_cast<int>(decode_errc::future_layout) &&
              CONSENT_DECODE_TIER_OUT_OF_RANGE ==
                  1 + static_cast<int>(decode_errc::tier_out_of_range) &&
              CONSENT_DECODE_TOGGLE_OUT_OF_RANGE ==
                  1 + static_cast<int>(decode_errc::toggle_out_of_range) &&
              CONSENT_DECODE_NOT_A_STATE == 1 + static_cast<int>(decode_errc::not_a_state) &&
              CONSENT_DECODE_NOT_A_BYTE == 1 + static_cast<int>(decode_errc::not_a_byte));
static_assert(CONSENT_STATE_TEXT_MAX == state_text::max_size);
static_assert(CONSENT_POLICY_COUNT == 2 && CONSENT_POLICY_DEFAULT == CONSENT_POLICY_2024_06_12 &&
              std::is_same_v<default_policy, policy_2024_06_12> &&
              std::is_same_v<latest_policy, policy_2026_10_05>);

// Calls f with the policy a number names (as a value of the policy's type); any other number is
// the caller's mistake and stops the program.
template <class F>
decltype(auto) with_policy(int policy, F&& f) {
  CONSENT_DETAIL_REQUIRE(policy == CONSENT_POLICY_2024_06_12 || policy == CONSENT_POLICY_2026_10_05,
                         "the policy number names no policy: use CONSENT_POLICY_2024_06_12 or "
                         "CONSENT_POLICY_2026_10_05");
  if (policy == CONSENT_POLICY_2026_10_05) return f(policy_2026_10_05{});
  return f(policy_2024_06_12{});
}

snapshot to_snapshot(const consent_snapshot& s) noexcept {
  return snapshot{static_cast<tier>(s.account), static_cast<toggle>(s.improve_model),
                  static_cast<mode>(s.chat), static_cast<feedback>(s.rated)};
}

}  // namespace

namespace {

consent_snapshot to_c(const snapshot& s) noexcept {
  return consent_snapshot{static_cast<std::uint8_t>(s.account),
                          static_cast<std::uint8_t>(s.improve_model),
                          static_cast<std::uint8_t>(s.chat), static_cast<std::uint8_t>(s.rated)};
}

std::string_view text_of(const char* text, std::size_t size) {
  CONSENT_DETAIL_REQUIRE(text != nullptr || size == 0, "text is null but size is not 0");
  return size == 0 ? std::string_view() : std::string_view(text, size);
}

// Calls f with a value of the enum a CONSENT_ENUM_ number names; any other number is the caller's
// mistake and stops the program.
template <class F>
decltype(auto) with_enum(int which, F&& f) {
  switch (which) {
    case CONSENT_ENUM_TIER:
      return f(tier{});
    case CONSENT_ENUM_TOGGLE:
      return f(toggle{});
    case CONSENT_ENUM_MODE:
      return f(mode{});
    case CONSENT_ENUM_FEEDBACK:
      return f(feedback{});
    case CONSENT_ENUM_REASON:
      return f(reason{});
    case CONSENT_ENUM_PARSE_ERROR:
      return f(parse_errc{});
    case CONSENT_ENUM_DECODE_ERROR:
      return f(decode_errc{});
    default:
      break;
  }
  CONSENT_DETAIL_REQUIRE(false, "the enum number names no enum: use a CONSENT_ENUM_ value");
  return f(tier{});  // not reached: the check above stops the program
}

}  // namespace

extern "C" {

const char* consent_version(void) { return CONSENT_VERSION_STRING; }

const char* consent_policy_name(int policy) {
  return with_policy(policy, [](auto p) { return decltype(p)::name.data(); });
}

int consent_policy_from_name(const char* name, std::size_t size) {
  const std::string_view text = text_of(name, size);
  if (text == policy_2024_06_12::name) return CONSENT_POLICY_2024_06_12;
  if (text == policy_2026_10_05::name) return CONSENT_POLICY_2026_10_05;
  return -1;
}

consent_decision consent_evaluate(int policy, consent_snapshot state) {
  const decision d =
      with_policy(policy, [&](auto p) { return evaluate<decltype(p)>(to_snapshot(state)); });
  return consent_decision{d.trainable ? 1 : 0, static_cast<int>(d.why)};
}

std::uint8_t consent_encode(consent_snapshot state) { return encode(to_snapshot(state)); }

int consent_decode(std::int64_t code, consent_snapshot* state) {
  CONSENT_DETAIL_REQUIRE(state != nullptr, "consent_decode needs somewhere to write the state");
  const auto decoded = decode(code);
  *state = consent_snapshot{};
  if (!decoded) return 1 + static_cast<int>(decoded.error().code);
  *state = to_c(*decoded);
  return CONSENT_DECODE_OK;
}

int consent_parse(const char* text, std::size_t size, consent_snapshot* state,
                  std::size_t* error_offset) {
  CONSENT_DETAIL_REQUIRE(state != nullptr, "consent_parse needs somewhere to write the state");
  const auto parsed = parse(text_of(text, size));
  *state = consent_snapshot{};
  if (!parsed) {
    if (error_offset != nullptr) *error_offset = parsed.error().offset;
    return 1 + static_cast<int>(parsed.error().code);
  }
  *state = to_c(*parsed);
  return CONSENT_PARSE_OK;
}

std::size_t consent_to_string(consent_snapshot state, char* buffer, std::size_t size) {
  CONSENT_DETAIL_REQUIRE(buffer != nullptr || size == 0, "buffer is null but size is not 0");
  const state_text text = to_string(to_snapshot(state));
  if (size > 0) {
    const std::size_t n = text.size() < size ? text.size() : size - 1;
    std::memcpy(buffer, text.data(), n);
    buffer[n] = '\0';
  }
  return text.size();
}

consent_decision consent_decide(int policy, consent_snapshot state) {
  return consent_evaluate(policy, state);
}
std::size_t consent_format(consent_snapshot state, char* buffer, std::size_t size) {
  return consent_to_string(state, buffer, size);
}

const char* consent_name(int which, int value) {
  return with_enum(which, [value](auto e) {
    using Enum = decltype(e);
    // Out of the enum's byte is out of the enum, too: "unknown".
    if (value < 0 || value > 255) return detail::unknown_name.data();
    return to_string(static_cast<Enum>(value)).data();
  });
}

int consent_parse_name(int which, const char* name, std::size_t size, int* value) {
  CONSENT_DETAIL_REQUIRE(value != nullptr, "consent_parse_name needs somewhere to write the value");
  const std::string_view text = text_of(name, size);
  return with_enum(which, [&](auto e) {
    const auto parsed = parse<decltype(e)>(text);
    if (!parsed) return -1;
    *value = static_cast<int>(*parsed);
    return 0;
  });
}

std::size_t consent_classify(int policy, const std::uint8_t* codes, std::size_t n,
                             std::uint8_t* out) {
  if (n == 0) return with_policy(policy, [](auto) { return std::size_t{0}; });
  CONSENT_DETAIL_REQUIRE(codes != nullptr && out != nullptr, "codes or out is null but n is not 0");
  // Compared as addresses, not pointers into different objects.
  const auto in_at = reinterpret_cast<std::uintptr_t>(codes);
  const auto out_at = reinterpret_cast<std::uintptr_t>(out);
  CONSENT_DETAIL_REQUIRE(in_at == out_at || out_at + n <= in_at || in_at + n <= out_at,
                         "out overlaps codes without being codes itself");
  return with_policy(policy, [&](auto p) { return classify<decltype(p)>(codes, n, out); });
}

int consent_code_trainable(int policy, std::int64_t code) {
  return with_policy(policy, [&](auto p) { return is_trainable_code<decltype(p)>(code) ? 1 : 0; });
}

int consent_text_trainable(int policy, const char* text, std::size_t size) {
  const auto parsed = parse(text_of(text, size));
  return with_policy(policy, [&](auto p) {
    return parsed.has_value() && evaluate<decltype(p)>(*parsed).trainable ? 1 : 0;
  });
}

}  // extern "C"
