#!/bin/bash
# Side-by-side speed of two builds of `parallax align --presegmented` (a command, not a test): runs the jars in
# turn, ROUNDS rounds, on the synthetic scaling input of SIZE segments, and prints every run's wall time, user CPU
# and max RSS (/usr/bin/time) and the medians. Alternating in one run is what makes a comparison fair on a
# machine shared with other work; the load average is printed at the start and the end.
#
# Usage: src/bench/align-speed-ab.sh ROUNDS SIZE JAR...     e.g. 7 10000 /tmp/before.jar target/parallax.jar
set -eu
cd "$(dirname "$0")/../.."
ROUNDS=$1; SIZE=$2; shift 2
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
WORK=${WORK:-target/bench}
mkdir -p "$WORK"
[ -s "$WORK/src.$SIZE" ] || python3 src/bench/make-scaling-input.py "$SIZE" "$WORK/src.$SIZE" "$WORK/tgt.$SIZE"
median() { tr ' ' '\n' | grep . | sort -g | awk '{v[NR] = $1} END {print NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
echo "== $(nproc) cores, $($JAVA -version 2>&1 | head -1), $SIZE x $(wc -l < "$WORK/tgt.$SIZE") segments, load $(cut -d' ' -f1-3 /proc/loadavg)"
declare -A walls users rss
for round in $(seq "$ROUNDS"); do
    for jar in "$@"; do
        /usr/bin/time -f '%e %U %M' -o "$WORK/ab-time.txt" "$JAVA" -Xmx2g -jar "$jar" align "$WORK/src.$SIZE" "$WORK/tgt.$SIZE" \
            --presegmented > "$WORK/ab-out.txt"
        read -r wall user kb < "$WORK/ab-time.txt"
        walls[$jar]+="$wall "; users[$jar]+="$user "; rss[$jar]+="$((kb / 1024)) "
    done
done
for jar in "$@"; do
    echo "$jar"
    echo "  wall s   ${walls[$jar]}  median $(echo "${walls[$jar]}" | median)"
    echo "  user s   ${users[$jar]}  median $(echo "${users[$jar]}" | median)"
    echo "  RSS MB   ${rss[$jar]}  median $(echo "${rss[$jar]}" | median)"
done
echo "== load at the end $(cut -d' ' -f1-3 /proc/loadavg)"
