// expect: consent::state: a dimension is out of range
#include <consent/consent.hpp>

#ifdef CONSENT_COMPILE_FAIL
constexpr auto account = static_cast<consent::tier>(8);
#else
constexpr auto account = consent::tier::plus;
#endif

bool trains = consent::state<account, consent::toggle::on, consent::mode::standard>::is_trainable();
