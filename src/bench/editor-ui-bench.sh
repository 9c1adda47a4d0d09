#!/usr/bin/env bash
# Benchmark of the alignment editor in the browser on a 50,000-bead alignment: open, go to a bead, scroll; rows in
# the DOM and JS heap. Starts the app on a free port over a temporary H2 file, drives Debian's headless Chromium.
# Usage: src/bench/editor-ui-bench.sh [-Dbeads=N]   (from the repository root; screenshot in target/screenshots)
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -o test-compile
./mvnw -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-cp.txt
java_home=/usr/lib/jvm/temurin-25-jdk-amd64
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
"$java_home/bin/java" -Xmx2g -Djava.io.tmpdir="$PWD/target" "$@" \
    -cp "target/test-classes:target/classes:$(cat target/test-cp.txt)" org.parallax.review.EditorUiBenchmark
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
