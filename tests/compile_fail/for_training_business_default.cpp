// expect: consent::for_training: not trainable, Business, Enterprise and Edu content is not trained on by default
#include <consent/consent.hpp>

struct message {
  int id;
};

using namespace consent;

#ifdef CONSENT_COMPILE_FAIL
using submitted = state<tier::enterprise, toggle::unset, mode::standard>;
#else
using submitted = state<tier::enterprise, toggle::on, mode::standard>;
#endif

trainable<message> exported = for_training(tag<submitted>(message{1}));
