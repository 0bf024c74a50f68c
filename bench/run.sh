#!/usr/bin/env bash
# Versus against Hugo, whole process, on two pairs of sites for each N: cold builds (Versus with --no-cache),
# then Versus's repeat build after one edited article (its build cache on, as an author runs it):
#   plain: the outside benchmark's (bench/plain/: gen_corpus.py, seed 42, ~850-word articles with inline
#          markup, lists, a table, a blockquote, code and links between articles): a plain Hugo site (its own
#          directory links, a single and a home template, no render hook) against the same articles in
#          `versus init`'s skeleton, links as relative .md paths. The peer that counts (issue 26).
#   hook:  bench/gen_sites.py's articles, and a Hugo site that does more (a link render hook resolving .md
#          links, base and list templates).
#
# usage: bench/run.sh N[:PAIRS] ...     e.g. bench/run.sh 1000 4000 16000:1
#
# For each N and site pair: builds each once to warm the file cache (not for N:1), then runs PAIRS pairs
# (default 5, env PAIRS) alternating Versus and Hugo so that drift on a shared machine hits both alike. Both
# outputs are deleted before every run. Prints the medians of wall time, CPU time (user + system) and peak
# RSS (GNU time), pages per second, and the medians of the per-pair ratios Versus/Hugo.
# Versus runs through its launcher (./versus build), as a user runs it. On a fresh Debian or
# Ubuntu machine it installs what it needs from the distribution: hugo, time, python3.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

