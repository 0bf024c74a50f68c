#!/usr/bin/env bash
# Build-time benchmark: builds content/ RUNS times with the launcher's JVM flags (A) and with the
# JVM's defaults (B), alternating A B A B so drift hits both alike, and prints each median and
# the ratio A/B. Usage: bench/build.sh [RUNS] [SOURCE]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
source=${2:-content}
[ -f target/versus.jar ] || ./mvnw -B -q -DskipTests package
out=$(mktemp -d)
a=() b=()
ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
for i in $(seq "$runs"); do
  a+=("$(ms java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar target/versus.jar build --source "$source" --out "$out/a")")
  b+=("$(ms java -jar target/versus.jar build --source "$source" --out "$out/b")")
done
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
ma=$(median "${a[@]}"); mb=$(median "${b[@]}")
pages=$(find "$out/a" -name '*.html' | wc -l)
echo "source: $source ($pages HTML pages), $runs runs each"
echo "A launcher flags (C1 JIT, serial GC): median ${ma} ms   [${a[*]}]"
echo "B JVM defaults:                      median ${mb} ms   [${b[*]}]"
awk -v a="$ma" -v b="$mb" 'BEGIN { printf "A/B = %.2f\n", a / b }'
# only the folders this script created
rm -r "$out/a" "$out/b" && rmdir "$out"
