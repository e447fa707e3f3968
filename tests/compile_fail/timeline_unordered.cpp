// expect: consent::policy_timeline: the policies' effective dates must strictly increase
// A timeline lists policies oldest first; out of order, it would judge content by the wrong one.
#include <consent/timeline.hpp>

#include <chrono>

#include "../../examples/no_business_training.hpp"

#ifdef CONSENT_COMPILE_FAIL
using governing = consent::policy_timeline<no_business_training, consent::policy_2024_06_12>;
#else
using governing = consent::policy_timeline<consent::policy_2024_06_12, no_business_training>;
#endif

consent::ruling judge(const consent::snapshot& s, std::chrono::system_clock::time_point at) {
  return governing::evaluate(s, at);
}
