// A product's own, stricter policy: business and API content is never trained on, whatever the
// opt-in; everything else as the 2024-06-12 policy. A policy is any type with a name, an effective
// date and a constexpr decide(); the SDK checks it when it is first used. Used by custom_policy and
// policy_table --diff.
#pragma once

#include <consent/consent.hpp>

#include <string_view>

struct no_business_training {
  static constexpr std::string_view name = "no-business-training";
  static constexpr consent::date effective{2025, 1, 1};

  static constexpr consent::decision decide(consent::tier account, consent::toggle improve_model,
                                            consent::mode chat) noexcept {
    const consent::decision base = consent::policy_2024_06_12::decide(account, improve_model, chat);
    if (!base.trainable) return base;  // stricter only: never grant what the default refuses
    if (account == consent::tier::team || account == consent::tier::enterprise) {
      return {false, consent::reason::business_default};
    }
    if (account == consent::tier::api) return {false, consent::reason::api_default};
    return base;
  }
};
