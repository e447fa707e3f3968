// Every opt-in header that needs no other library, in one translation unit: they share detail
// headers (display.hpp) and include one another, and must still compile together, from include/
// and from the single-header files alike.
#include <consent/gtest.hpp>
#include <consent/history.hpp>
#include <consent/ostream.hpp>
#include <consent/timeline.hpp>

static_assert(consent::detail::has_to_string<consent::snapshot>::value);
static_assert(!consent::detail::has_to_string<int>::value);
