#!/usr/bin/env bash
# Installs the Cedar peer (@cedar-policy/cedar-wasm, pinned in package.json) when it is missing, then
# runs cedar.mjs with the given arguments.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if [ ! -d "$here/node_modules/@cedar-policy/cedar-wasm" ]; then
  (cd "$here" && npm install --no-package-lock --no-audit --no-fund --loglevel=error >&2)
fi
exec node "$here/cedar.mjs" "$@"
