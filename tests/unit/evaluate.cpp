#include <consent/evaluate.hpp>

#include <cstdint>

#include "catch.hpp"
#include "oracle.hpp"

using namespace consent;

TEST_CASE("evaluate answers every combination at run time", "[evaluate]") {
  oracle::for_each_combination([](tier t, toggle g, mode m) {
    CAPTURE(to_string(t), to_string(g), to_string(m));
    // volatile keeps the compiler from folding the call into a constant.
    volatile std::uint8_t vt = static_cast<std::uint8_t>(t), vg = static_cast<std::uint8_t>(g),
                          vm = static_cast<std::uint8_t>(m);
    const snapshot s{static_cast<tier>(vt), static_cast<toggle>(vg), static_cast<mode>(vm)};
    CHECK(evaluate(s) == oracle::expected(t, g, m));
    CHECK(evaluate(s.account, s.improve_model, s.chat) == oracle::expected(t, g, m));
    CHECK(is_trainable(s) == oracle::expected(t, g, m).trainable);
  });
}

TEST_CASE("out-of-range values are closed, whatever the other fields", "[evaluate][fail-closed]") {
  // Every byte in every field: trainable only for the seven trainable in-range states.
  std::size_t trainable = 0;
  for (unsigned t = 0; t < 256; ++t) {
    for (unsigned g = 0; g < 256; ++g) {
      for (unsigned m = 0; m < 256; ++m) {
        const snapshot s{static_cast<tier>(t), static_cast<toggle>(g), static_cast<mode>(m)};
        const decision d = evaluate(s);
        if (!is_state(s) && d != refused_invalid) FAIL("not closed: " << t << '/' << g << '/' << m);
        trainable += d.trainable ? 1U : 0U;
      }
    }
  }
  CHECK(trainable == 7);
}

TEST_CASE("every feedback byte is closed when out of range, whatever the other fields",
          "[evaluate][fail-closed]") {
  // The fourth field's every byte, against in-range and out-of-range values of the others: the
  // index is a sum of the fields' parts, and no sum of an out-of-range part reads a state.
  for (unsigned f = 0; f < 256; ++f) {
    for (unsigned t = 0; t < 10; ++t) {
      for (const unsigned g : {0U, 1U, 2U, 3U, 255U}) {
        for (const unsigned m : {0U, 1U, 2U, 255U}) {
          const snapshot s{static_cast<tier>(t), static_cast<toggle>(g), static_cast<mode>(m),
                           static_cast<feedback>(f)};
          const decision d = evaluate<latest_policy>(s);
          if (!is_state(s) && d != refused_invalid) {
            FAIL("not closed: " << t << '/' << g << '/' << m << '/' << f);
          }
          if (is_state(s))
            CHECK(d == oracle::expected_2026(s.account, s.improve_model, s.chat, s.rated));
        }
      }
    }
  }
}

TEST_CASE("evaluate takes a policy type", "[evaluate][policy]") {
  CHECK(evaluate<oracle::opt_in_only>(snapshot{static_cast<tier>(8), toggle::on, mode::standard}) ==
        refused_invalid);
  // A tier the policy does not name: refused as such, before the policy is asked (R9).
  CHECK(evaluate<oracle::opt_in_only>(snapshot{tier::pro, toggle::on, mode::standard}) ==
        decision{false, reason::not_in_policy});
}

TEST_CASE("an empty or partly set snapshot is refused as invalid_state",
          "[evaluate][fail-closed]") {
  const snapshot loaded{};  // run time too
  CHECK(evaluate(loaded) == refused_invalid);
}
