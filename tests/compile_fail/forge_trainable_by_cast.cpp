// expect: (no matching (function for call to|conversion for static_cast)|invalid static_cast|cannot convert)
// A cast does not make content trainable.
#include <consent/consent.hpp>

struct message {
  int id;
};

using namespace consent;

#ifdef CONSENT_COMPILE_FAIL
auto forged = static_cast<trainable<message>>(message{1});
#else
auto granted = static_cast<trainable<message>>(
    for_training(tag<state<tier::free, toggle::on, mode::standard>>(message{1})));
#endif
