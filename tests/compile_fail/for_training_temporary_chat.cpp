// expect: consent::for_training: not trainable, the content was written in a Temporary Chat
#include <consent/consent.hpp>

struct message {
  int id;
};

using namespace consent;

#ifdef CONSENT_COMPILE_FAIL
using submitted = state<tier::plus, toggle::on, mode::temporary>;
#else
using submitted = state<tier::plus, toggle::on, mode::standard>;
#endif

trainable<message> exported = for_training(tag<submitted>(message{1}));
