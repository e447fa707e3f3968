#!/bin/sh
set -eu
# snippet: single header
mkdir -p third_party/consent
cp "$CONSENT_SOURCE_DIR/single_include/consent/consent.hpp" third_party/consent/
c++ -std=c++17 -I third_party app.cpp -o app
# end snippet
