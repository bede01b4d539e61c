#!/usr/bin/env bash
# Installs the Debian packages the tests and the demo need, only when they are missing:
# Chromium (extension and task-pane tests), LibreOffice + fonts + poppler (the .docx "real consumer"
# tests), Xvfb + xdotool (the permission prompt needs a headed browser). See README.md ("Development").
# Usage: scripts/ensure-system.sh [browser|office|all]   (default: all)
set -euo pipefail

want="${1:-all}"
packages=()
need() { # need COMMAND PACKAGE...
  local cmd="$1"; shift
  command -v "$cmd" >/dev/null 2>&1 || packages+=("$@")
}

if [[ "$want" == browser || "$want" == all ]]; then
  need chromium chromium
  need xvfb-run xvfb xauth
  need xdotool xdotool
fi
if [[ "$want" == office || "$want" == all ]]; then
  need soffice libreoffice-writer-nogui fonts-liberation2 fonts-dejavu-core fonts-crosextra-carlito
  need pdftotext poppler-utils
fi

if ((${#packages[@]} == 0)); then
  exit 0
fi

if [[ $(id -u) -ne 0 ]]; then
  echo "Brakuje pakietów systemowych / missing system packages: ${packages[*]}" >&2
  echo "Zainstaluj jako root / install as root: apt-get install -y --no-install-recommends ${packages[*]}" >&2
  exit 1
fi

echo "Instaluję pakiety systemowe / installing system packages: ${packages[*]}"
export DEBIAN_FRONTEND=noninteractive
# Wait for another apt run (a parallel setup) instead of failing on its lock.
apt-get -o DPkg::Lock::Timeout=600 update -qq
apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
echo "Zainstalowano / installed: ${packages[*]}"
