#!/usr/bin/env bash
# Everything setup.sh installs, plus the end-to-end test tools (tauri-driver, selenium).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
echo "harbour setup: end-to-end test packages"
(cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error)
if ! command -v tauri-driver >/dev/null 2>&1; then
  echo "harbour setup: installing tauri-driver (about a minute)"
  cargo install tauri-driver --version '^2' --locked
fi
