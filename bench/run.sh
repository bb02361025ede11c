#!/usr/bin/env bash
# Benchmark of finsam-check on this machine, every shape of issue 17, each run as a user runs it (through the
# ./finsam-check launcher, JVM start and JIT warm-up included), with real-sized plans: variants of the plans in
# testdata/samples (bench/Generate.java, about 3 kB each). Prints the settings, the machine and one table:
#  - a JVM hello-world and a cold check of one plan, taken in turn (A B A B …): medians and the median of the
#    pair-by-pair ratios, so that the ratio holds when the machine's speed drifts;
#  - a warm check of the same plan, handed to a serve started once for it (FINSAM_SERVER), paired the same way;
#  - the floor of a cold check: a JVM that builds the rule base and nothing else (JDK 24+, AOT cache of its own);
#    the floor by part (RuleLoad parts), a one-plan check's timeline (-Dfinsam.timing) and the launcher's own cost;
#  - FILES plan files in a folder, and LINES plans as JSON lines (--format json): documents/s, medians of BATCHES;
#  - peak RSS and CPU seconds (user+sys) of every run, and the largest peak RSS of all.
# Usage: bench/run.sh            BENCH_SCALE=full (default): 11 pairs, 20 000 files, 100 000 lines, 3 batches
#        BENCH_SCALE=small bench/run.sh                    5 pairs, 2 000 files, 10 000 lines, 1 batch (~2 min)
# Needs bash 4+, GNU time (/usr/bin/time) and a JDK (javac, jar); works in a temporary folder it removes. The
# machine's load average is printed: on a busy machine read CPU seconds and peak RSS rather than wall times.
set -euo pipefail
cd "$(dirname "$0")/.."
case "${BENCH_SCALE:-full}" in
  full) pairs=11; files=20000; lines=100000; batches=3 ;;
  small) pairs=5; files=2000; lines=10000; batches=1 ;;
  *) echo "bench/run.sh: BENCH_SCALE is full or small" >&2; exit 2 ;;
esac
[ -x /usr/bin/time ] || { echo "bench/run.sh: needs GNU time (/usr/bin/time)" >&2; exit 2; }
./finsam-check --version >/dev/null # builds the jar and the class-data archive when needed
. scripts/java.sh
finsam_java # hello-world and the floor start on the JDK the launcher picks
jar=target/finsam-check.jar
work="$(mktemp -d)"; serve_pid=
trap 'rm -rf "$work"; [ -z "$serve_pid" ] || kill "$serve_pid" 2>/dev/null || true' EXIT
plan=testdata/samples/plan-2017-heby.yaml
load_before="$(cut -d ' ' -f 1 /proc/loadavg 2>/dev/null || echo ?)" # other work on the machine skews wall times

mkdir -p "$work/hw"
printf 'public class Hello { public static void main(String[] a) { System.out.println("hi"); } }\n' > "$work/hw/Hello.java"
javac --release 17 -d "$work/hw" "$work/hw/Hello.java"

