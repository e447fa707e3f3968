// expect: consent::for_training: not trainable, the policy does not name this tier or feedback event
// The 2024-06-12 text says nothing of feedback: under it, a conversation with feedback is refused
// (R9), even one a Plus user opted in. Without feedback it is trainable.
#include <consent/consent.hpp>

using namespace consent;

struct message {
  int id;
};

#ifdef CONSENT_COMPILE_FAIL
using submitted = state<tier::plus, toggle::on, mode::standard, default_policy, feedback::given>;
#else
using submitted = state<tier::plus, toggle::on, mode::standard, default_policy, feedback::none>;
#endif

trainable<message> exported = for_training(tag<submitted>(message{1}));
