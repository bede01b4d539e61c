#!/usr/bin/env bash
# The whole test command (README, .ci/run): system packages, types, lint, format, unit tests, the real
# consumers (LibreOffice, Debian chromium with the built extension and the task pane), the CLI as built
# and installed from its tarball, the Firefox build.
set -euo pipefail
cd "$(dirname "$0")/.."
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

bash scripts/ensure-system.sh all
echo "== tsc --noEmit"
npx tsc --noEmit
echo "== eslint"
npx eslint .
echo "== prettier --check"
npx prettier --check . >/dev/null || { npx prettier --check .; exit 1; }
echo "== build the CLI to plain JavaScript (dist/cli)"
node scripts/build-cli.mjs
echo "== vitest (unit, hostile inputs against the built CLI, property tests, LibreOffice)"
npx vitest run
echo "== npm pack → npm i -g → standardy --version"
bash scripts/test-pack.sh
echo "== Word add-in manifest (offline validation)"
npx tsx office-addin/scripts/validate-manifest.ts
echo "== e2e: Word add-in task pane (Debian chromium, fake Word)"
npx playwright test -c test/e2e/office-addin/playwright.config.ts
echo "== e2e: browser extension (Debian chromium, demo system on 127.0.0.1)"
npm run -s test:e2e
echo "== Firefox build"
npx wxt build -b firefox >/dev/null
echo "== all tests passed"
