// consent: the settings history and backfill, opt-in (they include <chrono>): the settings in force
// when content was captured (<consent/settings_history.hpp>) and the state of every row of a table
// that was never stamped (<consent/backfill.hpp>). See docs/history.md.
#pragma once

#include <consent/backfill.hpp>
#include <consent/settings_history.hpp>
