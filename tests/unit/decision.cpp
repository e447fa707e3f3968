#include <consent/decision.hpp>

#include <type_traits>

#include "catch.hpp"

using namespace consent;
