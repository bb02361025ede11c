#!/usr/bin/env bash
# Benchmark of finsam-check on this machine: JVM hello-world vs a cold one-document check (median of paired
# runs), rule-base load time, and documents/s with peak RSS for generated batches.
# Usage: bench/run.sh [RUNS] [SIZES...]   (defaults: 5 runs; 10000 100000 1000000 documents)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"; shift || true
sizes=("${@:-10000 100000 1000000}")
[ -f target/finsam-check.jar ] || mvn -B -q -DskipTests package >/dev/null
cp="target/finsam-check.jar:target/lib/*"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT

mkdir -p "$work/hello"
printf 'public class Hello { public static void main(String[] a) { System.out.println("hi"); } }\n' > "$work/hello/Hello.java"
javac -d "$work/hello" "$work/hello/Hello.java"

seconds() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N); echo "$e - $s" | bc; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -n 1)"
: > "$work/hello.txt"; : > "$work/check.txt"
for _ in $(seq "$runs"); do
  seconds java -cp "$work/hello" Hello >> "$work/hello.txt"
  seconds ./finsam-check check testdata/samples/plan-2017-heby.yaml >> "$work/check.txt"
done
h=$(median < "$work/hello.txt"); c=$(median < "$work/check.txt")
echo "hello-world: ${h} s; cold check of one plan: ${c} s; ratio $(echo "scale=1; $c / $h" | bc)x (median of $runs)"

for n in ${sizes[@]}; do
  /usr/bin/time -f "peak RSS: %M KB" java -Xmx256m -cp "$cp" bench/Bench.java "$n" 2>&1 | grep -v '^\[' 
done
