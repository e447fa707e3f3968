// consent: one line for an audit log, saying what was decided, for what state, under which policy
// and rule, by which SDK version. Stable and parseable; the grammar is in docs/audit.md.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>
#include <type_traits>

#include <consent/decision.hpp>
#include <consent/detail/checked_policy.hpp>
#include <consent/evaluate.hpp>
#include <consent/fixed_text.hpp>
#include <consent/reason.hpp>
#include <consent/rule.hpp>
#include <consent/snapshot.hpp>
#include <consent/text.hpp>
#include <consent/trainable.hpp>
#include <consent/version.hpp>

CONSENT_BEGIN_NAMESPACE

// An audit line, held in place (no allocation): converts to std::string_view, NUL-terminated.
// Every field is bounded: policy names are at most 64 characters (checked), and each value is cut
// at 64 characters here.
using audit_text = fixed_text<400>;

namespace detail {
// One key=value field; a value's spaces are dropped ("C3, C4" is C3,C4) and an empty value is "-",
// so every field is one token.
constexpr void append_field(audit_text& line, std::string_view key,
                            std::string_view value) noexcept {
  line.append(" ");
  line.append(key);
  line.append("=");
  if (value.empty()) line.append("-");
  for (std::size_t i = 0; i < value.size() && i < 64; ++i) {
    if (value[i] != ' ') line.append(value.substr(i, 1));
  }
}
}  // namespace detail

// consent-audit/1 decision=refused reason=opted_out state=free/off/standard policy=2024-06-12
// clauses=C1 reading=- sdk=0.2.0
[[nodiscard]] constexpr audit_text audit_line(const snapshot& s, const decision& d,
                                              std::string_view policy, std::string_view clauses,
                                              std::string_view reading) noexcept {
  audit_text line;
  line.append("consent-audit/1");
  detail::append_field(line, "decision", d.trainable ? "trainable" : "refused");
  detail::append_field(line, "reason", to_string(d.why));
  detail::append_field(line, "state", to_string(s).view());
  detail::append_field(line, "policy", policy);
  detail::append_field(line, "clauses", clauses);
  detail::append_field(line, "reading", reading);
  detail::append_field(line, "sdk", CONSENT_VERSION_STRING);
  return line;
}

// The line for a state judged under Policy, with the rule behind the answer.
template <class Policy = default_policy>
[[nodiscard]] constexpr audit_text audit_line(const snapshot& s) noexcept {
  const detail::basis b = detail::basis_of<Policy>(s);
  return audit_line(s, evaluate<Policy>(s), Policy::name, b.clauses, b.reading);
}

// The line for a proof: what was granted, under which state, policy and rule.
template <class T, class Policy>
[[nodiscard]] constexpr audit_text audit_line(const trainable<T, Policy>& proof) noexcept {
  return audit_line<Policy>(proof.consent_state());
}

// The line for a refusal, from the policy, clauses and reading it carries.
[[nodiscard]] constexpr audit_text audit_line(const refusal& refused) noexcept {
  return audit_line(refused.consent_state, decision{false, refused.why}, refused.policy_name,
                    refused.clauses, refused.reading);
}

CONSENT_END_NAMESPACE
