// Compile-time facts about <consent/diff.hpp> (see static.hpp).
#include <consent/diff.hpp>

#include <type_traits>

#include "no_business_training.hpp"
#include "oracle.hpp"
#include "static.hpp"

using namespace consent;

namespace static_tests::diff_hpp {

// A policy never changes against itself.
static_assert(diff<policy_2024_06_12, policy_2024_06_12>().empty());
static_assert(same_answers_v<policy_2024_06_12, policy_2024_06_12>);
static_assert(std::is_empty_v<no_loosening<policy_2024_06_12, policy_2024_06_12>>);

// A stricter policy tightens and never loosens; the way back loosens.
static_assert(tightens_v<policy_2024_06_12, no_business_training>);
static_assert(!loosens_v<policy_2024_06_12, no_business_training>);
static_assert(std::is_empty_v<no_loosening<policy_2024_06_12, no_business_training>>);
static_assert(loosens_v<no_business_training, policy_2024_06_12>);
static_assert(!same_answers_v<policy_2024_06_12, no_business_training>);
static_assert(change_count<policy_2024_06_12, no_business_training> == 3);
static_assert(diff<policy_2024_06_12, oracle::opt_in_only>().size() == 2);  // free, plus unset

// The answers can stay the same while reasons change: same_answers_v looks at answers only.
struct renamed_refusals {
  static constexpr std::string_view name = "renamed-refusals";
  static constexpr date effective{2024, 6, 12};
  static constexpr decision decide(tier t, toggle g, mode m) noexcept {
    const decision d = policy_2024_06_12::decide(t, g, m);
    return d.why == reason::api_default ? decision{false, reason::opted_out} : d;
  }
};
static_assert(same_answers_v<policy_2024_06_12, renamed_refusals>);
static_assert(change_count<policy_2024_06_12, renamed_refusals> == 1);

}  // namespace static_tests::diff_hpp
