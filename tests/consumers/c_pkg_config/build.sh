#!/bin/sh
set -eu
# snippet: pkg-config (C API)
cc $(pkg-config --cflags consent_c) app.c $(pkg-config --libs consent_c) \
  -Wl,-rpath,"$(pkg-config --variable=libdir consent_c)" -o app
# end snippet
