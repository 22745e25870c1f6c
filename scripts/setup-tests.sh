#!/usr/bin/env bash
# Everything setup.sh installs, plus the end-to-end test tools (tauri-driver, selenium).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
# PostgreSQL for harbour-hq's tests: scripts/pg-test-cluster.sh starts a throwaway cluster
# with the distribution's initdb and pg_ctl.
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "harbour setup: installing postgresql (headquarters tests)"
  sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y --no-install-recommends postgresql
fi
echo "harbour setup: end-to-end test packages"
(cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error)
if ! command -v tauri-driver >/dev/null 2>&1; then
  echo "harbour setup: installing tauri-driver (about a minute)"
  cargo install tauri-driver --version '^2' --locked
fi
