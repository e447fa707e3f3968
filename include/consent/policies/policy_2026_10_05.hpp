// consent: the rules as published later, read on 2026-10-05: the help pages on data controls and
// model improvement, the business privacy pages, and the rename of Team to Business. Sources,
// short quotes and their dates are in docs/policy/source-2026-10-05.md; the readings (R9 onwards)
// in docs/policy/interpretation-2026-10-05.md.
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

struct policy_2026_10_05 : rule_policy<policy_2026_10_05> {
  static constexpr std::string_view name = "2026-10-05";
  static constexpr std::string_view source =
      "OpenAI help and privacy pages on training, as read on 2026-10-05";
  static constexpr date effective{2026, 10, 5};

  // Every tier, and the feedback event: content with feedback is answered as without it, because
  // the text that would let feedback override an opt-out could not be confirmed (R14).
  static constexpr value_set<tier> known_tiers = every_value<tier>;
  static constexpr value_set<feedback> known_feedback = every_value<feedback>;

  // First match wins. Each later rule may assume the earlier ones did not apply.
  static constexpr std::array<rule, 10> rules{{
      detail::not_a_state_rule,
      detail::temporary_chat_rule(
          "C11", "R2, R15",
          "Temporary Chats are not used to train, whatever the setting or feedback"),
      {{tier::free, tier::plus, tier::pro, tier::go},
       {toggle::off},
       every_value<mode>,
       reason::opted_out,
       "C5, C6",
       "R14",
       "a consumer turned off improving the model; feedback does not undo it"},
      {{tier::team, tier::enterprise, tier::edu, tier::api},
       {toggle::off},
       every_value<mode>,
       reason::opted_out,
       "C7",
       "R3, R13",
       "the workspace or API organisation turned data sharing off"},
      {{tier::free, tier::plus, tier::pro, tier::go},
       {toggle::on},
       every_value<mode>,
       reason::opted_in,
       "C5, C6",
       "R11, R12",
       "a consumer turned on improving the model"},
      {{tier::team, tier::enterprise, tier::edu, tier::api},
       {toggle::on},
       every_value<mode>,
       reason::opted_in,
       "C7, C8",
       "R3, R13",
       "the workspace or API organisation explicitly opted in"},
      {{tier::free, tier::plus, tier::go},
       {toggle::unset},
       every_value<mode>,
       reason::consumer_default,
       "C5, C6",
       "R1, R12",
       "a Free, Go or Plus user who never touched the setting contributes by default"},
      {{tier::pro},
       {toggle::unset},
       every_value<mode>,
       reason::not_in_policy,
       "",
       "R11",
       "the sources disagree on Pro's default, so an untouched Pro account is not trained on"},
      {{tier::team, tier::enterprise, tier::edu},
       {toggle::unset},
       every_value<mode>,
       reason::business_default,
       "C7, C9, C10",
       "R10, R13",
       "Business (formerly Team), Enterprise and Edu content is not trained on by default"},
      {{tier::api},
       {toggle::unset},
       every_value<mode>,
       reason::api_default,
       "C7",
       "R3",
       "API data is not trained on by default"},
  }};
};

CONSENT_END_NAMESPACE
