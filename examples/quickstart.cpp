// The first lines to read: ask the policy at compile time and at run time.
#include <consent/consent.hpp>

#include <iostream>

using namespace consent;

// Known when compiling: a fact the compiler checks.
static_assert(state<tier::plus, toggle::unset, mode::standard>::is_trainable());
static_assert(state<tier::team, toggle::unset, mode::standard>::why() == reason::business_default);

int main() {
  // Known only when running: a state loaded with a message.
  const snapshot loaded{tier::free, toggle::off, mode::standard};
  const decision d = evaluate(loaded);
  // Prints "free/off/standard: not trainable (opted_out)".
  std::cout << "free/off/standard: " << (d ? "trainable" : "not trainable") << " ("
            << to_string(d.why) << ")" << std::endl;
  // The user opted out, so this must be a refusal; an unwritten line is a failure too.
  return d.trainable || !std::cout ? 1 : 0;
}
