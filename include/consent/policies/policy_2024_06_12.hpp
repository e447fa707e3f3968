// consent: the policy of 2024-06-12, "Consumer privacy at OpenAI", written once as rules;
// the source is docs/policy/source-2024-06-12.txt, the readings docs/policy/interpretation.md.
#pragma once

#include <array>
#include <string_view>

#include <consent/date.hpp>
#include <consent/dimensions.hpp>
#include <consent/policies/shared_rules.hpp>
#include <consent/reason.hpp>
#include <consent/rule.hpp>
#include <consent/value_set.hpp>
#include <consent/version.hpp>

CONSENT_BEGIN_NAMESPACE

// "Consumer privacy at OpenAI", June 12, 2024, as read in docs/policy/interpretation.md.
struct policy_2024_06_12 : rule_policy<policy_2024_06_12> {
  static constexpr std::string_view name = "2024-06-12";
  static constexpr std::string_view source = "Consumer privacy at OpenAI, June 12, 2024";
  static constexpr date effective{2024, 6, 12};

  // First match wins. Each later rule may assume the earlier ones did not apply.
  static constexpr std::array<rule, 11> rules{{
      detail::not_a_state_rule,
      detail::temporary_chat_rule("C2", "R2",
                                  "Temporary Chats are not used to train, whatever the setting"),
      {{tier::free, tier::plus},
       {toggle::off},
       every_value<mode>,
       reason::opted_out,
       "C1",
       "",
       "a Free or Plus user turned off improving the model"},
      {{tier::team, tier::enterprise},
       {toggle::off},
       every_value<mode>,
       reason::opted_out,
       "C3",
       "R3",
       "the Team or Enterprise workspace turned data sharing off"},
      {{tier::api},
       {toggle::off},
       every_value<mode>,
       reason::opted_out,
       "C3, C4",
       "R3",
       "the API organisation turned data sharing off"},
      {{tier::free, tier::plus},
       {toggle::on},
       every_value<mode>,
       reason::opted_in,
       "C1",
       "",
       "a Free or Plus user turned on improving the model"},
      {{tier::team, tier::enterprise},
       {toggle::on},
       every_value<mode>,
       reason::opted_in,
       "C3",
       "R3",
       "the Team or Enterprise workspace opted in to data sharing"},
      {{tier::api},
       {toggle::on},
       every_value<mode>,
       reason::opted_in,
       "C3, C4",
       "R3",
       "the API organisation opted in to data sharing (C4's 'not used' read as the default)"},
      {{tier::free, tier::plus},
       {toggle::unset},
       every_value<mode>,
       reason::consumer_default,
       "C1, C4",
       "R1",
       "a Free or Plus user who never touched the setting contributes by default"},
      {{tier::team, tier::enterprise},
       {toggle::unset},
       every_value<mode>,
       reason::business_default,
       "C3",
       "R3",
       "Team and Enterprise data is not trained on by default"},
      {{tier::api},
       {toggle::unset},
       every_value<mode>,
       reason::api_default,
       "C3, C4",
       "R3",
       "API data is not trained on by default"},
  }};
};

CONSENT_END_NAMESPACE
