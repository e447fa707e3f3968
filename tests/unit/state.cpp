#include <consent/state.hpp>

#include <consent/all_states.hpp>

#include <cstdint>
#include <type_traits>

#include "catch.hpp"
#include "oracle.hpp"

using namespace consent;

TEMPLATE_LIST_TEST_CASE("a state type answers as the run-time call, at run time", "[state]",
                        all_state_types<>) {
  using S = TestType;
  volatile std::uint8_t t = static_cast<std::uint8_t>(S::account);
  volatile std::uint8_t g = static_cast<std::uint8_t>(S::improve_model);
  volatile std::uint8_t m = static_cast<std::uint8_t>(S::chat);
  const decision at_run_time =
      evaluate(static_cast<tier>(t), static_cast<toggle>(g), static_cast<mode>(m));
  CHECK(at_run_time == S::answer());
  CHECK(S::is_trainable() == at_run_time.trainable);
}
