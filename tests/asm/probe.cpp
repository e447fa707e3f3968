// Answers known at compile time must cost nothing at run time: at -O2 each of these functions must
// be a constant and a return (check.cmake reads the assembly): no call, no table load.
#include <consent/consent.hpp>

#include <string_view>

using namespace consent;

extern "C" {

bool consent_probe_state_is_trainable() {
  return state<tier::plus, toggle::unset, mode::standard>::is_trainable();
}

int consent_probe_state_why() {
  return static_cast<int>(state<tier::team, toggle::unset, mode::standard>::why());
}

bool consent_probe_evaluate_trainable() {
  return evaluate(tier::free, toggle::off, mode::standard).trainable;
}

int consent_probe_evaluate_why() {
  return static_cast<int>(evaluate(tier::api, toggle::on, mode::temporary).why);
}

bool consent_probe_is_trainable_snapshot() {
  return is_trainable(snapshot{tier::enterprise, toggle::on, mode::standard});
}

bool consent_probe_is_trainable_code() {
  return is_trainable_code(encode(snapshot{tier::plus, toggle::on, mode::standard}));
}
}

// Comparing policies is compile-time work: the summaries are constants, and so is a diff bound to a
// constexpr variable (its documented use).
namespace {
struct refuses_business {
  static constexpr std::string_view name = "probe-refuses-business";
  static constexpr date effective{2025, 1, 1};
  static constexpr decision decide(tier t, toggle g, mode m) noexcept {
    const decision d = policy_2024_06_12::decide(t, g, m);
    return d.trainable && t != tier::free && t != tier::plus ? decision{false, reason::opted_out}
                                                             : d;
  }
};
}  // namespace

extern "C" {
bool consent_probe_loosens() { return loosens_v<refuses_business, policy_2024_06_12>; }

unsigned long consent_probe_diff_size() {
  static constexpr auto changes = diff<policy_2024_06_12, refuses_business>();
  return changes.size();
}

int consent_probe_diff_first_tier() {
  static constexpr auto changes = diff<policy_2024_06_12, refuses_business>();
  return static_cast<int>(changes[0].consent_state.account);
}

bool consent_probe_guard() {
  static constexpr no_loosening<policy_2024_06_12, refuses_business> guard{};
  static_cast<void>(guard);
  return tightens_v<policy_2024_06_12, refuses_business>;
}
}
