// An application calling that library, built against whichever consent version is on its path.
#include <consent/consent.hpp>

int count_trainable(const consent::snapshot* states, int n);

int main() {
  constexpr auto states = consent::all_states();
  return count_trainable(states.data(), static_cast<int>(states.size())) == 7 ? 0 : 1;
}
