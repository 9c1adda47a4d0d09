#!/bin/sh
# Benchmark (a command, not a test): does a lexicon learned from approved beads help a later alignment?
# Gold beads of one document are treated as approved, learned from (LexiconLearner.APPROVED), and another
# document is aligned with and without the learned lexicon; strict F1 by shared/eval/score.py.
# With --50k: instead, the time to learn from a 50,000-bead approved alignment in an H2 file database.
# Usage: src/bench/lexicon-bench.sh [--50k]  (from anywhere; JAVA_OPTS="-Dthreshold=0.5 -DminCount=2" to try other settings)
set -eu
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
EVAL=$(cd "$ROOT/../shared/eval" && pwd)
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
WORK=${WORK:-$ROOT/target/bench-lexicon}
mkdir -p "$WORK"
./mvnw -q -o test-compile
[ -s target/test-cp.txt ] || ./mvnw -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-cp.txt
CP="target/test-classes:target/classes:$(cat target/test-cp.txt)"
if [ "${1:-}" = "--50k" ]; then
    exec "$JAVA" -Xmx2g ${JAVA_OPTS:-} -Dparallax.shared="$ROOT/../shared" -cp "$CP" org.parallax.lexicon.LexiconBenchmark
fi
"$JAVA" -Xmx2g ${JAVA_OPTS:-} -Dparallax.shared="$ROOT/../shared" -cp "$CP" org.parallax.core.align.LearnedLexiconBenchmark "$WORK"
echo
echo "== score.py (strict P / R / F1)"
for gold in "$WORK"/*.gold; do
    name=$(basename "$gold" .gold)
    for run in without with; do
        printf '%-34s %-8s %s\n' "$name" "$run" "$(python3 "$EVAL/score.py" -g "$gold" -t "$WORK/$name.$run" --json 2>/dev/null \
            | python3 -c 'import json,sys; s=json.load(sys.stdin)["vecalign"]; print("P %.4f  R %.4f  F1 %.4f" % (s["precision_strict"], s["recall_strict"], s["f1_strict"]))')"
    done
done
for folds in 4 8; do
    echo "== Text+Berg, $folds folds micro-averaged (each learned from the other folds)"
    for run in without with; do
        printf '%-34s %-8s %s\n' "textberg $folds folds" "$run" "$(python3 "$EVAL/score.py" \
            -g "$WORK"/textberg-fold*of$folds-from-rest.gold -t "$WORK"/textberg-fold*of$folds-from-rest.$run --json 2>/dev/null \
            | python3 -c 'import json,sys; s=json.load(sys.stdin)["vecalign"]; print("P %.4f  R %.4f  F1 %.4f" % (s["precision_strict"], s["recall_strict"], s["f1_strict"]))')"
    done
done