need() {  # need COMMAND PACKAGE: installs PACKAGE with apt-get when COMMAND is missing
  command -v "$1" >/dev/null 2>&1 && return
  echo "bench: installing $2 (Debian package)" >&2
  local sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq && $sudo apt-get install -y -qq "$2" >/dev/null
}
need hugo hugo
need python3 python3
[ -x /usr/bin/time ] || need /usr/bin/time time
[ $# -gt 0 ] || { echo "usage: bench/run.sh N[:PAIRS] ..." >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/versus-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
./versus --version >/dev/null  # builds the jar (and its start-up archive) outside the timings

median() { sort -g | awk '{v[NR]=$1} END {if (NR % 2) print v[(NR+1)/2]; else print (v[NR/2]+v[NR/2+1])/2}'; }
# measure OUT_FILE COMMAND...: one whole-process run; appends "wall cpu rss_kib" to OUT_FILE
measure() {
  local out=$1; shift
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" >"$work/log" 2>&1 || { cat "$work/log" >&2; exit 1; }
  awk '{printf "%s %.2f %s\n", $1, $2 + $3, $4}' "$work/time" >>"$out"
}
# cold: --no-cache, so the build cache a previous run left in the guide's folder is neither read nor written
versus() { rm -rf "$work/vout"; measure "$1" "$repo/versus" build --no-cache --source "$work/v" --out "$work/vout"; cp "$work/log" "$work/vlog"; }
hugo_() { rm -rf "$work/hout"; measure "$1" hugo --quiet -s "$work/h" -d "$work/hout"; }
div() { awk -v a="$1" -v b="$2" 'BEGIN {print a / b}'; }
col() { awk -v c="$2" '{print $c}' "$1" | median; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1)"
echo "versus: $("$repo/versus" --version 2>&1 | head -n 1), $("$(VERSUS_SHOW_JAVA=1 "$repo/versus")" -version 2>&1 | head -n 1)"
echo "hugo: $(hugo version | cut -d ' ' -f 1-2)"
echo
printf '| site | articles | pairs | Versus wall | Hugo wall | Versus/Hugo wall | Versus/Hugo CPU | peak RSS Versus / Hugo | Versus/Hugo RSS | pages/s Versus / Hugo |\n'
printf '|---|---|---|---|---|---|---|---|---|---|\n'
# row SITE N PAIRS: the pairs of runs of the guide in $work/v and the Hugo site in $work/h, as one table row
row() {
  local site=$1 n=$2 pairs=$3
  rm -f "$work"/*.runs
  # warm-up (file cache, the launcher's archive); a single pair, kept for the largest sizes, goes without
  [ "$pairs" -gt 1 ] && { versus "$work/warm.runs"; hugo_ "$work/warm.runs"; }
  for _ in $(seq "$pairs"); do versus "$work/v.runs"; hugo_ "$work/h.runs"; done
  vpages=$(find "$work/vout" -name '*.html' | wc -l); hpages=$(find "$work/hout" -name '*.html' | wc -l)
  paste -d ' ' "$work/v.runs" "$work/h.runs" | awk '{print $1 / $4, $2 / $5, $3 / $6}' >"$work/ratio.runs"
  vw=$(col "$work/v.runs" 1); hw=$(col "$work/h.runs" 1)
  printf '| %s | %s | %s | %.2f s | %.2f s | %.2f | %.2f | %.0f / %.0f MiB | %.2f | %.0f / %.0f |\n' \
    "$site" "$(printf "%'d" "$n")" "$pairs" "$vw" "$hw" "$(col "$work/ratio.runs" 1)" "$(col "$work/ratio.runs" 2)" \
    "$(div "$(col "$work/v.runs" 3)" 1024)" "$(div "$(col "$work/h.runs" 3)" 1024)" "$(col "$work/ratio.runs" 3)" \
    "$(div "$vpages" "$vw")" "$(div "$hpages" "$hw")"
  {
    echo "  $site N=$n: Versus $vpages HTML pages, $(du -sm "$work/vout" | cut -f 1) MB; Hugo $hpages HTML pages, $(du -sm "$work/hout" | cut -f 1) MB"
    echo "  $site N=$n: Versus's last summary: $(tail -n 1 "$work/vlog" | sed 's/^built [^:]*: //')"
    echo "  $site N=$n: runs (wall s, cpu s, rss KiB) Versus: $(tr '\n' ';' <"$work/v.runs") Hugo: $(tr '\n' ';' <"$work/h.runs")"
  } >>"$work/notes"
  repeat "$site" "$n"
}
# repeat SITE N: the repeat build, as an author runs it after saving one article: the build cache on (the
# default), the previous site in the same output folder. One build fills the cache, then 3 measured runs,
# each after appending a line to one article; the median against Hugo's full build (its median above).
repeat() {
  local article
  article=$(find "$work/v/articles" -name '*.md' | sort | sed -n 2p)
  rm -rf "$work/vout" "$work/v/.versus-cache" "$work/repeat.runs"
  "$repo/versus" build --source "$work/v" --out "$work/vout" >/dev/null 2>&1
  for i in 1 2 3; do
    echo "Edited for repeat build $i." >>"$article"
    measure "$work/repeat.runs" "$repo/versus" build --source "$work/v" --out "$work/vout"
  done
  rw=$(col "$work/repeat.runs" 1)
  echo "  $1 N=$2: repeat build after editing one article: $rw s wall, $(col "$work/repeat.runs" 2) s CPU (medians of 3) = $(printf '%.2f' "$(div "$rw" "$(col "$work/h.runs" 1)")") x Hugo's full build; $(tail -n 1 "$work/log" | sed 's/^built [^:]*: //')" >>"$work/notes"
}
"$repo/versus" init "$work/skel" >/dev/null
for arg in "$@"; do
  n=${arg%%:*}; pairs=${PAIRS:-5}; [ "$arg" = "$n" ] || pairs=${arg#*:}
  # plain: the outside benchmark's corpus and Hugo site
  rm -rf "$work/v" "$work/h"; mkdir -p "$work/h"; cp -r bench/plain/hugo-site/. "$work/h/"
  python3 bench/plain/gen_corpus.py --n "$n" --seed 42 --format yaml --links dir --out "$work/h/content/posts" >/dev/null
  python3 bench/plain/versus_site.py "$work/h/content/posts" "$work/skel" "$work/v"
  row plain "$n" "$pairs"
  # hook: bench/gen_sites.py's articles, Hugo with the link render hook
  rm -rf "$work/v" "$work/h"
  "$repo/versus" init "$work/v" >/dev/null
  python3 bench/gen_sites.py "$work/v" "$work/h" --articles "$n" >/dev/null
  row hook "$n" "$pairs"
done
echo
cat "$work/notes"
# the repo's own guide, small: mostly start-up; cold, like the rows above (its .versus-cache would serve every document)
rm -f "$work/content.runs"
for _ in 1 2 3 4 5; do rm -rf "$work/cout"; measure "$work/content.runs" "$repo/versus" build --no-cache --source content --out "$work/cout"; done
echo "  content/ cold (the Django vs Flask guide, $(find "$work/cout" -name '*.html' | wc -l) HTML pages): $(col "$work/content.runs" 1) s wall, $(col "$work/content.runs" 2) s CPU, $(printf '%.0f' "$(div "$(col "$work/content.runs" 3)" 1024)") MiB (medians of 5)"
