// The C API answers exactly as the C++ headers do: every field combination (in range or not),
// every code from -70000 to 70000 and the int64 extremes, every byte buffer, and texts made by
// cutting, changing and extending every state's text, under both policies.
#include <consent/c.h>

#include <consent/consent.hpp>

#include <cstdint>
#include <cstring>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "../support/catch.hpp"

using namespace consent;

namespace {
constexpr int policies[] = {CONSENT_POLICY_2024_06_12, CONSENT_POLICY_2026_10_05};

decision cpp_decide(int policy, const snapshot& s) {
  return policy == CONSENT_POLICY_2026_10_05 ? evaluate<latest_policy>(s) : evaluate(s);
}
bool cpp_code(int policy, std::int64_t code) {
  return policy == CONSENT_POLICY_2026_10_05 ? is_trainable_code<latest_policy>(code)
                                             : is_trainable_code(code);
}
bool cpp_text(int policy, std::string_view text) {
  const auto parsed = parse(text);
  return parsed.has_value() && cpp_decide(policy, *parsed).trainable;
}
}  // namespace

TEST_CASE("decide, encode and format agree with the headers on every combination", "[capi]") {
  for (unsigned t = 0; t < 256; ++t) {
    for (unsigned g = 0; g < 256; g += (g < 4 ? 1U : 61U)) {
      for (unsigned m = 0; m < 256; m += (m < 3 ? 1U : 127U)) {
        for (unsigned f = 0; f < 256; f += (f < 3 ? 1U : 126U)) {
          const consent_snapshot c{static_cast<std::uint8_t>(t), static_cast<std::uint8_t>(g),
                                   static_cast<std::uint8_t>(m), static_cast<std::uint8_t>(f)};
          const snapshot s{static_cast<tier>(t), static_cast<toggle>(g), static_cast<mode>(m),
                           static_cast<feedback>(f)};
          for (const int policy : policies) {
            const consent_decision d = consent_evaluate(policy, c);
            const decision expected = cpp_decide(policy, s);
            REQUIRE(d.trainable == (expected.trainable ? 1 : 0));
            REQUIRE(d.reason == static_cast<int>(expected.why));
          }
          REQUIRE(consent_encode(c) == encode(s));
          char text[CONSENT_STATE_TEXT_MAX + 1];
          REQUIRE(consent_to_string(c, text, sizeof text) == to_string(s).size());
          REQUIRE(std::string(text) == std::string(to_string(s).view()));
        }
      }
    }
  }
}

TEST_CASE("codes of any width agree with the headers", "[capi]") {
  std::vector<std::int64_t> codes;
  for (std::int64_t code = -70000; code <= 70000; ++code) codes.push_back(code);
  for (const std::int64_t high : {std::int64_t{1} << 32, std::int64_t{1} << 40}) {
    for (std::int64_t low = 0; low < 256; ++low) codes.push_back(high + low);
  }
  codes.push_back(std::numeric_limits<std::int64_t>::min());
  codes.push_back(std::numeric_limits<std::int64_t>::max());
  for (const std::int64_t code : codes) {
    for (const int policy : policies) {
      REQUIRE(consent_code_trainable(policy, code) == (cpp_code(policy, code) ? 1 : 0));
    }
    consent_snapshot c{};
    const auto decoded = decode(code);
    const int status = consent_decode(code, &c);
    REQUIRE(status == (decoded ? 0 : 1 + static_cast<int>(decoded.error().code)));
    if (decoded) REQUIRE(consent_encode(c) == code);
  }
}

TEST_CASE("classify agrees with the headers on random buffers, in place or not", "[capi]") {
  std::mt19937_64 random(20261130);
  for (const std::size_t n :
       {std::size_t{1}, std::size_t{15}, std::size_t{64}, std::size_t{1000}, std::size_t{70001}}) {
    std::vector<std::uint8_t> codes(n);
    for (auto& code : codes) code = static_cast<std::uint8_t>(random());
    for (const int policy : policies) {
      std::vector<std::uint8_t> out(n, 9);
      std::vector<std::uint8_t> expected(n, 9);
      const std::size_t count = consent_classify(policy, codes.data(), n, out.data());
      const std::size_t expected_count =
          policy == CONSENT_POLICY_2026_10_05
              ? classify<latest_policy>(codes.data(), n, expected.data())
              : classify(codes.data(), n, expected.data());
      REQUIRE(count == expected_count);
      REQUIRE(out == expected);
      std::vector<std::uint8_t> in_place = codes;
      REQUIRE(consent_classify(policy, in_place.data(), n, in_place.data()) == expected_count);
      REQUIRE(in_place == expected);
    }
  }
}

TEST_CASE("texts agree with the headers: every state's text, cut, changed and extended",
          "[capi][hostile]") {
  std::vector<std::string> texts;
  for (const snapshot& s : all_states<latest_policy>()) {
    const std::string text(to_string(s).view());
    for (std::size_t cut = 0; cut <= text.size(); ++cut) texts.push_back(text.substr(0, cut));
    for (std::size_t at = 0; at < text.size(); ++at) {
      for (const char c : {'\0', '/', 'A', ' ', '\xff'}) {
        std::string changed = text;
        changed[at] = c;
        texts.push_back(changed);
      }
    }
    texts.push_back(text + "/");
    texts.push_back(text + std::string(1, '\0'));
    texts.push_back(text + "/feedback");
  }
  for (const std::string& text : texts) {
    for (const int policy : policies) {
      REQUIRE(consent_text_trainable(policy, text.data(), text.size()) ==
              (cpp_text(policy, text) ? 1 : 0));
    }
    consent_snapshot c{};
    std::size_t offset = 12345;
    const auto parsed = parse(text);
    const int status = consent_parse(text.data(), text.size(), &c, &offset);
    REQUIRE(status == (parsed ? 0 : 1 + static_cast<int>(parsed.error().code)));
    if (!parsed) REQUIRE(offset == parsed.error().offset);
  }
}

TEST_CASE("names and values agree with the headers for every enum", "[capi]") {
  for (int value = -2; value < 300; ++value) {
    const auto byte = static_cast<std::uint8_t>(value < 0 || value > 255 ? 255 : value);
    CHECK(std::string(consent_name(CONSENT_ENUM_TIER, value)) ==
          std::string(to_string(static_cast<tier>(byte))));
    CHECK(std::string(consent_name(CONSENT_ENUM_REASON, value)) ==
          std::string(to_string(static_cast<reason>(byte))));
  }
  for (const reason r : all_values<reason>()) {
    const std::string_view name = to_string(r);
    int value = -1;
    REQUIRE(consent_parse_name(CONSENT_ENUM_REASON, name.data(), name.size(), &value) == 0);
    CHECK(value == static_cast<int>(r));
  }
  for (const int policy : policies) {
    const std::string name = consent_policy_name(policy);
    CHECK(consent_policy_from_name(name.data(), name.size()) == policy);
  }
  CHECK(std::string(consent_policy_name(CONSENT_POLICY_DEFAULT)) == default_policy::name);
  CHECK(std::string(consent_policy_name(CONSENT_POLICY_LATEST)) == latest_policy::name);
  CHECK(std::string(consent_version()) == CONSENT_VERSION_STRING);
}
