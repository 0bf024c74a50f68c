#!/usr/bin/env bash
# Benchmark (not a test): save-to-reload latency of `versus serve` on a generated guide.
# Generates a deterministic guide (fixed seed; 4,000 articles of about 850 words with headings, a
# table, code and links to criteria), starts `./versus serve` on it, edits 20 single articles one
# after another (after 5 warm-up edits) and prints each latency (file written -> `reload` event
# received) with the server's console line (pages re-rendered, ms), then the median.
#   bench/serve-latency.sh                 # 4,000 articles, 20 edits
#   ARTICLES=500 EDITS=10 bench/serve-latency.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ARTICLES=${ARTICLES:-4000}
EDITS=${EDITS:-20}
WARMUP=${WARMUP:-5}
PORT=${PORT:-18481}
WORK=$(mktemp -d)
python3 bench/gen_guide.py "$WORK/guide" --articles "$ARTICLES"
./versus --version > /dev/null
./versus serve --source "$WORK/guide" --port "$PORT" > "$WORK/serve.log" 2>&1 &
PID=$!
trap 'kill "$PID" 2> /dev/null || true; wait "$PID" 2> /dev/null || true; rm -rf "$WORK"' EXIT
python3 bench/serve_latency.py --url "http://127.0.0.1:$PORT/" --guide "$WORK/guide" --log "$WORK/serve.log" \
  --edits "$EDITS" --warmup "$WARMUP"
