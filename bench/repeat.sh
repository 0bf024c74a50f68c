#!/usr/bin/env bash
# Benchmark (not a test): the repeat build after editing one article, against Hugo's full build of the
# same articles (the plain Hugo site of ../shared/bench: its own link style, no render hook; read its README).
#
# usage: bench/repeat.sh [N]        (default 4000; env RUNS, default 5: edits, and Hugo builds, each)
#
# Writes the outside corpus of N articles (seed 42) as a plain Hugo site and as a Versus guide, builds the
# guide once with the build cache (filling .versus-cache/), then RUNS times: appends a sentence to one
# article (another each time), runs `./versus build` into the same output folder, whole process. Hugo
# builds its site RUNS times from nothing (output deleted first), alternating with the edits. Prints the
# medians of wall and CPU time, the ratio of the medians, and Versus's last summary (rendered pages).
# bench/run.sh may call it as `bench/repeat.sh N` and read its last line ("repeat: ...").
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-4000}; runs=${RUNS:-5}
shared=$(cd ../shared/bench 2>/dev/null && pwd) || { echo "repeat: needs ../shared/bench (the plain Hugo peer)" >&2; exit 2; }
command -v hugo >/dev/null || { echo "repeat: needs hugo (apt-get install hugo)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "repeat: needs GNU time (apt-get install time)" >&2; exit 2; }
work=$(mktemp -d "${TMPDIR:-/tmp}/versus-repeat.XXXXXX")
trap 'rm -rf "$work"' EXIT
./versus --version >/dev/null  # builds the jar and its start-up archive outside the timings

./versus init "$work/skel" >/dev/null
mkdir -p "$work/hugo"; cp -r "$shared/hugo-site/." "$work/hugo/"
python3 "$shared/gen_corpus.py" --n "$n" --seed 42 --format yaml --links dir --out "$work/hugo/content/posts" >/dev/null
python3 "$shared/versus_site.py" "$work/hugo/content/posts" "$work/skel" "$work/guide"

median() { sort -g | awk '{v[NR]=$1} END {if (NR % 2) print v[(NR+1)/2]; else print (v[NR/2]+v[NR/2+1])/2}'; }
# measure OUT_FILE COMMAND...: one whole-process run; appends "wall cpu" to OUT_FILE
measure() {
  local out=$1; shift
  /usr/bin/time -f '%e %U %S' -o "$work/time" "$@" >"$work/log" 2>&1 || { cat "$work/log" >&2; exit 1; }
  awk '{printf "%s %.2f\n", $1, $2 + $3}' "$work/time" >>"$out"
}
./versus build --source "$work/guide" --out "$work/site" >/dev/null  # the cold build that fills the cache
mapfile -t articles < <(find "$work/guide/articles" -name '*.md' | sort | head -n "$runs")
for i in $(seq "$runs"); do
  echo "Edited for repeat build $i." >>"${articles[$((i - 1))]}"
  measure "$work/versus.runs" ./versus build --source "$work/guide" --out "$work/site"
  cp "$work/log" "$work/vlog"
  rm -rf "$work/hout"; measure "$work/hugo.runs" hugo --quiet -s "$work/hugo" -d "$work/hout"
done
vw=$(awk '{print $1}' "$work/versus.runs" | median); vc=$(awk '{print $2}' "$work/versus.runs" | median)
hw=$(awk '{print $1}' "$work/hugo.runs" | median); hc=$(awk '{print $2}' "$work/hugo.runs" | median)
echo "machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1), load $(cut -d ' ' -f 1-3 /proc/loadavg)"
echo "versus: $(./versus --version 2>&1 | head -n 2 | tr '\n' ' ')| hugo: $(hugo version | cut -d ' ' -f 1-2)"
echo "runs (wall s, cpu s): Versus repeat: $(tr '\n' ';' <"$work/versus.runs") Hugo full: $(tr '\n' ';' <"$work/hugo.runs")"
echo "Versus's last build: $(grep '^note: build cache' "$work/vlog" | sed 's/^note: //'); $(grep '^built ' "$work/vlog" | sed 's/^built [^:]*: //')"
printf 'repeat: N=%s, one article edited: Versus %.2f s wall (%.2f s CPU), Hugo full build %.2f s (%.2f s CPU): %.2fx wall, median of %s\n' \
  "$n" "$vw" "$vc" "$hw" "$hc" "$(awk -v a="$vw" -v b="$hw" 'BEGIN {print a / b}')" "$runs"
