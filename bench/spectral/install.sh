#!/usr/bin/env bash
# Prints the path of the Spectral CLI the benchmark compares with, a pinned version, installed once with npm into
# the user's cache (about 70 MB) and reused. Exits 3 when npm is not found. Install scripts are not run: the CLI
# needs none, and one of them (@scarf/scarf) only reports the install.
set -euo pipefail
version=6.16.3
dir="${XDG_CACHE_HOME:-$HOME/.cache}/finsam-check-bench/spectral-$version"
bin="$dir/node_modules/.bin/spectral"
if ! "$bin" --version >/dev/null 2>&1; then
  command -v npm >/dev/null || { echo "npm not found" >&2; exit 3; }
  rm -rf "$dir" # an install cut short leaves a tree npm cannot install over (ENOTEMPTY)
  mkdir -p "$dir"
  SCARF_ANALYTICS=false npm install --prefix "$dir" --no-audit --no-fund --ignore-scripts --loglevel=error \
    "@stoplight/spectral-cli@$version" >&2
  "$bin" --version >/dev/null 2>&1 || { echo "the Spectral CLI does not run after its install" >&2; exit 1; }
fi
echo "$bin"
