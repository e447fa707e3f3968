// A library built against one consent version, exporting a function whose signature names
// consent types.
#include <consent/consent.hpp>

int count_trainable(const consent::snapshot* states, int n) {
  int trainable = 0;
  for (int i = 0; i < n; ++i) trainable += consent::is_trainable(states[i]) ? 1 : 0;
  return trainable;
}
