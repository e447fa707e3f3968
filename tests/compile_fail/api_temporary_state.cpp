// expect: the API has no Temporary Chat, so this is not a consent state
#include <consent/consent.hpp>

#ifdef CONSENT_COMPILE_FAIL
constexpr consent::mode chat = consent::mode::temporary;
#else
constexpr consent::mode chat = consent::mode::standard;
#endif

using api_opt_in = consent::state<consent::tier::api, consent::toggle::on, chat>;
bool trains = api_opt_in::is_trainable();
