// parse() on any bytes: never reads outside them, accepts exactly the states' texts (and
// "business", Team's later name, in the tier field), and every error points inside the input.
#include <consent/consent.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto parsed = consent::parse(text);
  if (parsed) {
    CONSENT_FUZZ_CHECK(consent::is_state(*parsed));
    // Accepted only when exact: the state's own text, or the same with "business" for "team".
    const consent::state_text text_of_state = consent::to_string(*parsed);  // keeps the text alive
    const std::string_view written = text_of_state;
    const std::string_view business = "business";
    const bool alias = parsed->account == consent::tier::business &&
                       text.substr(0, business.size()) == business &&
                       written.substr(4) == text.substr(business.size());
    CONSENT_FUZZ_CHECK(written == text || alias);
    const auto decoded = consent::decode(consent::encode(*parsed));
    CONSENT_FUZZ_CHECK(decoded.has_value() && *decoded == *parsed);
  } else {
    CONSENT_FUZZ_CHECK(parsed.error().offset <= size);
    CONSENT_FUZZ_CHECK(consent::to_string(parsed.error().code) != "unknown");
    // The failure is never hiding a state: no state's text equals the input.
    for (const consent::snapshot& s : consent::all_states<consent::latest_policy>()) {
      CONSENT_FUZZ_CHECK(consent::to_string(s) != text);
    }
  }
  return 0;
}
