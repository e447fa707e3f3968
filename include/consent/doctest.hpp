// consent: doctest over the states. Failing checks print names: states and decisions through
// <consent/ostream.hpp>, enums through toString hooks (doctest prints any enum as its integer
// otherwise). doctest_types turns a type_list into the std::tuple doctest's template cases take:
//   TEST_CASE_TEMPLATE_DEFINE("every state type", S, every_state);
//   TEST_CASE_TEMPLATE_APPLY(every_state, consent::doctest_types<consent::all_state_types<>>);
// Opt-in; it includes <doctest/doctest.h>.
#pragma once

#include <tuple>

#include <doctest/doctest.h>

#include <consent/consent.hpp>
#include <consent/ostream.hpp>

CONSENT_BEGIN_NAMESPACE

template <class List>
using doctest_types = apply_types<std::tuple, List>;

// doctest's hook, found by argument-dependent lookup; one non-template overload per enum
// (CONSENT_DETAIL_FOR_EACH_ENUM), so that it is chosen over doctest's own template for every enum.
// to_string's text is NUL-terminated.
#define CONSENT_DETAIL_DOCTEST_ENUM(Enum) \
  inline doctest::String toString(Enum value) { return doctest::String(to_string(value).data()); }
CONSENT_DETAIL_FOR_EACH_ENUM(CONSENT_DETAIL_DOCTEST_ENUM)
#undef CONSENT_DETAIL_DOCTEST_ENUM

CONSENT_END_NAMESPACE
