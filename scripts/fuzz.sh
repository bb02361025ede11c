#!/usr/bin/env bash
# Coverage-guided fuzzing with Jazzer, each target for its maxDuration (30 s): every reader (ReadersFuzzTest) and
# generated documents through the whole pipeline, rules and output formats included (DocumentsFuzzTest#documents).
# A crash fails the run and leaves its input under src/test/resources/se/finsam/check/fuzz/<Class>Inputs/<target>/,
# where plain test runs replay it from then on (commit it with the fix). The growing corpus is in .cifuzz-corpus/.
# Jazzer prints a line per new input it finds and the readers' rejected inputs print their stack traces: each
# target's output goes to target/fuzz/TARGET.log, and only a failing target's last lines reach the console (CI's log).
# Usage: scripts/fuzz.sh [TARGET...]   (default: all eight; a TARGET is Class#method, or a method of ReadersFuzzTest)
set -euo pipefail
cd "$(dirname "$0")/.."
targets=("${@:-structuredFiles textForms wordForms docForms odtForms pdfForms swedishDates DocumentsFuzzTest#documents}")
mkdir -p target/fuzz
for t in ${targets[@]}; do
  [[ "$t" == *"#"* ]] || t="ReadersFuzzTest#$t"
  log="target/fuzz/${t/\#/-}.log"
  if JAZZER_FUZZ=1 mvn -B -q test -Dtest="$t" -Dfuzz.hooks=true -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1; then
    echo "fuzzing $t: passed ($(grep -a -o 'Done [0-9]* runs in [0-9]* second(s)' "$log" | tail -n 1))"
  else
    echo "fuzzing $t: FAILED – the last lines of $log:" >&2
    grep -a -v '^[[:space:]]*at ' "$log" | tail -n 60 >&2
    exit 1
  fi
done
