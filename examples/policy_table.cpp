// Prints the policy as a Markdown table: every (tier, toggle, mode) combination, the answer, the
// reason, and the clause and reading it comes from. The README's table is this program's output,
// and a test fails when they differ.
#include <consent/consent.hpp>

#include <cstddef>
#include <cstdio>
#include <string_view>

namespace {

void print_cell(std::string_view text) {
  std::printf(" %.*s |", static_cast<int>(text.size()), text.data());
}

std::string_view answer_text(const consent::snapshot& s, const consent::decision& d) {
  if (!consent::is_state(s)) return "not a state";
  return d.trainable ? "yes" : "no";
}

}  // namespace

int main() {
  std::printf("| tier | toggle | mode | trainable | reason | clause | reading |\n");
  std::printf("|------|--------|------|-----------|--------|--------|---------|\n");
  for (std::size_t t = 0; t < consent::tier_count; ++t) {
    for (std::size_t g = 0; g < consent::toggle_count; ++g) {
      for (std::size_t m = 0; m < consent::mode_count; ++m) {
        const auto account = static_cast<consent::tier>(t);
        const auto improve_model = static_cast<consent::toggle>(g);
        const auto chat = static_cast<consent::mode>(m);
        const consent::snapshot s{account, improve_model, chat};
        const consent::decision d = consent::evaluate(s);
        const consent::rule& basis =
            consent::default_policy::rule_for(account, improve_model, chat);
        std::printf("|");
        print_cell(consent::to_string(account));
        print_cell(consent::to_string(improve_model));
        print_cell(consent::to_string(chat));
        print_cell(answer_text(s, d));
        std::printf(" `%.*s` |", static_cast<int>(consent::to_string(d.why).size()),
                    consent::to_string(d.why).data());
        print_cell(basis.clauses.empty() ? std::string_view{"-"} : basis.clauses);
        print_cell(basis.reading.empty() ? std::string_view{"-"} : basis.reading);
        std::printf("\n");
      }
    }
  }
  return 0;
}
