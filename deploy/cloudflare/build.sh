#!/bin/sh
# Cloudflare Pages' build command: installs Versus (its bundle needs no Java) and builds content/ into site/.
# CF_PAGES_URL is the address of this deployment; VERSUS_BASE_URL, when set, is the guide's own domain.
set -eu
. deploy/install-versus.sh
versus build --source content --out site --base-url "${VERSUS_BASE_URL:-$CF_PAGES_URL/}"
