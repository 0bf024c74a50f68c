#!/usr/bin/env bash
# Benchmark (not a test): how much main-thread work the pages the Lighthouse gate loads cost, in
# renderer CPU time rather than wall time, so a busy host does not move the figures (see page_cpu.js).
# Builds the Django vs Flask guide (content/) and the three-subject fixture, serves each under /sub/
# as the gate does, and loads home, comparison, the article with the shortest path and the FAQ,
# RUNS times each in a fresh Chromium. Needs `npm ci` in src/test/js (puppeteer-core) and Chromium.
#   bench/page-cpu.sh            # 9 loads per page
#   RUNS=5 bench/page-cpu.sh
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-9}
PORT=${PORT:-18491}
WORK=$(mktemp -d)
PIDS=()
trap 'for p in "${PIDS[@]}"; do kill "$p" 2> /dev/null || true; done; rm -rf "$WORK"' EXIT
URLS=()
for guide in content src/test/resources/sites/three; do
  name=$(basename "$guide")
  mkdir -p "$WORK/$name"
  ./versus build --source "$guide" --out "$WORK/$name/sub" --base-url "http://127.0.0.1:$PORT/sub/" > /dev/null
  (cd "$WORK/$name" && exec python3 -m http.server "$PORT" --bind 127.0.0.1 > /dev/null 2>&1) &
  PIDS+=($!)
  article=$(cd "$WORK/$name/sub" && ls -d articles/*/ | awk '{ print length, $0 }' | sort -n | head -n 1 | cut -d ' ' -f 2)
  for page in "" compare/ "$article" faq/; do URLS+=("http://127.0.0.1:$PORT/sub/$page"); done
  PORT=$((PORT + 1))
done
sleep 1
node bench/page_cpu.js "$RUNS" "${URLS[@]}"
