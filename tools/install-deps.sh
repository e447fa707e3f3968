#!/usr/bin/env bash
# Installs what the tests need from Debian's packages, when it is missing; safe to run again.
#   tools/install-deps.sh        Catch2 (unit tests), pkg-config (its consumer test), the adapters'
#                                libraries (fmt, nlohmann::json, doctest), SQLite and PostgreSQL 15
#                                with their extension headers (the SQL extensions' tests)
#   tools/install-deps.sh --ci   also what CI's matrix needs: clang++ and clang-format 14, clang's
#                                fuzzer and sanitizer runtimes, Google Benchmark (built in CI), and an
#                                AArch64 cross compiler with qemu-user (NEON test)
set -euo pipefail

wanted=(catch2 pkgconf libfmt-dev nlohmann-json3-dev doctest-dev
        sqlite3 libsqlite3-dev postgresql-15 postgresql-server-dev-15)
if [ "${1:-}" = "--ci" ]; then
  wanted+=(clang-14 clang clang-format libbenchmark-dev libclang-rt-14-dev g++-aarch64-linux-gnu qemu-user)
fi

missing=()
for package in "${wanted[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
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
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
