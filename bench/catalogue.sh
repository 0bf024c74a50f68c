#!/usr/bin/env bash
# The catalogue benchmark of issue 25: builds a generated S x C guide (bench/gen_catalogue.py, the
# Markdown form) at 25 x 250 and at 100 x 1,000 with the working tree through the launcher (./versus: its
# JVM flags, the serial GC and C1 only, and no -Xmx), cold (a fresh JVM, an empty output folder), and prints one table: CPU seconds (user + sys) and peak RSS from /usr/bin/time -v, the
# output's size, its largest HTML page, output bytes per cell and the ratio of that between the two sizes
# (1.0 is linear growth), and whether the CSV form of the same matrix gives the same compare.json (only
# once the build reads data/*.csv; "n/a" before). Targets (issue 25): 100 x 1,000 <= 60 s CPU, <= 1.5 GiB
# RSS, <= 300 MB output, no HTML page over 2 MiB, bytes per cell within 1.5x of 25 x 250's.
#
# usage: bench/catalogue.sh [SxC ...]     (default: 25x250 100x1000)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-25x250 100x1000}")
[ $# -eq 0 ] && sizes=(25x250 100x1000)
work=$(mktemp -d "${TMPDIR:-/tmp}/versus-catalogue.XXXXXX")
trap 'rm -rf "$work"' EXIT
./versus --version >/dev/null  # builds the jar and the start-up archive first if the sources changed

build() { # source out log -> prints "cpu rss_kb"
  /usr/bin/time -v ./versus build --source "$1" --out "$2" >"$3" 2>&1 || { tail -5 "$3" >&2; return 1; }
  awk -F': ' '/User time/{u=$2} /System time/{s=$2} /Maximum resident/{r=$2} END{printf "%.1f %d\n", u+s, r}' "$3"
}

printf '%-9s %7s %6s %9s %9s %10s %9s %11s %8s %s\n' size cells pages "cpu s" "rss MiB" "output MB" "largest" "bytes/cell" ratio "csv = md"
first=""
for size in "${sizes[@]}"; do
  s=${size%x*}; c=${size#*x}
  python3 bench/gen_catalogue.py "$s" "$c" "$work/md-$size" --form markdown >/dev/null
  read -r cpu rss < <(build "$work/md-$size" "$work/out-$size" "$work/log-$size")
  cells=$(python3 -c "import json;d=json.load(open('$work/out-$size/compare.json'));print(sum(1 for c in d['criteria'] for x in c['cells'] if x['answered']))")
  bytes=$(du -sb "$work/out-$size" | cut -f1)
  pages=$(find "$work/out-$size" -name '*.html' | wc -l)
  largest=$(find "$work/out-$size" -name '*.html' -printf '%s %P\n' | sort -n | tail -1)
  per=$((bytes / cells))
  [ -z "$first" ] && first=$per
  same="n/a"
  python3 bench/gen_catalogue.py "$s" "$c" "$work/csv-$size" --form csv >/dev/null
  if java -jar target/versus.jar build --source "$work/csv-$size" --out "$work/csvout-$size" >"$work/csvlog-$size" 2>&1 \
      && [ -f "$work/csvout-$size/compare.json" ] && grep -q '"s001"' "$work/csvout-$size/compare.json"; then
    # the build date and nothing else may differ: compare the matrix part
    if python3 - "$work/out-$size/compare.json" "$work/csvout-$size/compare.json" <<'PY'
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:])
sys.exit(0 if a.get("criteria") == b.get("criteria") and a.get("subjects") == b.get("subjects") else 1)
PY
    then same=yes; else same=NO; fi
  fi
  rm -rf "$work/csv-$size" "$work/csvout-$size"
  printf '%-9s %7d %6d %9s %9d %10.1f %9s %11d %8.2f %s\n' "$size" "$cells" "$pages" "$cpu" $((rss / 1024)) \
    "$(echo "$bytes / 1000000" | bc -l)" "$(echo "${largest%% *}" | awk '{printf "%.2f MiB", $1/1048576}')" "$per" \
    "$(echo "$per / $first" | bc -l)" "$same"
  echo "  largest page: ${largest#* }" >&2
  rm -rf "$work/md-$size" "$work/out-$size"
done
echo "machine: $(nproc) cores, $(awk '/MemTotal/{printf "%.1f GiB", $2/1048576}' /proc/meminfo), the launcher's $("$(VERSUS_SHOW_JAVA=1 ./versus)" -version 2>&1 | head -1)" >&2
