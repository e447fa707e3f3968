// consent: may this content be used to train a model? The umbrella header; it only includes.
// Opt-in headers, left out because they include heavy standard headers or a library of their own:
// <consent/timeline.hpp>, <consent/history.hpp> (<consent/settings_history.hpp> and
// <consent/backfill.hpp>), <consent/ostream.hpp>, and the adapters <consent/fmt.hpp>,
// <consent/json.hpp>, <consent/gtest.hpp>, <consent/doctest.hpp>.
#pragma once

#include <consent/config.hpp>
#include <consent/version.hpp>

#include <consent/all_states.hpp>
#include <consent/audit.hpp>
#include <consent/classify.hpp>
#include <consent/date.hpp>
#include <consent/decision.hpp>
#include <consent/diff.hpp>
#include <consent/dimensions.hpp>
#include <consent/enums.hpp>
#include <consent/evaluate.hpp>
#include <consent/policy.hpp>
#include <consent/reason.hpp>
#include <consent/result.hpp>
#include <consent/rule.hpp>
#include <consent/snapshot.hpp>
#include <consent/state.hpp>
#include <consent/tagged.hpp>
#include <consent/text.hpp>
#include <consent/trainable.hpp>
#include <consent/value_set.hpp>
#include <consent/visit.hpp>
#include <consent/wire.hpp>

// Last: the text of every type, over all of the above.
#include <consent/to_string.hpp>
