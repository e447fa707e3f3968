// Prints a policy diff as a Markdown table, state by state: a row a tier and toggle with a change,
// a cell a mode (and, where either policy names feedback, a mode with feedback). Shared by
// policy_table --diff and custom_policy.
#pragma once

#include <consent/consent.hpp>

#include <cstdio>
#include <string>
#include <string_view>

namespace examples {

inline void print_text(std::string_view text) { std::fwrite(text.data(), 1, text.size(), stdout); }

// A decision by its reason alone: the reason says whether it trains (consent::grants).
inline std::string answer_text(const consent::decision& d) {
  return "`" + std::string(consent::to_string(d.why)) + "`";
}

template <class Old, class New>
void print_diff_table() {
  using consent::feedback;
  using consent::mode;
  constexpr auto changes = consent::diff<Old, New>();
  print_text("Changes from `" + std::string(Old::name) + "` to `" + std::string(New::name) +
             "`: " + std::to_string(changes.size()) + " of " +
             std::to_string(consent::compared_count<Old, New>) + " states" +
             (consent::loosens_v<Old, New> ? "; it loosens" : "") +
             (consent::tightens_v<Old, New> ? "; it tightens" : "") + ".\n\n");
  if (changes.empty()) return;

  // When every change starts from the same answer, say it once and give only the new answers.
  bool one_before = true;
  for (const consent::answer_change& c : changes)
    one_before = one_before && c.before == changes[0].before;
  bool any_feedback = false;
  for (const consent::answer_change& c : changes)
    any_feedback = any_feedback || c.consent_state.rated != feedback::none;
  const std::string legend =
      ", · where nothing changed, - where there is no state; `consumer_default` and `opted_in` "
      "train, every other reason refuses.\n\n";
  if (one_before) {
    print_text("Each was " + answer_text(changes[0].before) + " under `" + std::string(Old::name) +
               "`; a cell gives `" + std::string(New::name) + "`'s reason" + legend);
  } else {
    print_text("A cell gives the reason under `" + std::string(Old::name) + "` → `" +
               std::string(New::name) + "`" + legend);
  }
  print_text(
      any_feedback
          ? "| tier/toggle | standard | temporary | standard, feedback | temporary, feedback |\n"
            "|---|---|---|---|---|\n"
          : "| tier/toggle | standard | temporary |\n|---|---|---|\n");

  const auto cell = [&](const consent::snapshot& s) -> std::string {
    if (!consent::is_state(s)) return "-";
    for (const consent::answer_change& c : changes) {
      if (c.consent_state == s) {
        return one_before ? answer_text(c.after)
                          : answer_text(c.before) + " → " + answer_text(c.after);
      }
    }
    return "·";
  };
  for (std::size_t t = 0; t < consent::tier_count; ++t) {
    for (std::size_t g = 0; g < consent::toggle_count; ++g) {
      const auto account = static_cast<consent::tier>(t);
      const auto improve_model = static_cast<consent::toggle>(g);
      bool changed = false;
      for (const consent::answer_change& c : changes) {
        changed = changed || (c.consent_state.account == account &&
                              c.consent_state.improve_model == improve_model);
      }
      if (!changed) continue;
      std::string row = "| " + std::string(consent::to_string(account)) + "/" +
                        std::string(consent::to_string(improve_model)) + " |";
      for (std::size_t f = 0; f < (any_feedback ? consent::feedback_count : 1); ++f) {
        for (std::size_t m = 0; m < consent::mode_count; ++m) {
          row += " " +
                 cell(consent::snapshot{account, improve_model, static_cast<mode>(m),
                                        static_cast<feedback>(f)}) +
                 " |";
        }
      }
      print_text(row + "\n");
    }
  }
}

}  // namespace examples