# measure NAME COMMAND...: runs it once, output thrown away; appends "wall cpu rss_kib" to $work/NAME
measure() {
  local name="$1" start end; shift
  start=$EPOCHREALTIME
  /usr/bin/time -o "$work/time" -f '%U %S %M' "$@" >/dev/null 2>&1 || true
  end=$EPOCHREALTIME
  read -r user sys kb < <(tail -n 1 "$work/time")
  echo "$start $end $user $sys $kb" | awk '{printf "%.4f %.2f %d\n", $2 - $1, $3 + $4, $5}' >> "$work/$name"
}
# column N FILE: the median of column N
median() { awk -v c="$1" '{print $c}' "$2" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
peak() { awk 'BEGIN {m=0} $3>m {m=$3} END {printf "%d", m/1024}' "$@"; }
row() { printf '| %s | %s | %s | %s |\n' "$@" >> "$work/table"; }

# 1. one plan, cold, against hello-world, in turn (one warm-up pair first, not counted)
"$java_bin" -Xshare:auto -cp "$work/hw" Hello >/dev/null; ./finsam-check check "$plan" >/dev/null || true
for _ in $(seq "$pairs"); do
  measure hello "$java_bin" -Xshare:auto -cp "$work/hw" Hello
  measure plan ./finsam-check check "$plan"
done
paste -d ' ' "$work/plan" "$work/hello" | awk '{print $1 / $4}' > "$work/ratio"

# 1b. one plan, warm: the same check handed to a serve started once, here, in the repo folder (FINSAM_SERVER)
./finsam-check serve --port 0 >"$work/serve.out" 2>/dev/null &
serve_pid=$!
for _ in $(seq 120); do [ -s "$work/serve.out" ] && break; sleep 0.5; done
server="$(head -n 1 "$work/serve.out")"
FINSAM_SERVER="$server" ./finsam-check check "$plan" >/dev/null || true
for _ in $(seq "$pairs"); do
  measure hello3 "$java_bin" -Xshare:auto -cp "$work/hw" Hello
  measure warm env FINSAM_SERVER="$server" ./finsam-check check "$plan"
done
paste -d ' ' "$work/warm" "$work/hello3" | awk '{print $1 / $4}' > "$work/warm-ratio"
serve_mib=$(( $(awk '/VmHWM/ {print $2}' "/proc/$serve_pid/status" 2>/dev/null || echo 0) / 1024 )) # Linux only
kill "$serve_pid" 2>/dev/null || true; wait "$serve_pid" 2>/dev/null || true; serve_pid=

# 2. the floor: a JVM that only builds the rule base, started as the launcher starts a small run (AOT cache
# trained on exactly this, quick compiler only). No check that builds the rules at start can be faster.
floor=
if [ "${java_major:-0}" -ge 24 ] 2>/dev/null; then
  mkdir -p "$work/load"
  javac -cp "$jar" -d "$work/load" bench/RuleLoad.java
  (cd "$work/load" && jar cf ../load.jar RuleLoad.class) # an AOT cache takes jars only
  small=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xlog:disable)
  "$java_bin" -XX:AOTCacheOutput="$work/load.aot" "${small[@]}" -cp "$jar:$work/load.jar" RuleLoad parts >/dev/null 2>&1 # parts: the same build, and a session and a fire
  for _ in $(seq "$pairs"); do
    measure hello2 "$java_bin" -Xshare:auto -cp "$work/hw" Hello
    measure floor "$java_bin" -XX:AOTCache="$work/load.aot" "${small[@]}" -cp "$jar:$work/load.jar" RuleLoad
  done
  paste -d ' ' "$work/floor" "$work/hello2" | awk '{print $1 / $4}' > "$work/floor-ratio"
  # the floor by part (RuleLoad parts: "part wall cpu" lines, the CPU that of the thread that builds), then
  # the one-plan check's timeline: when the command asked for the preloaded rules and editions, and how long it
  # waited (-Dfinsam.timing, cli/Preload); bench.t0 gives the JVM's start its wall time
  for _ in $(seq "$pairs"); do
    "$java_bin" -XX:AOTCache="$work/load.aot" "${small[@]}" -Dbench.t0="${EPOCHREALTIME//[!0-9]/}000" \
      -cp "$jar:$work/load.jar" RuleLoad parts >> "$work/parts"
    FINSAM_JAVA_OPTS="${FINSAM_JAVA_OPTS:-} -Dfinsam.timing=true" ./finsam-check check "$plan" 2>&1 >/dev/null \
      | sed -n 's/^finsam-check timing: //p' >> "$work/timeline" || true
  done
  floor=yes
fi

# the launcher script's own work (finding the JDK, the stale check, the input's size): ./finsam-check with a
# stub java in a JDK home of the same version, 20 runs a sample
if [ -n "$java_major" ] && [ -z "${FINSAM_JAVA:-}" ]; then
  mkdir -p "$work/stub/bin"
  printf '#!/bin/sh\nexit 0\n' > "$work/stub/bin/java"; chmod +x "$work/stub/bin/java"
  printf 'JAVA_VERSION="%s"\n' "$java_major" > "$work/stub/release"
  for _ in $(seq "$pairs"); do
    measure launcher env JAVA_HOME="$work/stub" bash -c 'for _ in $(seq 20); do ./finsam-check check "$1"; done' - "$plan"
  done
fi

# 3. plan files in a folder, and plans as JSON lines
java -cp "$jar" bench/Generate.java folder "$files" "$work/plans"
java -cp "$jar" bench/Generate.java jsonl "$lines" "$work/plans.jsonl"
folder_mb=$(( $(du -sb "$work/plans" | cut -f 1) / 1048576 ))
lines_mb=$(( $(stat -c %s "$work/plans.jsonl") / 1048576 ))
for _ in $(seq "$batches"); do
  measure folder ./finsam-check check --format json "$work/plans"
  measure jsonl ./finsam-check check --format json "$work/plans.jsonl"
