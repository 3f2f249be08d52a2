#!/usr/bin/env bash
# Installs what the project needs on a fresh Debian machine: Node packages from the lockfile and,
# for the end-to-end tests and the demo, Debian's Chromium and Firefox ESR (Playwright cannot
# download browsers here; the Firefox smoke test drives firefox-esr through puppeteer-core).
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
if ! command -v chromium >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ]; then missing+=(chromium); fi
if ! command -v firefox-esr >/dev/null 2>&1 && [ ! -x /usr/bin/firefox-esr ]; then missing+=(firefox-esr); fi
if [ "${#missing[@]}" -gt 0 ]; then
  sudo=()
  if [ "$(id -u)" != 0 ]; then sudo=(sudo); fi
  "${sudo[@]}" apt-get update -qq && "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi
npm ci --no-audit --no-fund
