// Prints the policy from its rules, for the README and for auditors:
//   policy_table            a Markdown table: every (tier, toggle, mode) combination, the answer,
//                           the reason, and the clause and reading it comes from
//   policy_table --diagram  a Mermaid flowchart of the rules in the order they are tried
//   policy_table --diff OLD NEW
//                           a Markdown table of the states whose decision changes from policy OLD
//                           to policy NEW (by name: 2024-06-12, no-business-training)
// The README's table and diagram are this program's output, and a test fails when they differ.
#include <consent/consent.hpp>

#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>

#include "diff_table.hpp"
#include "no_business_training.hpp"

namespace {

void print(std::string_view text) {
  std::printf("%.*s", static_cast<int>(text.size()), text.data());
}

void print_cell(std::string_view text) {
  print(" ");
  print(text);
  print(" |");
}

std::string_view answer_text(const consent::snapshot& s, const consent::decision& d) {
  if (!consent::is_state(s)) return "not a state";
  return d.trainable ? "yes" : "no";
}

std::string_view or_dash(std::string_view text) { return text.empty() ? "-" : text; }

void print_table() {
  print("| tier | toggle | mode | trainable | reason | clause | reading |\n");
  print("|------|--------|------|-----------|--------|--------|---------|\n");
  for (std::size_t t = 0; t < consent::tier_count; ++t) {
    for (std::size_t g = 0; g < consent::toggle_count; ++g) {
      for (std::size_t m = 0; m < consent::mode_count; ++m) {
        const consent::snapshot s{static_cast<consent::tier>(t), static_cast<consent::toggle>(g),
                                  static_cast<consent::mode>(m)};
        const consent::decision d = consent::evaluate(s);
        const consent::rule& basis =
            consent::default_policy::rule_for(s.account, s.improve_model, s.chat);
        print("|");
        print_cell(consent::to_string(s.account));
        print_cell(consent::to_string(s.improve_model));
        print_cell(consent::to_string(s.chat));
        print_cell(answer_text(s, d));
        print_cell("`" + std::string(consent::to_string(d.why)) + "`");
        print_cell(or_dash(basis.clauses));
        print_cell(or_dash(basis.reading));
        print("\n");
      }
    }
  }
}

// One decision node a rule, tried top to bottom; the first "yes" decides.
void print_diagram() {
  const auto& rules = consent::default_policy::rules;
  print("```mermaid\nflowchart TD\n    start([tier, toggle, mode]) --> rule1\n");
  for (std::size_t i = 0; i < rules.size(); ++i) {
    const consent::rule& r = rules[i];
    const std::string id = std::to_string(i + 1);
    std::string basis = std::string(r.clauses);
    if (!r.reading.empty()) basis += (basis.empty() ? "" : "; ") + std::string(r.reading);
    print("    rule" + id + "{\"" + std::string(r.when().view()) + "?\"}\n");
    print("    rule" + id + " -- \"yes: " + basis + "\" --> answer" + id + "[\"" +
          (r.answer().trainable ? "trainable" : "not trainable") + ": " +
          std::string(consent::to_string(r.why)) + "\"]\n");
    if (i + 1 < rules.size()) {
      print("    rule" + id + " -- no --> rule" + std::to_string(i + 2) + "\n");
    }
  }
  print("```\n");
}

// The policies --diff knows, by name.
using known_policies = consent::type_list<consent::policy_2024_06_12, no_business_training>;

template <class Old, class... New>
bool diff_from(std::string_view new_name, consent::type_list<New...>) {
  return ((New::name == new_name && (examples::print_diff_table<Old, New>(), true)) || ...);
}

template <class... Old>
bool print_diff(std::string_view old_name, std::string_view new_name, consent::type_list<Old...>) {
  return ((Old::name == old_name && diff_from<Old>(new_name, known_policies{})) || ...);
}

}  // namespace

int main(int argc, char** argv) {
  const std::string_view mode = argc > 1 ? argv[1] : "";
  if (mode == "--diagram") {
    print_diagram();
  } else if (mode.empty()) {
    print_table();
  } else if (mode == "--diff" && argc == 4) {
    if (!print_diff(argv[2], argv[3], known_policies{})) {
      std::fprintf(stderr,
                   "policy_table: unknown policy; known: 2024-06-12, no-business-training\n");
      return 2;
    }
  } else {
    std::fprintf(stderr, "usage: policy_table [--diagram | --diff OLD NEW]\n");
    return 2;
  }
  // A table that did not reach its reader (a full disk, a closed pipe) is a failure, not a success.
  if (std::fflush(stdout) != 0 || std::ferror(stdout) != 0) {
    std::fprintf(stderr, "policy_table: could not write the output\n");
    return 1;
  }
  return 0;
}
