// consent: the rules as published later, read on 2026-10-05. Kept for the includes of 0.2: the
// policy is in <consent/policies/policy_2026_10_05.hpp>, and <consent/policy.hpp> has it and
// latest_policy.
#pragma once

#include <consent/policy.hpp>
