#!/usr/bin/env bash
# Set everything up, build Harbour, and start it.
# The first build takes several minutes on a small machine; later ones take seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
(cd ui && npm run build --silent)
cargo build -p harbour-app
target="${CARGO_TARGET_DIR:-target}"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "harbour: no display found; starting under a virtual one (xvfb-run)"
  exec xvfb-run -a "$target/debug/harbour-app"
fi
exec "$target/debug/harbour-app"
