// Catch2 2.x (Debian's package) and Catch2 3 spell the include differently; tests include this.
#pragma once

#if __has_include(<catch2/catch_all.hpp>)
#include <catch2/catch_all.hpp>
#else
#include <catch2/catch.hpp>
#endif
