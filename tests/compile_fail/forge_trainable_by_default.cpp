// expect: (use of deleted function|call to deleted constructor)
// A trainable<T> has no default: an empty proof would prove nothing.
#include <consent/consent.hpp>

struct message {
  int id;
};

using namespace consent;

#ifdef CONSENT_COMPILE_FAIL
trainable<message> forged{};
#else
trainable<message> granted =
    for_training(tag<state<tier::free, toggle::on, mode::standard>>(message{1}));
#endif
