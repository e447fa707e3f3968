#!/usr/bin/env bash
# Installs what the test suite needs from Debian's packages, when it is missing: Catch2 (the unit
# tests). Safe to run again; does nothing when everything is there.
set -euo pipefail

missing=()
dpkg -s catch2 >/dev/null 2>&1 || missing+=(catch2)

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "install-deps: need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
  as_root=(sudo)
fi

echo "install-deps: installing ${missing[*]}"
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq "${missing[@]}"
