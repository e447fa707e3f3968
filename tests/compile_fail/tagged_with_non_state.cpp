// expect: consent::tagged<T, State>: State must be a consent::state<tier, toggle, mode>
#include <consent/consent.hpp>

struct message {
  int id;
};

#ifdef CONSENT_COMPILE_FAIL
using label = int;
#else
using label = consent::state<consent::tier::plus, consent::toggle::on, consent::mode::standard>;
#endif

consent::tagged<message, label> captured{message{1}};
