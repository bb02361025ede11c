#!/usr/bin/env bash
# Checks the launcher as users run it (CI runs this after the build): stdout holds only the program's output,
# whatever the archive and the JVM options, and the exit status is the program's; it runs through symbolic links and
# from any folder; the jar runs alone with java -jar, copied anywhere; the zip unpacked runs through its launcher.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
plan=testdata/samples/plan-2017-heby.yaml
version="$(sed -n 's|^  <version>\(.*\)</version>$|\1|p' pom.xml | head -n 1)"
failures=0
tmp="$(mktemp -d)"
serve_pid=
trap 'rm -rf "$tmp"; [ -z "$serve_pid" ] || kill "$serve_pid" 2>/dev/null || true' EXIT
mkdir -p "$tmp/elsewhere"

fail() { echo "launcher-test: $*" >&2; failures=$((failures + 1)); }

# expect STATUS DESCRIPTION COMMAND...: the command exits with STATUS and its stdout starts as the format says
expect() {
  local want="$1" what="$2" out status=0
  shift 2
  out="$("$@" 2>/dev/null)" || status=$?
  [ "$status" -eq "$want" ] || fail "$what: exit status $status, expected $want"
  case "$what" in
    json*) [ "${out:0:1}" = "{" ] || fail "$what: stdout does not start with the JSON report: ${out:0:80}" ;;
    version*) [ "$out" = "finsam-check $version" ] || fail "$what: stdout is not the version line: ${out:0:80}" ;;
    text*) [ "$out" = "$(cat src/test/resources/golden/plan-2017-heby.text)" ] \
      || fail "$what: stdout is not the golden text report: ${out:0:80}" ;;
  esac
}

# inside DIR COMMAND...: runs the command in another folder
inside() { local dir="$1"; shift; (cd "$dir" && "$@"); }

expect 0 "version" ./finsam-check --version
expect 1 "json report of a plan with findings" ./finsam-check check --format json "$plan"
expect 1 "json, no archive" env FINSAM_CDS=off ./finsam-check check --format json "$plan"
expect 1 "json, a collector of the user's" env FINSAM_JAVA_OPTS=-XX:+UseG1GC ./finsam-check check --format json "$plan"
expect 1 "json, a heap limit of the user's" env FINSAM_JAVA_OPTS=-Xmx256m ./finsam-check check --format json "$plan"
expect 2 "usage error" ./finsam-check check --format nosuch "$plan"

# The JVM options the launcher decides, seen by a stand-in java that prints them: the heap capped on every path (the
# user's cap after ours, so that it wins), the quick compiler up to 192 MiB of input by its bytes – a sparse file
# takes no disk blocks but is large – and the optimising one beyond.
cat > "$tmp/java" <<'FAKE'
#!/bin/sh
echo "$*"
FAKE
chmod +x "$tmp/java"
truncate -s 150M "$tmp/mid.jsonl"
truncate -s 250M "$tmp/sparse.jsonl"
# options WHAT WANT UNWANTED COMMAND...: the java command the launcher runs holds WANT (a pattern) and not UNWANTED
options() {
  local what="$1" want="$2" unwanted="$3" line
  shift 3
  line="$(env FINSAM_JAVA="$tmp/java" FINSAM_CDS=off "$@" 2>/dev/null | tail -n 1)"
  case "$line" in *$want*) ;; *) fail "$what: not $want in: $line" ;; esac
  if [ -n "$unwanted" ]; then
    case "$line" in *$unwanted*) fail "$what: $unwanted in: $line" ;; esac
  fi
}
options "one plan: heap capped" "-Xmx512m -Xms128m" "" ./finsam-check check "$plan"
options "one plan: quick compiler, serial collector" "-XX:TieredStopAtLevel=1 -XX:-UsePerfData -XX:+UseSerialGC" "" \
  ./finsam-check check "$plan"
options "150 MiB of bytes: the quick compiler" "-XX:TieredStopAtLevel=1" "" ./finsam-check check "$tmp/mid.jsonl"
options "250 MiB of bytes: the optimising compiler" "-XX:+UseSerialGC -Xmx512m" "TieredStopAtLevel" \
  ./finsam-check check "$tmp/sparse.jsonl"
options "the user's heap cap after ours" "-Xmx512m -Xms128m -Xmx2g" "" env FINSAM_JAVA_OPTS=-Xmx2g ./finsam-check check "$plan"
options "the user's collector instead of ours" "-XX:+UseG1GC" "UseSerialGC" \
  env FINSAM_JAVA_OPTS=-XX:+UseG1GC ./finsam-check check "$plan"

# Through symbolic links on PATH (a relative link to an absolute one) and from another folder.
mkdir -p "$tmp/bin" "$tmp/links"
ln -s "$root/finsam-check" "$tmp/links/finsam-check"
ln -s ../links/finsam-check "$tmp/bin/finsam-check"
expect 0 "version through a symlink on PATH" inside "$tmp/elsewhere" env PATH="$tmp/bin:$PATH" finsam-check --version
expect 1 "json through a symlink on PATH, from another folder" \
  inside "$tmp/elsewhere" env PATH="$tmp/bin:$PATH" finsam-check check --format json "$root/$plan"
expect 1 "json through a relative symlink" inside "$tmp/bin" ./finsam-check check --format json "$root/$plan"
expect 1 "json by absolute path from another folder" inside "$tmp/elsewhere" "$root/finsam-check" check --format json "$root/$plan"

