// expect: (could not convert|no viable conversion|cannot convert|no matching function)
// A training sink takes trainable<T>; tagged content must pass through for_training first, even
// when its state is trainable.
#include <consent/consent.hpp>

struct message {
  int id;
};

using namespace consent;

int train(trainable<message> example) { return example->id; }

auto captured = tag<state<tier::plus, toggle::unset, mode::standard>>(message{1});
#ifdef CONSENT_COMPILE_FAIL
int trained = train(captured);
#else
int trained = train(for_training(captured));
#endif
