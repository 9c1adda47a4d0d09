#!/bin/sh
# Benchmark of `parallax align` (a command, not a test): strict F1 on shared/eval (public sets and
# Text+Berg dev) next to the Gale-Church baseline, then scaling runs on synthetic presegmented inputs
# (10k, 100k, 1M verse pairs) with wall time and max RSS from /usr/bin/time -v, and Gale-Church (python,
# shared/eval/gale_church.py) at 10k for comparison. Raw mode: the import pipeline segments the raw texts
# (--write-segments), run_eval.py --raw projects the beads onto the gold and prints the oracle of that
# segmentation; once ignoring paragraphs (the default) and once with --paragraphs first. Paragraph-first on the
# 10k scaling input with synthetic paragraphs (make-scaling-input.py --paragraphs). Rebuilt held-out-like sets
# (udhr-proxy.py, bible-perturb.py) for language pairs and perturbations the public sets lack; long texts built from
# them (long-texts.py) for the banded search, with passages left out and lines inserted.
#
# Usage: src/bench/align-bench.sh [--no-1m]        (from anywhere; run on an otherwise idle machine)
set -eu
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
EVAL=$(cd "$ROOT/../shared/eval" && pwd)
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
WORK=${WORK:-$ROOT/target/bench}
mkdir -p "$WORK"

./mvnw -q -o compile
if [ ! -s target/cp.txt ]; then
    ./mvnw -q -o org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.outputFile=target/cp.txt
fi
CP="$ROOT/target/classes:$(cat target/cp.txt)"
ALIGN="$JAVA -Xmx2g -cp $CP org.parallax.Parallax align"

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== java: $($JAVA -version 2>&1 | head -1)"

for method in standard gale-church; do
    echo
    echo "== public sets, segment mode, --method $method"
    (cd "$EVAL" && python3 run_eval.py public --json "$WORK/public-$method.json" \
        --cmd "$ALIGN {src} {tgt} --presegmented --source-lang {src_lang} --target-lang {tgt_lang} --method $method > {out}")
    echo "== textberg-dev (de-fr), --method $method"
    $ALIGN "$EVAL/textberg-dev/dev.de" "$EVAL/textberg-dev/dev.fr" --presegmented --source-lang de --target-lang fr \
        --method $method > "$WORK/textberg-$method.txt"
    python3 "$EVAL/score.py" -g "$EVAL/textberg-dev/dev.defr" -t "$WORK/textberg-$method.txt" 2>/dev/null | sed -n 2,5p
done
echo
echo "== confidence calibration (public sets + textberg-dev, --method standard)"
python3 src/bench/calibration.py -cp "$CP" org.parallax.Parallax
for paragraphs in ignore first; do
    echo
    echo "== public sets, raw mode (own segmentation, projected on the gold), --paragraphs $paragraphs"
    (cd "$EVAL" && python3 run_eval.py public --raw --json "$WORK/public-raw-$paragraphs.json" \
        --cmd "$ALIGN {src_raw} {tgt_raw} --source-lang {src_lang} --target-lang {tgt_lang} --paragraphs $paragraphs --write-segments {out_src} {out_tgt} > {out}")
done
echo
echo "== rebuilt held-out-like sets, segment mode: UDHR en-ru/fr/es/uk/pl/zh from shared/texts (udhr-proxy.py),"
echo "   and the four natural Bible sets perturbed with 8 other seeds (bible-perturb.py); both scripts first rebuild"
echo "   the matching public sets exactly"
python3 src/bench/udhr-proxy.py "$WORK/udhr-proxy" > /dev/null
python3 src/bench/bible-perturb.py "$WORK/perturbed" s1 s2 s3 s4 s5 s6 s7 s8 > /dev/null
for sets in udhr-proxy perturbed; do
    (cd "$EVAL" && python3 run_eval.py "$WORK/$sets" \
        --cmd "$ALIGN {src} {tgt} --presegmented --source-lang {src_lang} --target-lang {tgt_lang} > {out}" | grep "^ALL" | sed "s|^|$sets  |")
done
echo
echo "== long texts for the banded search (long-texts.py): the 16 perturbed Bible sets of a version pair one after the"
echo "   other, again with passages left out of the translation and unrelated lines inserted, and Text+Berg x5"
python3 src/bench/long-texts.py "$WORK/long" "$WORK/perturbed" > /dev/null
(cd "$EVAL" && python3 run_eval.py "$WORK/long" \
    --cmd "$ALIGN {src} {tgt} --presegmented --source-lang {src_lang} --target-lang {tgt_lang} > {out}" 2>/dev/null | grep -v "^outputs")
echo
echo "== public sets, python gale_church.py (published parameters)"
(cd "$EVAL" && python3 run_eval.py public --cmd 'python3 gale_church.py {src} {tgt} -o {out}' | tail -1)

measure() { # label, command...: prints wall seconds and max RSS
    label=$1; shift
    /usr/bin/time -v "$@" > "$WORK/out.txt" 2> "$WORK/time.txt" || { echo "$label: FAILED: $(grep -m1 -v "^\s" "$WORK/time.txt" | cut -c1-200)"; return 0; }
    wall=$(grep 'Elapsed (wall clock)' "$WORK/time.txt" | awk '{print $NF}')
    rss=$(grep 'Maximum resident set size' "$WORK/time.txt" | awk '{print $NF}')
    user=$(grep 'User time' "$WORK/time.txt" | awk '{print $NF}')
    printf '%-40s wall %8s  user %7s s  max RSS %6d MB  beads %d' "$label" "$wall" "$user" $((rss / 1024)) "$(wc -l < "$WORK/out.txt")"
    if [ -n "${SIZE:-}" ]; then
        printf '  precision %s' "$(python3 src/bench/make-scaling-input.py --score "$SIZE" "$WORK/out.txt")"
    fi
    printf '\n'
}

echo
echo "== scaling (presegmented, end to end: process start to last bead)"
sizes="10000 100000 1000000"
[ "${1:-}" = "--no-1m" ] && sizes="10000 100000"
for n in $sizes; do
    SIZE=$n
    [ -s "$WORK/src.$n" ] || python3 src/bench/make-scaling-input.py "$n" "$WORK/src.$n" "$WORK/tgt.$n"
    measure "parallax standard $n x $(wc -l < "$WORK/tgt.$n")" $ALIGN "$WORK/src.$n" "$WORK/tgt.$n" --presegmented
    if [ "$n" = 10000 ]; then
        measure "parallax gale-church $n" $ALIGN "$WORK/src.$n" "$WORK/tgt.$n" --presegmented --method gale-church
        measure "python gale_church.py $n" python3 "$EVAL/gale_church.py" "$WORK/src.$n" "$WORK/tgt.$n" -o /dev/stdout
        python3 src/bench/make-scaling-input.py --paragraphs "$n" "$WORK/src.$n.par" "$WORK/tgt.$n.par"
        measure "parallax paragraph-first $n" $JAVA -Xmx2g -cp "$CP" src/bench/AlignWithParagraphs.java \
            "$WORK/src.$n" "$WORK/tgt.$n" "$WORK/src.$n.par" "$WORK/tgt.$n.par"
    fi
done
