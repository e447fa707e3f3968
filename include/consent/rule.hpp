// consent: one rule of a policy, written as data: the states it matches, as a set of tiers,
// toggles, modes and feedback events, and the reason it answers with, the clauses of the source it
// encodes and our reading.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

#include <consent/decision.hpp>
#include <consent/dimensions.hpp>
#include <consent/fixed_text.hpp>
#include <consent/reason.hpp>
#include <consent/value_set.hpp>
#include <consent/version.hpp>

CONSENT_BEGIN_NAMESPACE

// Words for a rule's sets, held in place: "free or plus, toggle off". Converts to std::string_view.
using rule_words = fixed_text<256>;

// A policy written as rules is an ordered list of these; the first rule that matches decides.
// Whether the answer is trainable follows from the reason (grants()), so a rule cannot pair a
// refusing reason with a yes.
struct rule {
  value_set<tier> tiers;
  value_set<toggle> toggles;
  value_set<mode> modes;
  reason why;
  std::string_view clauses;  // the clauses of the source this rule encodes, e.g. "C1, C4"
  std::string_view reading;  // our reading where the source is silent or loose, e.g. "R1"
  std::string_view summary;  // the rule in a sentence, for logs
  // Last, so that a rule that does not look at feedback need not name it.
  value_set<feedback> feedbacks = every_value<feedback>;

  [[nodiscard]] constexpr bool applies(tier t, toggle g, mode m,
                                       feedback f = feedback::none) const noexcept {
    return tiers.contains(t) && toggles.contains(g) && modes.contains(m) && feedbacks.contains(f);
  }
  [[nodiscard]] constexpr decision answer() const noexcept { return {grants(why), why}; }

  // What the rule matches, in words generated from its sets, so they cannot drift from it:
  // "free or plus, toggle off"; a dimension the rule does not look at is left out.
  [[nodiscard]] constexpr rule_words when() const noexcept {
    rule_words words;
    bool first = true;
    const auto part = [&](std::string_view label, auto set) {
      using Enum = decltype(first_value(set));
      if (set.is_all()) return;
      if (!first) words.append(", ");
      first = false;
      words.append(label);
      const std::size_t count = set.size();
      std::size_t written = 0;
      for (std::size_t i = 0; i < enum_count<Enum>; ++i) {
        const auto value = static_cast<Enum>(i);
        if (!set.contains(value)) continue;
        if (written > 0) words.append(written + 1 == count ? " or " : ", ");
        words.append(to_string(value));
        ++written;
      }
    };
    part("", tiers);
    part("toggle ", toggles);
    part("mode ", modes);
    part("feedback ", feedbacks);
    if (first) words.append("any state");
    return words;
  }

 private:
  template <class Enum>
  static constexpr Enum first_value(value_set<Enum>) noexcept {
    return Enum{};
  }
};

namespace detail {
// What rule_for answers for values outside their enums, which no rule matches (R5).
inline constexpr rule out_of_range_rule{
    {}, {}, {}, reason::invalid_state, "", "R5", "values outside their enums are not a state"};

// The first rule that matches; out_of_range_rule when none does (a policy's rules cover every
// state it names: a test holds each built-in policy to that).
template <std::size_t N>
[[nodiscard]] constexpr const rule& first_match(const std::array<rule, N>& rules, tier t, toggle g,
                                                mode m, feedback f = feedback::none) noexcept {
  for (const rule& candidate : rules) {
    if (candidate.applies(t, g, m, f)) return candidate;
  }
  return out_of_range_rule;
}
}  // namespace detail

// A policy written as rules: derives decide() and rule_for() from Policy::rules, which it lists
// in order (the first that matches decides).
template <class Policy>
struct rule_policy {
  // The rule that decides this combination: the first that matches.
  [[nodiscard]] static constexpr const rule& rule_for(tier t, toggle g, mode m,
                                                      feedback f = feedback::none) noexcept {
    return detail::first_match(Policy::rules, t, g, m, f);
  }
  [[nodiscard]] static constexpr decision decide(tier t, toggle g, mode m) noexcept {
    return rule_for(t, g, m).answer();
  }
  [[nodiscard]] static constexpr decision decide(tier t, toggle g, mode m, feedback f) noexcept {
    return rule_for(t, g, m, f).answer();
  }
};

CONSENT_END_NAMESPACE