done
# every document was checked: the last run's report, once
./finsam-check check --format json "$work/plans" > "$work/out.json" || true
checked_files=$(grep -c '"source"' "$work/out.json" || true)
./finsam-check check --format json "$work/plans.jsonl" > "$work/out.json" || true
checked_lines=$(grep -c '"source"' "$work/out.json" || true)

rate() { awk -v n="$1" -v w="$2" 'BEGIN {printf "%d", n / w}'; }
s() { printf '%.3f s' "$1"; }
{
  echo "bench/run.sh, $(date -u '+%Y-%m-%d %H:%M UTC'), BENCH_SCALE=${BENCH_SCALE:-full}: $pairs pairs, $files files, $lines lines, $batches batch(es); FINSAM_JAVA_OPTS=${FINSAM_JAVA_OPTS:-(none)}"
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr), $("$java_bin" -version 2>&1 | head -n 1); load average $load_before at the start, $(cut -d ' ' -f 1 /proc/loadavg 2>/dev/null || echo ?) at the end"
  echo
  echo "| shape | result (median) | CPU user+sys (median) | peak RSS |"
  echo "|---|---|---|---|"
} > "$work/table"
row "JVM hello-world" "$(s "$(median 1 "$work/hello")")" "$(median 2 "$work/hello") s" "$(peak "$work/hello") MiB"
row "one plan, cold (\`./finsam-check check\`)" \
  "$(s "$(median 1 "$work/plan")"), **$(printf '%.1f' "$(median 1 "$work/ratio")")×** hello-world (pairs $(sort -g "$work/ratio" | head -n 1 | xargs printf '%.1f')–$(sort -g "$work/ratio" | tail -n 1 | xargs printf '%.1f')×)" \
  "$(median 2 "$work/plan") s" "$(peak "$work/plan") MiB"
row "one plan, warm (check handed to a running serve)" \
  "$(s "$(median 1 "$work/warm")"), **$(printf '%.1f' "$(median 1 "$work/warm-ratio")")×** hello-world (pairs $(sort -g "$work/warm-ratio" | head -n 1 | xargs printf '%.1f')–$(sort -g "$work/warm-ratio" | tail -n 1 | xargs printf '%.1f')×)" \
  "$(median 2 "$work/warm") s" "$(peak "$work/warm") MiB (serve: $serve_mib MiB)"
if [ -n "$floor" ]; then
  row "floor: JVM + rule base only (AOT cache)" \
    "$(s "$(median 1 "$work/floor")"), $(printf '%.1f' "$(median 1 "$work/floor-ratio")")× hello-world" \
    "$(median 2 "$work/floor") s" "$(peak "$work/floor") MiB"
