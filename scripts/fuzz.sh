#!/usr/bin/env bash
# Coverage-guided fuzzing of every reader with Jazzer: each target of ReadersFuzzTest for its maxDuration (30 s).
# A crash fails the run and leaves its input under src/test/resources/se/finsam/check/fuzz/ReadersFuzzTestInputs/,
# where plain test runs replay it from then on (commit it with the fix). The growing corpus is in .cifuzz-corpus/.
# Usage: scripts/fuzz.sh [TARGET...]   (default: all four)
set -euo pipefail
cd "$(dirname "$0")/.."
targets=("${@:-structuredFiles textForms wordForms swedishDates}")
for t in ${targets[@]}; do
  echo "fuzzing $t …"
  JAZZER_FUZZ=1 mvn -B -q test -Dtest="ReadersFuzzTest#$t" -Dsurefire.failIfNoSpecifiedTests=false
done
