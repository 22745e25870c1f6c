#!/usr/bin/env bash
# Install everything Harbour needs on Debian 12 / Ubuntu 22.04+: system packages, the UI's
# npm packages, the end-to-end test tools. Safe to run again: it skips what is present.
set -euo pipefail
cd "$(dirname "$0")/.."

sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi

apt_pkgs=(build-essential pkg-config perl libwebkit2gtk-4.1-dev librsvg2-dev file
          xvfb xauth webkit2gtk-driver poppler-utils imagemagick
          strace iproute2)
missing=()
for p in "${apt_pkgs[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if ! command -v node >/dev/null 2>&1; then missing+=(nodejs npm); fi
if [ "${#missing[@]}" -gt 0 ]; then
  echo "harbour setup: installing system packages: ${missing[*]}"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y --no-install-recommends "${missing[@]}"
fi

if ! command -v cargo >/dev/null 2>&1; then
  echo "harbour setup: Rust is missing. Install it with rustup (see https://rustup.rs), then run this again." >&2
  exit 1
fi

echo "harbour setup: UI packages"
(cd ui && npm ci --no-audit --no-fund --loglevel=error)
