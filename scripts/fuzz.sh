#!/usr/bin/env bash
# Coverage-guided fuzzing with Jazzer, each target for its maxDuration (30 s): every reader (ReadersFuzzTest) and
# generated documents through the whole pipeline, rules and output formats included (DocumentsFuzzTest#documents).
# A crash fails the run and leaves its input under src/test/resources/se/finsam/check/fuzz/<Class>Inputs/<target>/,
# where plain test runs replay it from then on (commit it with the fix). The growing corpus is in .cifuzz-corpus/.
# Usage: scripts/fuzz.sh [TARGET...]   (default: all five; a TARGET is Class#method, or a method of ReadersFuzzTest)
set -euo pipefail
cd "$(dirname "$0")/.."
targets=("${@:-structuredFiles textForms wordForms swedishDates DocumentsFuzzTest#documents}")
for t in ${targets[@]}; do
  [[ "$t" == *"#"* ]] || t="ReadersFuzzTest#$t"
  echo "fuzzing $t …"
  JAZZER_FUZZ=1 mvn -B -q test -Dtest="$t" -Dsurefire.failIfNoSpecifiedTests=false
done
