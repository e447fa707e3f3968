// Prints the built-in policies from their rules, for the README, docs/policy/tables.md and
// auditors:
//   policy_table [NAME]            a Markdown table of policy NAME (default 2024-06-12): every
//                                  combination it is asked about, the answer, the reason, and the
//                                  clause and reading it comes from
//   policy_table --diagram [NAME]  a Mermaid flowchart of its rules in the order they are tried
//   policy_table --summary         the built-in policies side by side, standard chats, tier by
//                                  toggle
//   policy_table --diff OLD NEW    the states whose decision changes from OLD to NEW
// Policies by name: 2024-06-12, 2026-10-05, no-business-training. The generated blocks in the
// README and docs are this program's output, and a test fails when they differ.
#include <consent/consent.hpp>

#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>

#include "diff_table.hpp"

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

// Every combination the policy is asked about: all of them for a policy that names feedback, the
// ones without feedback otherwise (with feedback, such a policy refuses all: R9).
template <class Policy>
void print_table() {
  const bool with_feedback = [] {
    for (const consent::snapshot& s : consent::all_states<Policy>()) {
      if (s.rated != consent::feedback::none) return true;
    }
    return false;
  }();
  print(with_feedback
            ? "| tier | toggle | mode | feedback | trainable | reason | clause | reading |\n"
              "|------|--------|------|----------|-----------|--------|--------|---------|\n"
            : "| tier | toggle | mode | trainable | reason | clause | reading |\n"
              "|------|--------|------|-----------|--------|--------|---------|\n");
  for (std::size_t f = 0; f < (with_feedback ? consent::feedback_count : 1); ++f) {
    for (std::size_t t = 0; t < consent::tier_count; ++t) {
      for (std::size_t g = 0; g < consent::toggle_count; ++g) {
        for (std::size_t m = 0; m < consent::mode_count; ++m) {
          const consent::snapshot s{static_cast<consent::tier>(t), static_cast<consent::toggle>(g),
                                    static_cast<consent::mode>(m),
                                    static_cast<consent::feedback>(f)};
          const consent::decision d = consent::evaluate<Policy>(s);
          const consent::detail::basis basis = consent::detail::basis_of<Policy>(s);
          print("|");
          print_cell(consent::to_string(s.account));
          print_cell(consent::to_string(s.improve_model));
          print_cell(consent::to_string(s.chat));
          if (with_feedback) print_cell(consent::to_string(s.rated));
          print_cell(answer_text(s, d));
          print_cell("`" + std::string(consent::to_string(d.why)) + "`");
          print_cell(or_dash(basis.clauses));
          print_cell(or_dash(basis.reading));
          print("\n");
        }
      }
    }
  }
}

// One decision node a rule, tried top to bottom; the first "yes" decides.
template <class Policy>
void print_diagram() {
  const auto& rules = Policy::rules;
  print("```mermaid\nflowchart TD\n    start([tier, toggle, mode, feedback]) --> rule1\n");
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

// The built-in policies side by side, a row a tier, a cell a toggle: what a standard chat without
// feedback answers, and then what Temporary Chats and feedback do, as computed from each policy.
using built_in = consent::type_list<consent::policy_2024_06_12, consent::policy_2026_10_05>;

std::string short_answer(const consent::decision& d) {
  return "`" + std::string(consent::to_string(d.why)) + "`";
}

template <class... Policy>
void print_summary(consent::type_list<Policy...>) {
  std::string header = "| tier |";
  std::string rule = "|---|";
  ((header += " " + std::string(Policy::name) + ": unset | on | off |", rule += "---|---|---|"),
   ...);
  print(header + "\n" + rule + "\n");
  for (std::size_t t = 0; t < consent::tier_count; ++t) {
    const auto account = static_cast<consent::tier>(t);
    std::string row = "| " + std::string(consent::to_string(account)) + " |";
    const auto cells = [&](auto policy) {
      using P = decltype(policy);
      for (std::size_t g = 0; g < consent::toggle_count; ++g) {
        row += " " +
               short_answer(consent::evaluate<P>(account, static_cast<consent::toggle>(g),
                                                 consent::mode::standard)) +
               " |";
      }
    };
    (cells(Policy{}), ...);
    print(row + "\n");
  }
  // The other dimensions, stated from the answers rather than written by hand.
  const auto temporary_line = [](auto policy) {
    using P = decltype(policy);
    bool always_refused = true;
    for (const consent::snapshot& s : consent::all_states<P>()) {
      if (s.chat == consent::mode::temporary) {
        always_refused = always_refused && !consent::evaluate<P>(s).trainable;
      }
    }
    bool feedback_same = true;
    bool feedback_named = false;
    for (const consent::snapshot& s : consent::all_states<P>()) {
      if (s.rated != consent::feedback::given) continue;
      feedback_named = true;
      consent::snapshot without = s;
      without.rated = consent::feedback::none;
      feedback_same = feedback_same && consent::evaluate<P>(s) == consent::evaluate<P>(without);
    }
    bool every_tier_named = true;
    for (std::size_t t = 0; t < consent::tier_count; ++t) {
      every_tier_named = every_tier_named && consent::detail::known_tiers_of<P>().contains(
                                                 static_cast<consent::tier>(t));
    }
    print("\n`" + std::string(P::name) + "`: " +
          (always_refused ? "every Temporary Chat is refused" : "some Temporary Chats train") +
          "; " +
          (!feedback_named ? "feedback is not named (refused, `not_in_policy`)"
           : feedback_same ? "feedback changes no answer"
                           : "feedback changes some answers") +
          (every_tier_named ? "; it names every tier." : "; a tier it does not name is refused."));
  };
  (temporary_line(Policy{}), ...);
  print("\n`consumer_default` and `opted_in` train; every other reason refuses.\n");
}

// The policies this program knows, by name.
using known_policies = consent::type_list<consent::policy_2024_06_12, consent::policy_2026_10_05>;

// Calls f(Policy{}) for the known policy named `name`; false when there is none.
template <class F, class... Policy>
bool with_policy(std::string_view name, consent::type_list<Policy...>, F&& f) {
  return ((Policy::name == name && (f(Policy{}), true)) || ...);
}

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
  const auto unknown = [] {
    std::fprintf(stderr,
                 "policy_table: unknown policy; known: 2024-06-12, 2026-10-05, "
                 "no-business-training\n");
    return 2;
  };
  if (mode == "--diagram" && argc <= 3) {
    const std::string_view name = argc == 3 ? argv[2] : consent::default_policy::name;
    // Only a policy written as rules has rules to draw.
    if (!with_policy(name, built_in{}, [](auto p) { print_diagram<decltype(p)>(); })) {
      return unknown();
    }
  } else if (mode == "--summary" && argc == 2) {
    print_summary(built_in{});
  } else if (mode == "--diff" && argc == 4) {
    if (!print_diff(argv[2], argv[3], known_policies{})) return unknown();
  } else if (argc <= 2 && (mode.empty() || mode.substr(0, 2) != "--")) {
    const std::string_view name = mode.empty() ? consent::default_policy::name : mode;
    if (!with_policy(name, known_policies{}, [](auto p) { print_table<decltype(p)>(); })) {
      return unknown();
    }
  } else {
    std::fprintf(stderr,
                 "usage: policy_table [NAME | --diagram [NAME] | --summary | --diff OLD NEW]\n");
    return 2;
  }
  // A table that did not reach its reader (a full disk, a closed pipe) is a failure, not a success.
  if (std::fflush(stdout) != 0 || std::ferror(stdout) != 0) {
    std::fprintf(stderr, "policy_table: could not write the output\n");
    return 1;
  }
  return 0;
}
