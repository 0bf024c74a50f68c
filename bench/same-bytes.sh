#!/usr/bin/env bash
# Checks that a change to the engine kept every output byte-identical: builds content/ and a
# generated guide (bench/gen_sites.py, N articles, default 300) with the jar of git revision REV
# (default HEAD) run by plain `java -jar`, and with the working tree through the launcher
# (./versus: the JDK and start-up archive it picks), then compares the two sites file by file.
# Exit 0 when every file is the same, 1 with the differing files listed.
#
# usage: bench/same-bytes.sh [REV] [N]
set -euo pipefail
cd "$(dirname "$0")/.."
rev=${1:-HEAD}
n=${2:-300}
work=$(mktemp -d "${TMPDIR:-/tmp}/versus-same.XXXXXX")
trap 'rm -rf "$work"' EXIT

echo "same-bytes: packaging $rev and the working tree" >&2
mkdir "$work/ref"
git archive "$rev" | tar -x -C "$work/ref"
cp -r ../shared "$work/shared" 2>/dev/null || true  # the layout CI uses, in case the build reads it
(cd "$work/ref" && ./mvnw -B -q -o -DskipTests package >/dev/null 2>&1 || ./mvnw -B -q -DskipTests package >/dev/null)
./versus --version >/dev/null

java -jar target/versus.jar init "$work/gen" >/dev/null
python3 bench/gen_sites.py "$work/gen" "$work/hugo" --articles "$n" >/dev/null
status=0
for guide in content "$work/gen"; do
  for side in ref new; do
    if [ "$side" = ref ]; then java -jar "$work/ref/target/versus.jar" build --source "$guide" --out "$work/out-ref" >/dev/null
    else ./versus build --source "$guide" --out "$work/out-new" >/dev/null; fi
  done
  # the manifest holds a random build id and its checksum: two builds of the same tree differ there
  if diff -r -q -x .versus-manifest "$work/out-ref" "$work/out-new"; then
    echo "same-bytes: $guide: $(find "$work/out-new" -type f | wc -l) files, all identical"
  else
    echo "same-bytes: $guide: files differ (above)"; status=1
  fi
  rm -rf "$work/out-ref" "$work/out-new"
done
exit $status
