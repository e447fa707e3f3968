// Compile-time facts about <consent/snapshot.hpp> (see static.hpp).
#include <consent/snapshot.hpp>
#include <cstddef>
#include <type_traits>
#include "oracle.hpp"

#include "static.hpp"

using namespace consent;

namespace static_tests::snapshot_hpp {

// "a snapshot is four bytes; built from the three 0.1 fields it has no feedback
[[maybe_unused]] void static_1() {
  static_assert(sizeof(snapshot) == 4);
  static_assert(snapshot{tier::plus, toggle::off, mode::standard}.rated == feedback::none);
  static_assert(snapshot{tier::plus, toggle::off, mode::standard} !=
                snapshot{tier::plus, toggle::off, mode::standard, feedback::given});
  static_assert(
      !is_state(snapshot{tier::plus, toggle::off, mode::standard, static_cast<feedback>(2)}));
  static_assert(std::is_trivially_copyable_v<snapshot>);
  static_assert(snapshot{tier::plus, toggle::off, mode::standard} ==
                snapshot{tier::plus, toggle::off, mode::standard});
}

// "a snapshot whose fields were never set is not a state"
[[maybe_unused]] void static_2() {
  static_assert(!is_state(snapshot{}));
  static_assert(!is_state(snapshot{tier::plus}));
  static_assert(!is_state(snapshot{tier::plus, toggle::unset}));
  static_assert(is_state(snapshot{tier::plus, toggle::unset, mode::standard}));
}

// "snapshots and decisions are ordered field by field, and hash without collisions"
[[maybe_unused]] void static_ordering() {
  static_assert(snapshot{tier::free, toggle::off, mode::temporary} <
                snapshot{tier::plus, toggle::unset, mode::standard});
  static_assert(snapshot{tier::plus, toggle::on, mode::standard} <
                snapshot{tier::plus, toggle::on, mode::standard, feedback::given});
  static_assert(!(snapshot{tier::plus, toggle::on, mode::standard} <
                  snapshot{tier::plus, toggle::on, mode::standard}));
  static_assert(snapshot{tier::edu, toggle::off, mode::standard} >=
                snapshot{tier::edu, toggle::off, mode::standard});
  static_assert(decision{false, reason::opted_out} < decision{true, reason::consumer_default});
  static_assert(decision{true, reason::consumer_default} < decision{true, reason::opted_in});
}

}  // namespace static_tests::snapshot_hpp
