# shellcheck shell=sh
# Finds a JDK 25 or newer and exports JAVA_HOME pointing at it.
# Sourced by ./mvnw, bin/sched4j and .ci/run; run it directly to see which JDK is chosen.
#
# Order: $JAVA_HOME if it holds a JDK 25+, else the newest JDK 25+ under /usr/lib/jvm
# (or under the folders listed in $SCHED4J_JDK_DIRS), else an error naming what was found.

sched4j_java_major() {
  # Prints the feature version (17, 21, 25, ...) of the java launcher given as $1, or nothing.
  "$1" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

sched4j_find_jdk() {
  sched4j_required=25
  sched4j_seen=""
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    sched4j_major=$(sched4j_java_major "$JAVA_HOME/bin/java")
    if [ -n "$sched4j_major" ] && [ "$sched4j_major" -ge "$sched4j_required" ]; then
      export JAVA_HOME
      return 0
    fi
    sched4j_seen="JAVA_HOME=$JAVA_HOME (Java ${sched4j_major:-unknown})"
  fi
  sched4j_best=""
  sched4j_best_major=0
  case $- in *f*) sched4j_restore_noglob=1; set +f ;; *) sched4j_restore_noglob=0 ;; esac
  for sched4j_dir in ${SCHED4J_JDK_DIRS:-/usr/lib/jvm}; do
    for sched4j_home in "$sched4j_dir"/*; do
      [ -x "$sched4j_home/bin/javac" ] || continue
      sched4j_major=$(sched4j_java_major "$sched4j_home/bin/java")
      [ -n "$sched4j_major" ] || continue
      sched4j_seen="$sched4j_seen${sched4j_seen:+, }$sched4j_home (Java $sched4j_major)"
      if [ "$sched4j_major" -ge "$sched4j_required" ] && [ "$sched4j_major" -gt "$sched4j_best_major" ]; then
        sched4j_best=$sched4j_home
        sched4j_best_major=$sched4j_major
      fi
    done
  done
  [ "$sched4j_restore_noglob" = 1 ] && set -f
  if [ -n "$sched4j_best" ]; then
    JAVA_HOME=$sched4j_best
    export JAVA_HOME
    return 0
  fi
  echo "sched4j needs a JDK $sched4j_required or newer, and none was found." >&2
  echo "  looked at: \$JAVA_HOME, then ${SCHED4J_JDK_DIRS:-/usr/lib/jvm}" >&2
  echo "  found: ${sched4j_seen:-no JDK at all}" >&2
  echo "  fix: install a JDK $sched4j_required+ (e.g. Eclipse Temurin 25) and set JAVA_HOME to it." >&2
  return 1
}

if [ "$(basename -- "$0")" = "jdk25.sh" ]; then
  sched4j_find_jdk && echo "$JAVA_HOME"
fi
