// consent: one rule of a policy, with the clause of the source it comes from.
#pragma once

#include <string_view>

#include <consent/decision.hpp>
#include <consent/dimensions.hpp>
#include <consent/reason.hpp>
#include <consent/version.hpp>

CONSENT_BEGIN_NAMESPACE

// A policy written as rules is an ordered list of these; the first rule that applies decides.
// Whether the answer is trainable follows from the reason (grants()), so a rule cannot pair a
// refusing reason with a yes.
struct rule {
  bool (*applies)(tier, toggle, mode) noexcept;
  std::string_view when;  // what applies() tests, in words, e.g. "free or plus, toggle off"
  reason why;
  std::string_view clauses;  // the clauses of the source this rule encodes, e.g. "C1, C4"
  std::string_view reading;  // our reading where the source is silent or loose, e.g. "R1"
  std::string_view summary;  // the rule in words, for tables and logs

  [[nodiscard]] constexpr decision answer() const noexcept { return {grants(why), why}; }
};

CONSENT_END_NAMESPACE
