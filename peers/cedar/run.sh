#!/usr/bin/env bash
# Runs the Cedar peer from a work directory outside the source tree:
#   run.sh WORKDIR check FILE | run.sh WORKDIR time N
# Copies the peer (cedar.mjs, the .cedar policies, package.json) into WORKDIR, installs
# @cedar-policy/cedar-wasm (pinned in package.json) there from npm when it is missing, and runs
# cedar.mjs. Exits 77 when the peer cannot be installed (no npm, no registry): nothing was compared.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$1"
shift
mkdir -p "$work"
cp "$here/cedar.mjs" "$here/consent.cedar" "$here/consent-2026-10-05.cedar" "$here/package.json" \
  "$work/"
if [ ! -d "$work/node_modules/@cedar-policy/cedar-wasm" ]; then
  if ! command -v npm >/dev/null || ! command -v node >/dev/null; then
    echo "cedar peer: node and npm are needed to install the peer" >&2
    exit 77
  fi
  if ! (cd "$work" && npm install --no-package-lock --no-audit --no-fund --loglevel=error \
          --fetch-retries=1 --fetch-timeout=30000 >&2); then
    echo "cedar peer: could not install @cedar-policy/cedar-wasm from npm (offline?)" >&2
    rm -rf "$work/node_modules"
    exit 77
  fi
fi
exec node "$work/cedar.mjs" "$@"