fi
# med: the median of the numbers on stdin, rounded to DIGITS (default 0)
med() { sort -g | awk -v d="${1:-0}" '{a[NR]=$1} END {printf "%.*f", d, (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
if [ -n "$floor" ]; then
  part() { awk -v p="$1" '$1 == p {print $3 * 1000}' "$work/parts" | med; }
  # at WHAT FIELD: the median of the number after FIELD in the timeline's lines on WHAT
  at() { grep "^$1 " "$work/timeline" | sed -n "s/.*$2 \([0-9.]*\) ms.*/\1/p" | med; }
  row "floor, by part (CPU ms of the thread that builds the rules)" \
    "JVM start $(part jvm) · classes $(part classes) · model $(part model) · KieBase $(part kiebase) · session $(part session) · first fire $(part fire)" \
    "$(part parts) ms (all but the JVM's start)" ""
  row "one plan, timeline (wall ms after main)" \
    "rules built in $(at rules 'built in'), ready at $(at rules ready), asked for at $(at rules 'asked for'), waited for $(at rules waited) · editions ready at $(at editions ready), waited for $(at editions waited)" "" ""
  # mark STAGE: the median of when the check first reached it (se.finsam.check.Timeline: "STAGE N ms after main")
  mark() { sed -n "s/^$1 \([0-9.]*\) ms after main.*/\1/p" "$work/timeline" | med 1; }
  row "one plan, after the rules (wall ms after main)" \
    "output opened $(mark 'output opened') · read $(mark read) · facts $(mark facts) · fired $(mark 'rules fired') · findings $(mark findings) · inputs checked $(mark 'inputs checked') · written $(mark 'output written') · end of main $(mark 'end of main'), $(sed -n 's/^end of main .*, \([0-9]*\) ms after the JVM started/\1/p' "$work/timeline" | med) after the JVM's start" "" ""
fi
[ -f "$work/launcher" ] && row "launcher script alone (stub java)" "$(awk '{print $1 / 20 * 1000}' "$work/launcher" | med 1) ms" \
  "$(awk '{print $2 / 20 * 1000}' "$work/launcher" | med 1) ms" ""
row "$files plan files in a folder ($folder_mb MiB), $checked_files checked" \
  "**$(rate "$files" "$(median 1 "$work/folder")") docs/s** ($(s "$(median 1 "$work/folder")"))" \
  "$(median 2 "$work/folder") s" "$(peak "$work/folder") MiB"
row "$lines plans as JSON lines ($lines_mb MiB), $checked_lines checked" \
  "**$(rate "$lines" "$(median 1 "$work/jsonl")") docs/s** ($(s "$(median 1 "$work/jsonl")"))" \
  "$(median 2 "$work/jsonl") s" "$(peak "$work/jsonl") MiB"
row "peak memory of any run above" "" "" "**$(peak "$work/plan" "$work/folder" "$work/jsonl") MiB**"
# 4. Spectral (@stoplight/spectral-cli, the JSON/YAML linter a CI would otherwise use) with bench/spectral's ruleset:
# the same six core rules, over plan files of their own (2 000; small: 200), in turn with finsam-check over the same
# files (--format json). Installed once with npm into the user's cache (bench/spectral/install.sh); without npm the
# row says so. Spectral lints the folder by glob in one process and names each file it lints (-v): those are counted.
spectral_files=$(( files / 10 ))
spectral="$(bench/spectral/install.sh 2>"$work/spectral-install")" && installed=0 || installed=$?
if [ "$installed" = 0 ]; then
  java -cp "$jar" bench/Generate.java folder "$spectral_files" "$work/spectral-plans"
  for _ in $(seq "$batches"); do
    measure spectral bash -c '"$1" lint -v -f json -o "$2.json" -r bench/spectral/.spectral.yaml "$3/*.yaml" > "$2.log"' \
      - "$spectral" "$work/spectral-out" "$work/spectral-plans"
    measure spectral-finsam ./finsam-check check --format json "$work/spectral-plans"
  done
  # the ratios of wall time (docs/s) and of CPU seconds, pair by pair: Spectral runs on one core, finsam-check on all
  paste -d ' ' "$work/spectral" "$work/spectral-finsam" | awk '{print $1 / $4, $2 / $5}' > "$work/spectral-ratio"
  linted=$(grep -c '^Linting ' "$work/spectral-out.log" || true)
  ./finsam-check check --format json "$work/spectral-plans" > "$work/out.json" || true
  checked_spectral=$(grep -c '"source"' "$work/out.json" || true)
  if [ "$linted" = 0 ]; then # a row from a run that linted nothing would compare with nothing
    echo "bench/run.sh: Spectral linted no file; its log:" >&2; head -n 20 "$work/spectral-out.log" >&2
    row "Spectral, the same six core rules (\`bench/spectral\`)" "not measured: it linted no file" "" ""
  else
    row "Spectral $("$spectral" --version), the same six core rules (\`bench/spectral\`): $spectral_files plan files, $linted linted" \
      "**$(rate "$spectral_files" "$(median 1 "$work/spectral")") docs/s** ($(s "$(median 1 "$work/spectral")"))" \
      "$(median 2 "$work/spectral") s" "$(peak "$work/spectral") MiB"
    row "finsam-check, all its rules, on the same $spectral_files files, $checked_spectral checked" \
      "$(rate "$spectral_files" "$(median 1 "$work/spectral-finsam")") docs/s, **$(printf '%.0f' "$(median 1 "$work/spectral-ratio")")×** Spectral (CPU seconds: $(printf '%.0f' "$(median 2 "$work/spectral-ratio")")×)" \
      "$(median 2 "$work/spectral-finsam") s" "$(peak "$work/spectral-finsam") MiB"
  fi
else
  [ "$installed" = 3 ] && reason="npm not found" || { reason="its npm install failed"; cat "$work/spectral-install" >&2; }
  row "Spectral, the same six core rules (\`bench/spectral\`)" "not measured: $reason" "" ""
fi
cat "$work/table"
