#!/bin/bash
# Side-by-side speed of any `java -jar JAR ARGS...` command for several builds (a command, not a test): runs the
# jars in turn, ROUNDS rounds, and prints every run's wall time, user CPU and max RSS (/usr/bin/time) and the
# medians, with the load average at the start and the end. Alternating in one run is what makes a comparison fair
# on a machine shared with other work. For start-up costs (e.g. `help`, `segment FILE`) where
# align-speed-ab.sh's 10k input would hide them. Output of the command goes to $WORK/cmd-out.txt.
#
# Usage: src/bench/command-speed-ab.sh ROUNDS JAR... -- ARGS...   e.g. 15 /tmp/before.jar target/parallax.jar -- help
set -eu
cd "$(dirname "$0")/../.."
ROUNDS=$1; shift
JARS=()
while [ "$1" != "--" ]; do JARS+=("$1"); shift; done
shift
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
WORK=${WORK:-target/bench}
mkdir -p "$WORK"
median() { tr ' ' '\n' | grep . | sort -g | awk '{v[NR] = $1} END {print NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
echo "== $(nproc) cores, $($JAVA -version 2>&1 | head -1), args: $*, load $(cut -d' ' -f1-3 /proc/loadavg)"
declare -A walls users rss
for round in $(seq "$ROUNDS"); do
    for jar in "${JARS[@]}"; do
        /usr/bin/time -f '%e %U %M' -o "$WORK/cmd-time.txt" "$JAVA" -Xmx2g -jar "$jar" "$@" > "$WORK/cmd-out.txt" || true
        read -r wall user kb < "$WORK/cmd-time.txt"
        walls[$jar]+="$wall "; users[$jar]+="$user "; rss[$jar]+="$((kb / 1024)) "
    done
done
for jar in "${JARS[@]}"; do
    echo "$jar"
    echo "  wall s   ${walls[$jar]}  median $(echo "${walls[$jar]}" | median)"
    echo "  user s   ${users[$jar]}  median $(echo "${users[$jar]}" | median)"
    echo "  RSS MB   ${rss[$jar]}  median $(echo "${rss[$jar]}" | median)"
done
echo "== load at the end $(cut -d' ' -f1-3 /proc/loadavg)"
