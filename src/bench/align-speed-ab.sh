#!/bin/bash
# Side-by-side speed of several builds of `parallax align --presegmented` (a command, not a test) on the synthetic
# scaling input of SIZE segments (made by make-scaling-input.py if missing): command-speed-ab.sh with that input.
#
# Usage: src/bench/align-speed-ab.sh ROUNDS SIZE JAR...     e.g. 7 10000 /tmp/before.jar target/parallax.jar
set -eu
cd "$(dirname "$0")/../.."
ROUNDS=$1; SIZE=$2; shift 2
WORK=${WORK:-target/bench}
mkdir -p "$WORK"
[ -s "$WORK/src.$SIZE" ] || python3 src/bench/make-scaling-input.py "$SIZE" "$WORK/src.$SIZE" "$WORK/tgt.$SIZE"
echo "== $SIZE x $(wc -l < "$WORK/tgt.$SIZE") segments"
exec src/bench/command-speed-ab.sh "$ROUNDS" "$@" -- align "$WORK/src.$SIZE" "$WORK/tgt.$SIZE" --presegmented
