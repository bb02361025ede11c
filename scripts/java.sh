# Sourced by ./finsam-check and bench/run.sh: which java runs finsam-check.

# The major version of the JDK at a home, from its release file: no JVM start needed.
release_major() { sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null || true; }

# FINSAM_JAVA if set; else the newest JDK 24+ installed, whose AOT cache starts a check faster than AppCDS does
# on 17 (measured); else the java on PATH.
finsam_java() {
  if [ -n "${FINSAM_JAVA:-}" ]; then
    echo "$FINSAM_JAVA"; return
  fi
  local java=java newest=23 home v
  for home in ${JAVA_HOME:+"$JAVA_HOME"} /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    v="$(release_major "$home")"
    if [ -x "$home/bin/java" ] && [ "${v:-0}" -gt "$newest" ]; then
      newest="$v"; java="$home/bin/java"
    fi
  done
  echo "$java"
}
