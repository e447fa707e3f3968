// expect: consent::for_training: not trainable, the policy does not name this tier or feedback event
// Pro did not exist in the 2024-06-12 text: under that policy (the default) Pro content is refused,
// whatever its setting (R9). The later policy names it, and trains on an explicit opt-in.
#include <consent/consent.hpp>

using namespace consent;

struct message {
  int id;
};

#ifdef CONSENT_COMPILE_FAIL
using submitted = state<tier::pro, toggle::on, mode::standard>;
#else
using submitted = state<tier::pro, toggle::on, mode::standard, latest_policy>;
#endif

auto exported = for_training(tag<submitted>(message{1}));
