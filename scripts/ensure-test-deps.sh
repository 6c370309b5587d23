#!/usr/bin/env bash
# Run by `npm test` (pretest): the tests need a redis-server binary (each run
# starts its own on a free port) and Debian's chromium (the playground's
# browser tests; playwright-core downloads no browser). Installs whichever is
# missing with apt-get when it can, and otherwise says exactly what to run.
set -euo pipefail
missing=()
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "npm test: installing ${missing[*]} with apt-get" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
else
  echo "npm test needs: ${missing[*]}. Install with: sudo apt-get install -y ${missing[*]} (or set CHROMIUM_PATH)" >&2
  exit 1
fi
