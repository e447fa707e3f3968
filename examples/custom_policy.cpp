// A product's own policy beside the published one: its compile-time answers, and what changes
// from one to the other, state by state (the README's "When the policy changes" is this program's
// output, and a test fails when they differ).
#include <consent/consent.hpp>

#include <cstdio>

#include "diff_table.hpp"
#include "no_business_training.hpp"

using namespace consent;

// The policy is a type, so the compile-time answers follow it too.
static_assert(state<tier::team, toggle::on, mode::standard>::is_trainable());
static_assert(!state<tier::team, toggle::on, mode::standard, no_business_training>::is_trainable());
static_assert(
    state<tier::plus, toggle::unset, mode::standard, no_business_training>::is_trainable());

// Stricter only: moving from the published policy to this one must never start training on
// something it refused. The build stops here, naming the state, if it would.
[[maybe_unused]] constexpr no_loosening<policy_2024_06_12, no_business_training> release_guard{};
static_assert(tightens_v<policy_2024_06_12, no_business_training>);

int main() {
  examples::print_diff_table<policy_2024_06_12, no_business_training>();
  if (std::fflush(stdout) != 0 || std::ferror(stdout) != 0) {
    std::fprintf(stderr, "custom_policy: could not write the output\n");
    return 1;
  }
  // Exactly the three business and API opt-ins differ.
  return diff<policy_2024_06_12, no_business_training>().size() == 3 ? 0 : 1;
}
