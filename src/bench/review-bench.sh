#!/usr/bin/env bash
# Benchmark of review operations on a 50,000-bead alignment (server side, H2 file database).
# Usage: src/bench/review-bench.sh   (from the repository root)
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -o test-compile
./mvnw -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-cp.txt
java_home=/usr/lib/jvm/temurin-25-jdk-amd64
"$java_home/bin/java" -Xmx2g -cp "target/test-classes:target/classes:$(cat target/test-cp.txt)" \
    org.parallax.review.ReviewBenchmark
