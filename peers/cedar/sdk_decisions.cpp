// Prints the SDK's decision, under each built-in policy, for every (tier, toggle, mode, feedback)
// name combination the Cedar peer is checked on, one JSON object a line: the 96 combinations of
// names, and names that are no state at all. The SDK reads them as a product would, through
// parse(); Cedar gets the same four strings.
#include <consent/consent.hpp>

#include <cstddef>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

namespace {

template <class Policy>
void emit(std::string_view t, std::string_view g, std::string_view m, std::string_view f) {
  // The text form spells feedback as a fourth field, "feedback", only when given.
  std::string text = std::string(t) + '/' + std::string(g) + '/' + std::string(m);
  if (f != "none") text += f == "given" ? "/feedback" : "/" + std::string(f);
  const auto parsed = consent::parse(text);
  const consent::decision d =
      parsed ? consent::evaluate<Policy>(*parsed) : consent::refused_invalid;
  std::cout << "{\"policy\":\"" << Policy::name << "\",\"tier\":\"" << t << "\",\"toggle\":\"" << g
            << "\",\"mode\":\"" << m << "\",\"feedback\":\"" << f
            << "\",\"trainable\":" << (d.trainable ? "true" : "false") << ",\"reason\":\""
            << consent::to_string(d.why) << "\"}\n";
}

template <class Policy>
void emit_all() {
  std::vector<std::string_view> tiers, toggles, modes, feedbacks;
  for (std::size_t i = 0; i < consent::tier_count; ++i)
    tiers.push_back(consent::to_string(static_cast<consent::tier>(i)));
  for (std::size_t i = 0; i < consent::toggle_count; ++i)
    toggles.push_back(consent::to_string(static_cast<consent::toggle>(i)));
  for (std::size_t i = 0; i < consent::mode_count; ++i)
    modes.push_back(consent::to_string(static_cast<consent::mode>(i)));
  for (std::size_t i = 0; i < consent::feedback_count; ++i)
    feedbacks.push_back(consent::to_string(static_cast<consent::feedback>(i)));
  for (const auto f : feedbacks)
    for (const auto t : tiers)
      for (const auto g : toggles)
        for (const auto m : modes) emit<Policy>(t, g, m, f);
  // Not states: unknown names in each field, and other case.
  emit<Policy>("dalle", "on", "standard", "none");
  emit<Policy>("plus", "maybe", "standard", "none");
  emit<Policy>("plus", "on", "incognito", "none");
  emit<Policy>("plus", "on", "standard", "thumbs");
  emit<Policy>("Plus", "on", "standard", "none");
  emit<Policy>("", "", "", "");
}

}  // namespace

int main() {
  emit_all<consent::policy_2024_06_12>();
  emit_all<consent::policy_2026_10_05>();
  if (!std::cout.flush()) {
    std::cerr << "sdk_decisions: could not write the decisions\n";
    return 1;
  }
  return 0;
}
