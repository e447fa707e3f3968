// parse() on any bytes: never reads outside them, accepts exactly the states' texts (and
// "business", Team's later name, in the tier field), and every error points inside the input.
#include <consent/consent.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "check.hpp"

#if defined(CONSENT_FUZZ_C_API)
#include <consent/c.h>

#include <cstring>

#include "../../sql/common/quote.h"

// The SQL modules' quote of a policy name, on the same bytes: NUL-terminated, bounded, printable
// ASCII only, the input's own prefix where it was printable, "..." exactly when it was cut.
static void check_quote(std::string_view text) {
  char quoted[CONSENT_QUOTE_SIZE];
  std::memset(quoted, 'z', sizeof quoted);
  consent_quote(text.data(), text.size(), quoted);
  const std::size_t length = std::strlen(quoted);  // stays in bounds: the buffer holds a NUL
  CONSENT_FUZZ_CHECK(length < CONSENT_QUOTE_SIZE);
  for (std::size_t i = 0; i < length; ++i) {
    CONSENT_FUZZ_CHECK(quoted[i] >= 0x20 && quoted[i] < 0x7f);
  }
  const std::string_view out(quoted, length);
  const bool cut = text.size() > CONSENT_QUOTE_MAX;
  CONSENT_FUZZ_CHECK((out.size() >= 3 && out.substr(out.size() - 3) == "...") == cut ||
                     (!cut && text.size() >= 3 && text.substr(text.size() - 3) == "..."));
  bool printable = true;
  for (const char c : text.substr(0, CONSENT_QUOTE_MAX)) {
    printable = printable && c >= 0x20 && c < 0x7f && c != '\\' && c != '\'';
  }
  if (printable)
    CONSENT_FUZZ_CHECK(out.substr(0, text.substr(0, CONSENT_QUOTE_MAX).size()) ==
                       text.substr(0, CONSENT_QUOTE_MAX));
}

// The C API reads the same bytes as the headers do (capi/src/consent_c.cpp is built in).
static void check_c_api(std::string_view text,
                        const consent::result<consent::snapshot, consent::parse_error>& parsed) {
  consent_snapshot state{};
  std::size_t offset = 0;
  const int status = consent_parse(text.data(), text.size(), &state, &offset);
  CONSENT_FUZZ_CHECK(status == (parsed ? 0 : 1 + static_cast<int>(parsed.error().code)));
  if (parsed) CONSENT_FUZZ_CHECK(consent_encode(state) == consent::encode(*parsed));
  if (!parsed) CONSENT_FUZZ_CHECK(offset == parsed.error().offset);
  const bool trainable_2024 = parsed && consent::evaluate(*parsed).trainable;
  const bool trainable_2026 =
      parsed && consent::evaluate<consent::latest_policy>(*parsed).trainable;
  CONSENT_FUZZ_CHECK(consent_text_trainable(CONSENT_POLICY_2024_06_12, text.data(), text.size()) ==
                     (trainable_2024 ? 1 : 0));
  CONSENT_FUZZ_CHECK(consent_text_trainable(CONSENT_POLICY_2026_10_05, text.data(), text.size()) ==
                     (trainable_2026 ? 1 : 0));
}
#endif

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto parsed = consent::parse(text);
#if defined(CONSENT_FUZZ_C_API)
  check_c_api(text, parsed);
  check_quote(text);
#endif
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
