#!/usr/bin/env bash
# Installs what the project needs on a fresh Debian machine: Node packages from the lockfile and,
# for the end-to-end tests and the demo, Debian's Chromium (Playwright cannot download browsers).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && apt-get install -y -qq chromium >/dev/null
  else
    sudo apt-get update -qq && sudo apt-get install -y -qq chromium >/dev/null
  fi
fi
npm ci --no-audit --no-fund
