// Compile-time facts about <consent/evaluate.hpp> (see static.hpp).
#include <consent/evaluate.hpp>
#include <cstdint>
#include "oracle.hpp"

#include "static.hpp"

using namespace consent;

namespace static_tests::evaluate_hpp {

// Compile time: the same answers as the oracle, over all 30 combinations.
constexpr bool evaluate_matches_oracle_everywhere() {
  bool all = true;
  oracle::for_each_combination([&](tier t, toggle g, mode m) {
    all = all && evaluate(t, g, m) == oracle::expected(t, g, m) &&
          evaluate(snapshot{t, g, m}) == evaluate(t, g, m) &&
          is_trainable(t, g, m) == evaluate(t, g, m).trainable &&
          is_trainable(snapshot{t, g, m}) == evaluate(t, g, m).trainable;
  });
  return all;
}

// "evaluate answers every combination at compile time"
[[maybe_unused]] void static_1() { static_assert(evaluate_matches_oracle_everywhere()); }

// "the contract's examples hold"
[[maybe_unused]] void static_2() {
  constexpr decision d = evaluate(tier::free, toggle::off, mode::standard);
  static_assert((!d.trainable && d.why == reason::opted_out));
  static_assert(!static_cast<bool>(d));
  static_assert(is_trainable(tier::enterprise, toggle::on, mode::standard));
  static_assert(evaluate(tier::api, toggle::on, mode::temporary).why == reason::invalid_state);
  static_assert(!evaluate(tier::api, toggle::on, mode::temporary).trainable);
}

// "evaluate takes a policy type"
[[maybe_unused]] void static_3() {
  static_assert(evaluate(tier::plus, toggle::unset, mode::standard).trainable);
  static_assert(
      !evaluate<oracle::opt_in_only>(tier::plus, toggle::unset, mode::standard).trainable);
  static_assert(is_trainable<oracle::opt_in_only>(tier::plus, toggle::on, mode::standard));
  static_assert(evaluate<oracle::opt_in_only>(tier::api, toggle::on, mode::temporary) ==
                refused_invalid);
}

// "an empty or partly set snapshot is refused as invalid_state"
[[maybe_unused]] void static_4() {
  static_assert(evaluate(snapshot{}) == refused_invalid);
  static_assert(evaluate(snapshot{tier::plus}) == refused_invalid);
  static_assert(evaluate(snapshot{tier::free, toggle::on}) == refused_invalid);
  static_assert(!is_trainable(snapshot{}));
}

}  // namespace static_tests::evaluate_hpp
