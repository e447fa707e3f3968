// Compile-time facts about <consent/visit.hpp> (see static.hpp).
#include <consent/all_states.hpp>
#include <consent/trainable.hpp>
#include <consent/visit.hpp>
#include <cstdint>
#include <string_view>
#include <type_traits>
#include "oracle.hpp"

#include "static.hpp"

using namespace consent;

namespace static_tests::visit_hpp {

// "visit works at compile time"
[[maybe_unused]] void static_1() {
  static_assert(visit(snapshot{tier::plus, toggle::on, mode::standard},
                      [](auto st) { return decltype(st)::is_trainable(); }));
  static_assert(visit(snapshot{tier::api, toggle::on, mode::temporary},
                      [](auto st) { return decltype(st)::why(); }) == reason::invalid_state);
}

}  // namespace static_tests::visit_hpp
