#!/usr/bin/env bash
# `npm test`: type check, lint, unit tests, then the suites that need real programs
# (Debian's chromium for the extension, BIND and dnsdist for DNS). Nothing is skipped.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-system-deps.sh

echo "== type check"; npx tsc --noEmit
echo "== lint"; npx eslint .
echo "== unit tests"; npx vitest run --project unit
echo "== build the extension and the CLI"; npm run build --silent
echo "== integration tests (BIND + dnsdist)"; npx vitest run --project integration --passWithNoTests=false
echo "== end-to-end tests (Chromium)"; npx vitest run --project e2e