# The jar runs alone: in place, and copied by itself into an empty folder (a self-contained jar).
expect 0 "version of java -jar target/finsam-check.jar" java -jar target/finsam-check.jar --version
mkdir -p "$tmp/alone"
cp target/finsam-check.jar "$tmp/alone/"
expect 1 "json of a copy of the jar, from another folder" \
  inside "$tmp/elsewhere" java -jar "$tmp/alone/finsam-check.jar" check --format json "$root/$plan"
expect 1 "text of a copy of the jar, as the golden file" java -jar "$tmp/alone/finsam-check.jar" check "$plan"

# The zip for an office PC, unpacked (keeping the files' modes) and run through its POSIX launcher.
zip="target/finsam-check-$version.zip"
unpack() {
  if command -v unzip >/dev/null; then
    unzip -q "$1" -d "$2"
  elif command -v python3 >/dev/null; then
    python3 -c 'import os, sys, zipfile
for i in zipfile.ZipFile(sys.argv[1]).infolist():
    p = zipfile.ZipFile(sys.argv[1]).extract(i, sys.argv[2])
    if i.external_attr >> 16: os.chmod(p, (i.external_attr >> 16) & 0o7777)' "$1" "$2"
  else # jar keeps no modes: the launcher's is then not checked
    (cd "$2" && jar xf "$root/$1") && chmod +x "$2/finsam-check-$version/finsam-check"
  fi
}
if [ ! -f "$zip" ]; then
  fail "$zip: not made by mvn package"
else
  mkdir -p "$tmp/zip"
  unpack "$zip" "$tmp/zip"
  unpacked="$tmp/zip/finsam-check-$version"
  for f in finsam-check.jar finsam-check finsam-check.cmd scripts/java.sh README.txt; do
    [ -f "$unpacked/$f" ] || fail "zip: no $f"
  done
  [ -x "$unpacked/finsam-check" ] || fail "zip: the launcher is not executable"
  expect 0 "version of the unpacked zip's launcher" inside "$tmp/elsewhere" "$unpacked/finsam-check" --version
  expect 1 "json of the unpacked zip's launcher, from another folder" \
    inside "$tmp/elsewhere" "$unpacked/finsam-check" check --format json "$root/$plan"
  expect 1 "json of the unpacked zip's launcher, no archive" \
    inside "$tmp/elsewhere" env FINSAM_CDS=off "$unpacked/finsam-check" check --format json "$root/$plan"
  ln -s "$unpacked/finsam-check" "$tmp/bin/finsam-check-zip"
  expect 1 "json of the unpacked zip's launcher through a symlink on PATH" \
    inside "$tmp/elsewhere" env PATH="$tmp/bin:$PATH" finsam-check-zip check --format json "$root/$plan"
  archived=false
  for f in "$unpacked"/finsam-check-*.aot "$unpacked"/finsam-check-*.jsa; do
    [ -f "$f" ] && archived=true
  done
  [ "$archived" = true ] || fail "zip: the launcher made no class-data archive beside the jar"
  err="$(inside "$tmp/elsewhere" "$unpacked/finsam-check" check "$root/$plan" 2>&1 >/dev/null || true)"
  [ -z "$err" ] || fail "zip: the launcher wrote to stderr: ${err:0:200}"
fi

# The warm path: a check handed to a running serve (FINSAM_SERVER) writes what a cold one writes, stdout, stderr and
# exit status; its client loads no class of the rule engine. From another folder the server declines, and the check
# runs cold all the same.
./finsam-check serve --port 0 >"$tmp/serve.out" 2>"$tmp/serve.err" &
serve_pid=$!
for _ in $(seq 120); do
  [ -s "$tmp/serve.out" ] && break
  sleep 0.5
done
server="$(head -n 1 "$tmp/serve.out")"
if [ -z "$server" ]; then
  fail "serve printed no address: $(cat "$tmp/serve.err")"
else
  # same WHAT ARGS...: check ARGS (in the folder given by $in) warm and cold, compared
  same() {
    local what="$1" ws=0 cs=0
    shift
    (cd "$in" && env FINSAM_SERVER="$server" FINSAM_JAVA_OPTS="-Xlog:class+load=info:file=$tmp/classes.log" \
      "$root/finsam-check" check "$@" >"$tmp/warm.out" 2>"$tmp/warm.err") || ws=$?
    (cd "$in" && env -u FINSAM_SERVER "$root/finsam-check" check "$@" >"$tmp/cold.out" 2>"$tmp/cold.err") || cs=$?
    [ "$ws" -eq "$cs" ] || fail "warm $what: exit status $ws, cold $cs"
    cmp -s "$tmp/warm.out" "$tmp/cold.out" || fail "warm $what: stdout differs from the cold run's"
    cmp -s "$tmp/warm.err" "$tmp/cold.err" || fail "warm $what: stderr differs from the cold run's"
  }
  in="$root"
  same "text of a plan" "$plan"
  grep -q "org.drools" "$tmp/classes.log" && fail "warm text of a plan: the client loaded the rule engine (ran cold)"
  same "json of a folder" --format json testdata/samples
  same "an unreadable input" "$tmp/sparse.jsonl.absent" "$plan"
  same "usage error" --format nosuch "$plan"
  in="$tmp/elsewhere"
  same "from another folder (declined)" --format json "$root/$plan"
  grep -q "org.drools" "$tmp/classes.log" || fail "warm from another folder: not declined"
fi
kill "$serve_pid" 2>/dev/null || true
wait "$serve_pid" 2>/dev/null || true
serve_pid=

if [ "$failures" -gt 0 ]; then
  exit 1
fi
echo "launcher-test: all passed"
