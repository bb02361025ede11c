#!/usr/bin/env bash
# Faults a real office or CI runner produces, tried on the built command (CI runs this after the build): a full
# disk, a killed run, two runs writing one report at once. Each must leave either a complete report or none, say
# so in one line, and exit 2 – never a cut report with exit 1, never a leftover temporary file.
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
mounted=""
cleanup() {
  [ -n "$mounted" ] && umount "$mounted" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
failures=0
fail() { echo "fault-test: $*" >&2; failures=$((failures + 1)); }

java -cp target/finsam-check.jar bench/Generate.java jsonl 20000 "$work/plans.jsonl"

# A full disk: a 64 KiB file system, a report of megabytes.
if [ "$(id -u)" -eq 0 ] && mkdir -p "$work/full" && mount -t tmpfs -o size=64k tmpfs "$work/full" 2>/dev/null; then
  mounted="$work/full"
  status=0
  err="$(./finsam-check check --format json --output "$work/full/report.json" "$work/plans.jsonl" 2>&1 >/dev/null)" || status=$?
  [ "$status" -eq 2 ] || fail "full disk: exit status $status, expected 2"
  case "$err" in *"report.json kunde inte skrivas"*) ;; *) fail "full disk: no one-line message: ${err:0:200}" ;; esac
  [ -z "$(ls -A "$work/full")" ] || fail "full disk: left behind: $(ls -A "$work/full")"
  # letters, a pair of files each, filling the disk part-way: every form is still named in the index, each letter
  # is there whole (both files) or not at all, and the run ends with exit 2
  head -c 45056 /dev/zero > "$work/full/filler" # leaves room for two or three letters of the six
  status=0
  index="$(./finsam-check check --format letter --output "$work/full/brev" testdata/forms 2>"$work/err")" || status=$?
  [ "$status" -eq 2 ] || fail "letters, full disk: exit status $status, expected 2"
  grep -q 'brev kunde inte skrivas' "$work/err" || fail "letters, full disk: no one-line message: $(head -c 200 "$work/err")"
  forms=$(find testdata/forms -type f | wc -l)
  [ "$(printf '%s\n' "$index" | grep -c '^testdata/forms/')" -eq "$forms" ] || fail "letters, full disk: not every form is in the index"
  printf '%s\n' "$index" | grep -q 'brevet kunde inte skrivas' || fail "letters, full disk: the disk never filled"
  for txt in "$work/full/brev/"*.txt; do
    [ -e "$txt" ] || continue
    [ -s "${txt%.txt}.docx" ] || fail "letters, full disk: $txt without its Word file"
  done
  [ -z "$(find "$work/full" -name '.*')" ] || fail "letters, full disk: temporary files left"
  umount "$work/full"; mounted=""
else
  echo "fault-test: not root or no tmpfs here: the full-disk case is not tried" >&2
fi

# A full standard output.
if [ -w /dev/full ]; then
  status=0
  err="$(./finsam-check check --format json testdata/samples 2>&1 >/dev/full)" || status=$?
  [ "$status" -eq 2 ] || fail "full stdout: exit status $status, expected 2"
  case "$err" in *"standard ut"*) ;; *) fail "full stdout: no one-line message: ${err:0:200}" ;; esac
fi

# A run killed while it writes: no report and no temporary file, and the next run is not refused.
for signal in INT TERM; do
  out="$work/killed-$signal.json"
  ./finsam-check check --format json --output "$out" "$work/plans.jsonl" 2>/dev/null &
  pid=$!
  for _ in $(seq 1 100); do # wait until it writes (its temporary file exists), at most 10 s
    [ -n "$(find "$work" -maxdepth 1 -name ".killed-$signal.json.*" -print -quit)" ] && break
    sleep 0.1
  done
  kill -"$signal" "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if [ -e "$out" ] && ! python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$out" 2>/dev/null; then
    fail "SIG$signal: a partial report was left"
  fi
  leftover="$(find "$work" -maxdepth 1 -name ".killed-$signal.json.*")"
  [ -z "$leftover" ] || fail "SIG$signal: temporary file left: $leftover"
  rm -f "$out"
  status=0
  ./finsam-check check --format json --output "$out" testdata/samples >/dev/null 2>&1 || status=$?
  [ "$status" -eq 1 ] || fail "SIG$signal: the next run exited $status, expected 1"
done

# Two runs with --force writing one report at once: the report is one run's, whole.
shared="$work/shared.json"
./finsam-check check --format json --force --output "$shared" "$work/plans.jsonl" 2>/dev/null &
first=$!
./finsam-check check --format json --force --output "$shared" testdata/samples 2>/dev/null || true
wait "$first" || true
python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$shared" || fail "concurrent runs: the report is not valid JSON"

if [ "$failures" -gt 0 ]; then
  echo "fault-test: $failures failure(s)" >&2
  exit 1
fi
echo "fault-test: full disk (a report, letters), full stdout, SIGINT, SIGTERM and concurrent runs passed"
