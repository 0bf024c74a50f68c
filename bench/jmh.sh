#!/usr/bin/env bash
# JMH benchmarks of the per-page path (bench/jmh/java): Markdown to HTML, body facts, highlighting,
# link resolution, model assembly, the matrix, link rewriting, an article page, the print view.
# Arguments go to JMH, e.g. `bench/jmh.sh ContentBench -f 1 -wi 2 -i 3`; `bench/jmh.sh -h` lists them.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -Pjmh -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/jmh.classpath -Dmdep.includeScope=test >target/jmh-build.log || { cat target/jmh-build.log >&2; exit 1; }
exec java -cp "target/test-classes:target/classes:$(cat target/jmh.classpath)" org.openjdk.jmh.Main "$@"
