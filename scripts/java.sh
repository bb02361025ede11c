# Sourced by ./finsam-check and bench/run.sh: which java runs finsam-check. Plain bash without subshells or
# helper processes: each fork costs milliseconds of a start-up that should feel instant.

# Sets major to the major version of the JDK at a home, from its release file (no JVM start); empty if unknown.
release_major() {
  local line
  major=
  [ -r "$1/release" ] || return 0
  while IFS= read -r line; do
    case "$line" in
      JAVA_VERSION=*)
        line="${line#JAVA_VERSION=\"}"
        major="${line%%[!0-9]*}"
        return 0 ;;
    esac
  done < "$1/release"
}

# Sets java_bin and java_major: FINSAM_JAVA if set; else the newest JDK 24+ installed, whose AOT cache starts a
# check faster than AppCDS does on 17 (measured); else the java on PATH. java_major is empty when it is unknown.
finsam_java() {
  local home newest=23 path link
  java_bin=java
  java_major=
  if [ -n "${FINSAM_JAVA:-}" ]; then
    java_bin="$FINSAM_JAVA"
  else
    for home in ${JAVA_HOME:+"$JAVA_HOME"} /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
      release_major "$home"
      if [ -x "$home/bin/java" ] && [ "${major:-0}" -gt "$newest" ]; then
        newest="$major"; java_bin="$home/bin/java"; java_major="$major"
      fi
    done
    [ -n "$java_major" ] && return 0
  fi
  # the home of a java named by path or found on PATH, through its symbolic links (/usr/bin/java → …); without GNU
  # readlink -f (macOS before 12.3) one link at a time
  path="$(command -v "$java_bin" || true)"
  [ -n "$path" ] || return 0
  if ! link="$(readlink -f "$path" 2>/dev/null)"; then
    link="$path"
    while [ -L "$link" ]; do
      case "$(readlink "$link")" in
        /*) link="$(readlink "$link")" ;;
        *) link="${link%/*}/$(readlink "$link")" ;;
      esac
    done
  fi
  path="$link"
  release_major "${path%/bin/java}"
  java_major="$major"
}
