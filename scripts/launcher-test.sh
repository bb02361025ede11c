#!/usr/bin/env bash
# Checks the launcher as users run it (CI runs this after the build): stdout holds only the program's output,
# whatever the archive and the JVM options, and the exit status is the program's.
set -euo pipefail
cd "$(dirname "$0")/.."
plan=testdata/samples/plan-2017-heby.yaml
failures=0

fail() { echo "launcher-test: $*" >&2; failures=$((failures + 1)); }

# expect STATUS DESCRIPTION COMMAND...: the command exits with STATUS and its stdout starts as the format says
expect() {
  local want="$1" what="$2" out status=0
  shift 2
  out="$("$@" 2>/dev/null)" || status=$?
  [ "$status" -eq "$want" ] || fail "$what: exit status $status, expected $want"
  case "$what" in
    json*) [ "${out:0:1}" = "{" ] || fail "$what: stdout does not start with the JSON report: ${out:0:80}" ;;
    version*) [ "$out" = "finsam-check $(sed -n 's|^  <version>\(.*\)</version>$|\1|p' pom.xml | head -n 1)" ] \
      || fail "$what: stdout is not the version line: ${out:0:80}" ;;
  esac
}

expect 0 "version" ./finsam-check --version
expect 1 "json report of a plan with findings" ./finsam-check check --format json "$plan"
expect 1 "json, no archive" env FINSAM_CDS=off ./finsam-check check --format json "$plan"
expect 1 "json, a collector of the user's" env FINSAM_JAVA_OPTS=-XX:+UseG1GC ./finsam-check check --format json "$plan"
expect 1 "json, a heap limit of the user's" env FINSAM_JAVA_OPTS=-Xmx256m ./finsam-check check --format json "$plan"
expect 2 "usage error" ./finsam-check check --format nosuch "$plan"

if [ "$failures" -gt 0 ]; then
  exit 1
fi
echo "launcher-test: all passed"
