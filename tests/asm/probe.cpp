// Answers known at compile time must cost nothing at run time: at -O2 each of these functions must
// be a constant and a return (check.cmake reads the assembly): no call, no table load.
#include <consent/consent.hpp>

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
