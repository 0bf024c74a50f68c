#!/bin/sh
# Installs Versus for a CI job or a host's build step: downloads the bundle with its own Java runtime
# (versus-VERSION-linux-x64.tar.gz), unpacks it into ./.versus and puts its bin/ first on the PATH of the
# commands that follow (GitHub Actions: through $GITHUB_PATH; elsewhere: `. deploy/install-versus.sh`).
# VERSUS_URL is the address of that archive: a release asset of Versus, or your own copy of it.
set -eu
: "${VERSUS_URL:?set VERSUS_URL to the address of versus-VERSION-linux-x64.tar.gz (a release of Versus, or your own copy)}"
mkdir -p .versus
curl -fsSL "$VERSUS_URL" | tar -xz -C .versus --strip-components=1
VERSUS_BIN=$(pwd)/.versus/bin
if [ -n "${GITHUB_PATH:-}" ]; then echo "$VERSUS_BIN" >> "$GITHUB_PATH"; fi
PATH=$VERSUS_BIN:$PATH
export PATH
versus --version
