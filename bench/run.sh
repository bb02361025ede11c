#!/usr/bin/env bash
# Benchmark of finsam-check on this machine:
#  - a JVM hello-world against a cold `./finsam-check check` of one plan, and `--version` (the JVM, picocli and
#    the launcher without rules), as medians of paired runs, with the ratio to hello-world;
#  - the time to load the built-in rules in a fresh JVM, and (JDK 24+) the wall time of a JVM that builds the rule
#    base and nothing else, started as the launcher starts a small run: the floor of a cold check;
#  - documents/s and peak RSS for JSON-lines archives of generated plans, checked by the command as a user runs
#    it with a 256 MiB heap (JVM start and JIT warm-up included).
# Usage: bench/run.sh [RUNS] [SIZES...]   (defaults: 11 runs; 10000 100000 1000000 documents)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-11}"; shift || true
sizes=("${@:-10000 100000 1000000}")
./finsam-check --version >/dev/null # builds the jar and the class-data archive when needed
. scripts/java.sh
finsam_java # hello-world starts on the JDK the launcher picks
cp="target/finsam-check.jar:target/lib/*"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT

mkdir -p "$work/hello"
printf 'public class Hello { public static void main(String[] a) { System.out.println("hi"); } }\n' > "$work/hello/Hello.java"
javac --release 17 -d "$work/hello" "$work/hello/Hello.java"

seconds() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N); printf "%.3f\n" "$(echo "$e - $s" | bc)"; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
ratio() { echo "scale=1; $1 / $2" | bc; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $("$java_bin" -version 2>&1 | head -n 1)"
: > "$work/hello.txt"; : > "$work/check.txt"; : > "$work/version.txt"
for _ in $(seq "$runs"); do
  seconds "$java_bin" -Xshare:auto -cp "$work/hello" Hello >> "$work/hello.txt"
  seconds ./finsam-check check testdata/samples/plan-2017-heby.yaml >> "$work/check.txt"
  seconds ./finsam-check --version >> "$work/version.txt"
done
h=$(median < "$work/hello.txt"); c=$(median < "$work/check.txt"); v=$(median < "$work/version.txt")
echo "hello-world: ${h} s; cold check of one plan: ${c} s (ratio $(ratio "$c" "$h")x); --version: ${v} s ($(ratio "$v" "$h")x) – medians of $runs"

: > "$work/load.txt"
# compiled first, so that the measure holds no compiler of source files
javac -cp "$cp" -d "$work/load" bench/RuleLoad.java
for _ in 1 2 3 4 5; do "$java_bin" -Xshare:auto -cp "$cp:$work/load" RuleLoad 2>/dev/null >> "$work/load.txt"; done
echo "rule-base load: $(median < "$work/load.txt") s (median of 5, fresh JVM without the application's archive)"

# The floor of a cold check: a JVM that only builds the rule base, started as the launcher starts a small run
# (AOT cache trained on exactly this, quick compiler only). No check can start faster while the rules are built.
if [ "${java_major:-0}" -ge 24 ] 2>/dev/null; then
  (cd "$work/load" && jar cf ../load.jar RuleLoad.class) # an AOT cache takes jars only
  small=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xlog:disable)
  "$java_bin" -XX:AOTCacheOutput="$work/load.aot" "${small[@]}" -cp "$cp:$work/load.jar" RuleLoad >/dev/null 2>&1
  : > "$work/floor.txt"; : > "$work/hello2.txt"
  for _ in $(seq "$runs"); do
    seconds "$java_bin" -Xshare:auto -cp "$work/hello" Hello >> "$work/hello2.txt"
    seconds "$java_bin" -XX:AOTCache="$work/load.aot" "${small[@]}" -cp "$cp:$work/load.jar" RuleLoad >> "$work/floor.txt"
  done
  h2=$(median < "$work/hello2.txt"); f=$(median < "$work/floor.txt")
  echo "JVM + rule base and nothing else (AOT cache): ${f} s (ratio $(ratio "$f" "$h2")x to hello-world ${h2} s) – medians of $runs"
fi

for n in ${sizes[@]}; do
  java bench/Generate.java "$n" "$work/plans.jsonl"
  /usr/bin/time -o "$work/time.txt" -f "%e %M" env FINSAM_JAVA_OPTS=-Xmx256m \
    ./finsam-check check --format json "$work/plans.jsonl" > "$work/out.json" || true
  read -r wall kb < <(tail -n 1 "$work/time.txt")
  checked=$(grep -c '"source"' "$work/out.json" || true)
  echo "$n documents ($(( $(stat -c %s "$work/plans.jsonl") / 1048576 )) MiB): $checked checked in ${wall} s, $(echo "$n / $wall" | bc) documents/s, peak RSS $((kb / 1024)) MiB"
  rm -f "$work/plans.jsonl" "$work/out.json"
done
