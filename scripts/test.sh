#!/usr/bin/env bash
# `npm test`: type check, lint, unit tests, then the suites that need real programs
# (Debian's chromium and firefox-esr for the extension, BIND and dnsdist for DNS). Nothing is skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
# named and dnssec-keygen live in /usr/sbin, which a non-login shell's PATH may lack.
export PATH="$PATH:/usr/sbin:/sbin"

bash scripts/ensure-system-deps.sh

log=$(mktemp)
trap 'rm -f "$log"' EXIT
suite() { # name, command...: runs a vitest suite, showing its output and keeping it for the total
  echo "== $1"; shift
  "$@" 2>&1 | tee -a "$log"
}

echo "== type check"; npx tsc --noEmit
echo "== lint"; npx eslint .
suite "unit tests" npx vitest run --project unit
echo "== build the extension and the CLI"; npm run build --silent
echo "== Firefox build: web-ext lint (no errors, no warning the README does not explain)"; npm run lint:firefox --silent
suite "integration tests (BIND + dnsdist)" npx vitest run --project integration
suite "end-to-end tests (Chromium and Firefox ESR)" npx vitest run --project e2e

# One closing line over the three suites, the e2e one with its Chromium and Firefox runs (pipefail has
# already stopped the run on any failure).
counts=$(sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E '^ +Tests ' || true)
total() { echo "$counts" | { grep -oE "[0-9]+ $1" || true; } | awk '{s+=$1} END {print s+0}'; }
passed=$(total "passed")
failed=$(total "failed")
skipped=$(total "skipped")
echo "$passed passed, $failed failed, $skipped skipped"
if [ "$passed" -eq 0 ] || [ "$skipped" -ne 0 ]; then
  echo "No test may be skipped, and some must run." >&2
  exit 1
fi
