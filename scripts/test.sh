#!/usr/bin/env bash
# The whole test command (README, .ci/run): system packages, types, lint, format, unit and end-to-end tests.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-system.sh all
echo "== tsc --noEmit"
npx tsc --noEmit
echo "== eslint"
npx eslint .
echo "== prettier --check"
npx prettier --check . >/dev/null || { npx prettier --check .; exit 1; }
echo "== vitest"
npx vitest run
