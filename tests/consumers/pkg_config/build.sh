#!/bin/sh
set -eu
# snippet: pkg-config
c++ -std=c++17 $(pkg-config --cflags consent) app.cpp -o app
# end snippet
