// A product's own, stricter policy: business and API content is never trained on, whatever the
// opt-in; everything else as the 2024-06-12 policy. A policy is any type with a name and a
// constexpr decide(); the SDK checks it when it is first used.
#include <consent/consent.hpp>

#include <iostream>
#include <string_view>

struct no_business_training {
  static constexpr std::string_view name = "no-business-training";
  static constexpr consent::date effective{2024, 6, 12};

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

using namespace consent;

// The policy is a type, so the compile-time answers follow it too.
static_assert(state<tier::team, toggle::on, mode::standard>::is_trainable());
static_assert(!state<tier::team, toggle::on, mode::standard, no_business_training>::is_trainable());
static_assert(
    state<tier::plus, toggle::unset, mode::standard, no_business_training>::is_trainable());

int main() {
  int differences = 0;
  for (const snapshot& s : all_states()) {
    const decision ours = evaluate<no_business_training>(s);
    const decision published = evaluate(s);
    if (ours == published) continue;
    ++differences;
    std::cout << to_string(s.account) << '/' << to_string(s.improve_model) << '/'
              << to_string(s.chat) << ": " << no_business_training::name << " says "
              << (ours ? "yes" : "no") << " (" << to_string(ours.why) << "), "
              << default_policy::name << " says " << (published ? "yes" : "no") << " ("
              << to_string(published.why) << ")\n";
  }
  if (!std::cout.flush()) {
    std::cerr << "custom_policy: could not write the output\n";
    return 1;
  }
  // Exactly the three business and API opt-ins differ.
  return differences == 3 ? 0 : 1;
}
