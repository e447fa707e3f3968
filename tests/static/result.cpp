// Compile-time facts about <consent/result.hpp> (see static.hpp).
#include <consent/result.hpp>
#include <memory>
#include <string>
#include <type_traits>
#include <vector>

#include "static.hpp"

using namespace consent;

namespace static_tests::result_hpp {

enum class oops { bad };

// a result holds the value or the error, and says which
[[maybe_unused]] void static_1() {
  constexpr result<int, oops> ok = 7;
  constexpr result<int, oops> failed = oops::bad;
  static_assert(ok.has_value());
  static_assert(static_cast<bool>(ok));
  static_assert(*ok == 7);
  static_assert(!failed.has_value());
  static_assert(!static_cast<bool>(failed));
  static_assert(failed.error() == oops::bad);
  static_assert(failed.value_or(3) == 3);
  static_assert(ok.value_or(3) == 7);
  static_assert(!std::is_convertible_v<result<int, oops>, bool>);
}

// "a result gives access to its value and moves it out"
[[maybe_unused]] void static_2() {
  static_assert(!std::is_copy_constructible_v<result<std::unique_ptr<int>, oops>>);
}

// results with non-trivial sides copy, move and assign across both sides
[[maybe_unused]] void static_3() {
  using text_result = result<std::string, std::vector<int>>;

  static_assert(std::is_copy_constructible_v<text_result>);
  static_assert(std::is_nothrow_move_constructible_v<text_result>);
  static_assert(std::is_copy_assignable_v<text_result>);
  static_assert(std::is_move_assignable_v<result<std::unique_ptr<int>, oops>>);
  static_assert(!std::is_copy_assignable_v<result<std::unique_ptr<int>, oops>>);
}

// "value() reads the value like operator*"
[[maybe_unused]] void static_4() {
  constexpr result<int, oops> ok = 7;
  static_assert(ok.value() == 7);
}

}  // namespace static_tests::result_hpp
