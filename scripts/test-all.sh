#!/usr/bin/env bash
# Set everything up and run every test: Rust (unit, integration, golden, property), the
# UI's unit tests, the questionnaire and locale checks, and the real app end to end under
# Xvfb over WebDriver. Exits non-zero if anything fails.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup-tests.sh

export CARGO_TERM_COLOR=never
target="${CARGO_TARGET_DIR:-$PWD/target}"
export CARGO_TARGET_DIR="$target"

echo "== UI: type check, build and unit tests"
(cd ui && npm run check --silent && npm run build --silent && npm test --silent)

echo "== Rust: every crate, the desktop shell included (a throwaway PostgreSQL for harbour-hq)"
./scripts/pg-test-cluster.sh run cargo test --workspace --no-fail-fast

echo "== Questionnaires and locales"
cargo build -p harbour-cli
"$target/debug/harbour" validate questionnaires/*/
"$target/debug/harbour" i18n check

echo "== End to end: the real app under Xvfb"
# The e2e feature: the tests' switches (automation, short idle lock, test packs, a slow
# export) exist only in this build; a release binary ignores them (src-tauri/src/switches.rs).
cargo build -p harbour-app --features e2e
# Bounded, so a hung webview can never hold CI for its whole time limit.
(cd tests/e2e && HARBOUR_APP_BIN="$target/debug/harbour-app" timeout 1800 \
  xvfb-run -a --server-args="-screen 0 1366x768x24" npm test --silent)

# The package: a release build of the app and the CLI (measured 23 minutes cold on the shared
# 2-core VM with other builds running, load ~12; about 4 minutes when only harbour-app's own
# crate changed), the .deb, installed and started (under a minute). Cold CI stays well under
# the 90-minute budget (~16 minutes without it). CI sets HARBOUR_TEST_PACKAGE=1
# (.ci/run); a developer's run skips it unless asked, to keep the loop short.
if [ "${HARBOUR_TEST_PACKAGE:-}" = 1 ]; then
  echo "== Package: build the .deb, install it, start it"
  ./scripts/package.sh
  tests/package/test-deb.sh
else
  echo "== Package: skipped (HARBOUR_TEST_PACKAGE=1 builds, installs and starts the .deb)"
fi
echo "harbour: all test suites passed"
