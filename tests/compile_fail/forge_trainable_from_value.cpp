// expect: no matching (function for call to|constructor for initialization of)
// A trainable<T> cannot be made from the content itself.
#include <consent/consent.hpp>

struct message {
  int id;
};

using namespace consent;

#ifdef CONSENT_COMPILE_FAIL
trainable<message> forged{message{1}};
#else
trainable<message> granted =
    for_training(tag<state<tier::free, toggle::on, mode::standard>>(message{1}));
#endif
