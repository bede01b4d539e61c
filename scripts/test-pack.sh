#!/usr/bin/env bash
# The package as a user installs it: `npm pack`, a global install of the tarball into a temporary prefix
# (npm fetches the runtime dependencies; no `prepare` runs there), then the installed `standardy` runs.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
npm pack --silent --pack-destination "$tmp" >/dev/null
tarball="$(ls "$tmp"/standardy-*.tgz)"
tar -tzf "$tarball" >"$tmp/files"
grep -q '^package/dist/cli/standardy.js$' "$tmp/files" || { echo "dist/cli missing from the tarball"; exit 1; }
if grep -qE '^package/(node_modules|extension|office-addin|test)/' "$tmp/files"; then
  echo "the tarball carries sources it should not"; exit 1
fi
npm i -g --silent --no-audit --no-fund --prefix "$tmp/global" "$tarball" >/dev/null
version="$("$tmp/global/bin/standardy" --version)"
expected="$(node -p "require('./package.json').version")"
[ "$version" = "$expected" ] || { echo "standardy --version printed '$version', expected '$expected'"; exit 1; }
"$tmp/global/bin/standardy" standards --lang en >"$tmp/out"
grep -q 'Interview – recognition of the situation' "$tmp/out"
"$tmp/global/bin/standardy" check --demo --today 2026-11-25 >/dev/null
set +e
"$tmp/global/bin/standardy" check "$tmp/missing.json" 2>"$tmp/err"
code=$?
set -e
[ "$code" = 2 ] && grep -q 'nie ma takiego pliku' "$tmp/err" || { echo "bad input did not exit 2"; cat "$tmp/err"; exit 1; }
echo "npm pack → npm i -g → standardy $version: ok"
