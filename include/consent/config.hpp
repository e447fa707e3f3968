// consent: configuration macros, each with its default. Define them before including consent.
#pragma once

// CONSENT_ASSERT(condition): checks a caller's precondition, such as reading the value of a result
// that holds an error. Defaults to assert(), so it is active unless NDEBUG is defined; define it to
// your own handler (it must not return when the condition is false) or to nothing.
#ifndef CONSENT_ASSERT
#include <cassert>
#define CONSENT_ASSERT(condition) assert(condition)
#endif
