// Prints the SDK's decision for every (tier, toggle, mode) text triple the Cedar peer is checked
// on, one JSON object a line: the 30 combinations of names, and names that are no state at all. The
// SDK reads them as a product would, through parse(); Cedar gets the same three strings.
#include <consent/consent.hpp>

#include <cstddef>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

int main() {
  std::vector<std::string_view> tiers, toggles, modes;
  for (std::size_t i = 0; i < consent::tier_count; ++i)
    tiers.push_back(consent::to_string(static_cast<consent::tier>(i)));
  for (std::size_t i = 0; i < consent::toggle_count; ++i)
    toggles.push_back(consent::to_string(static_cast<consent::toggle>(i)));
  for (std::size_t i = 0; i < consent::mode_count; ++i)
    modes.push_back(consent::to_string(static_cast<consent::mode>(i)));

  const auto emit = [](std::string_view t, std::string_view g, std::string_view m) {
    const std::string text = std::string(t) + '/' + std::string(g) + '/' + std::string(m);
    const auto parsed = consent::parse(text);
    const consent::decision d = parsed ? consent::evaluate(*parsed) : consent::refused_invalid;
    std::cout << "{\"tier\":\"" << t << "\",\"toggle\":\"" << g << "\",\"mode\":\"" << m
              << "\",\"trainable\":" << (d.trainable ? "true" : "false") << ",\"reason\":\""
              << consent::to_string(d.why) << "\"}\n";
  };
  for (const auto t : tiers)
    for (const auto g : toggles)
      for (const auto m : modes) emit(t, g, m);
  // Not states: unknown names in each field, and other case.
  emit("dalle", "on", "standard");
  emit("plus", "maybe", "standard");
  emit("plus", "on", "incognito");
  emit("Plus", "on", "standard");
  emit("", "", "");
  if (!std::cout.flush()) {
    std::cerr << "sdk_decisions: could not write the decisions\n";
    return 1;
  }
  return 0;
}
