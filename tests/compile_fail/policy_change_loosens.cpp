// expect: loosened_at<.*state<[a-z_:0-9]*tier::team, [a-z_:0-9]*toggle::on, [a-z_:0-9]*mode::standard
// A release must not start training on what the shipped policy refused: the guard stops the build
// and names the first state that loosens (here Team with the opt-in on, trained again by
// 2024-06-12).
#include <consent/consent.hpp>

#include "../../examples/no_business_training.hpp"

#ifdef CONSENT_COMPILE_FAIL
[[maybe_unused]] constexpr consent::no_loosening<no_business_training, consent::policy_2024_06_12>
    release_guard{};
#else
[[maybe_unused]] constexpr consent::no_loosening<consent::policy_2024_06_12, no_business_training>
    release_guard{};
template struct consent::no_loosening<consent::policy_2024_06_12, no_business_training>;
#endif
