#!/usr/bin/env bash
# Benchmark of the web desk's API on this machine (not a test): starts `./finsam-check serve --port 0` as a user
# does, then bench/ServeBench.java reports the warm check of one plan through POST /api/check (median and 99th
# percentile of sequential requests after a warm-up), the same for one text form, and the throughput of 1–20
# concurrent clients. Only 127.0.0.1 is spoken to; the server started here is stopped at the end.
# Usage: bench/serve.sh [REQUESTS]   (default 2000 a phase; each phase also stops after 60 s)
set -euo pipefail
cd "$(dirname "$0")/.."
requests="${1:-2000}"
./finsam-check --version >/dev/null # builds the jar and the class-data archive when needed
work="$(mktemp -d)"
server=
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

./finsam-check serve --port 0 >"$work/serve.out" 2>"$work/serve.err" &
server=$!
for _ in $(seq 600); do # the first line is the address; at most 60 s
  [ -s "$work/serve.out" ] && break
  kill -0 "$server" 2>/dev/null || { cat "$work/serve.err" >&2; exit 1; }
  sleep 0.1
done
url="$(head -n 1 "$work/serve.out")"
[ -n "$url" ] || { echo "serve printed no address in 60 s" >&2; exit 1; }

. scripts/java.sh
finsam_java
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, server on $("$java_bin" -version 2>&1 | head -n 1)${FINSAM_JAVA_OPTS:+, FINSAM_JAVA_OPTS=$FINSAM_JAVA_OPTS}"
"$java_bin" bench/ServeBench.java "$url" "$requests"
