// Prints a policy diff as a Markdown table: one row a state whose decision changes. Shared by
// policy_table --diff and custom_policy.
#pragma once

#include <consent/consent.hpp>

#include <cstdio>
#include <string>
#include <string_view>

namespace examples {

inline void print_text(std::string_view text) { std::fwrite(text.data(), 1, text.size(), stdout); }

inline std::string answer_text(const consent::decision& d) {
  return std::string(d.trainable ? "yes" : "no") + " · `" + std::string(consent::to_string(d.why)) +
         "`";
}

template <class Old, class New>
void print_diff_table() {
  constexpr auto changes = consent::diff<Old, New>();
  print_text("Changes from `" + std::string(Old::name) + "` to `" + std::string(New::name) + "`: " +
             std::to_string(changes.size()) + " of " + std::to_string(consent::state_count) +
             " states" + (consent::loosens_v<Old, New> ? "; it loosens" : "") +
             (consent::tightens_v<Old, New> ? "; it tightens" : "") + ".\n\n");
  if (changes.empty()) return;
  print_text("| state | " + std::string(Old::name) + " | " + std::string(New::name) + " |\n");
  print_text("|---|---|---|\n");
  for (const consent::change& c : changes) {
    print_text("| " + std::string(consent::to_string(c.state).view()) + " | " +
               answer_text(c.before) + " | " + answer_text(c.after) + " |\n");
  }
}

}  // namespace examples
