// expect: consent::for_training: not trainable, the user turned off Improve the model
#include <consent/consent.hpp>

struct message {
  int id;
};

using namespace consent;

#ifdef CONSENT_COMPILE_FAIL
using submitted = state<tier::plus, toggle::off, mode::standard>;
#else
using submitted = state<tier::plus, toggle::on, mode::standard>;
#endif

trainable<message> exported = for_training(tag<submitted>(message{1}));
