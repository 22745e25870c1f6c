#!/usr/bin/env bash
# The .deb installs and starts: its contents, its dependencies, `harbour` runs, and the
# installed app, started under Xvfb with a fresh data folder, shows its first screen.
#
#   tests/package/test-deb.sh [dist/harbour_<version>_<arch>.deb]
#
# As root (CI) it installs the package for real with dpkg -i and removes it afterwards;
# otherwise, or with HARBOUR_PACKAGE_EXTRACT_ONLY=1, it unpacks it into a temporary root
# with dpkg -x and checks the dependencies with apt-get --simulate.
set -euo pipefail
cd "$(dirname "$0")/../.."
deb="${1:-$(ls -t dist/harbour_*.deb 2>/dev/null | head -1)}"
[ -f "$deb" ] || { echo "test-deb: no package; run scripts/package.sh first" >&2; exit 1; }
fail() { echo "test-deb: FAIL: $*" >&2; exit 1; }

echo "test-deb: contents of $deb"
contents="$(dpkg-deb --contents "$deb")"
for f in ./usr/lib/harbour/harbour-app ./usr/bin/harbour ./usr/bin/harbour-app \
         ./usr/lib/harbour/questionnaires/mixed-flows/questionnaire.toml \
         ./usr/share/applications/org.harbour.screening.desktop; do
  grep -qF " $f" <<<"$contents" || fail "$f missing from the package"
done
if grep -q "_test-all-kinds" <<<"$contents"; then fail "a test pack is in the package"; fi
dpkg-deb --field "$deb" Depends | grep -q libwebkit2gtk-4.1 || fail "Depends does not name WebKitGTK"

cleanup=()
trap 'for c in "${cleanup[@]}"; do eval "$c"; done' EXIT
if [ "$(id -u)" = 0 ] && [ "${HARBOUR_PACKAGE_EXTRACT_ONLY:-}" != 1 ]; then
  echo "test-deb: dpkg -i (removed again at the end)"
  dpkg -i "$deb" >/dev/null
  cleanup+=("dpkg -r harbour >/dev/null 2>&1 || true")
  prefix=""
else
  if command -v apt-get >/dev/null 2>&1; then
    case "$deb" in /*) local_deb="$deb" ;; *) local_deb="./$deb" ;; esac
    apt-get install --simulate --no-install-recommends "$local_deb" >/dev/null 2>&1 \
      || fail "its dependencies cannot be met here (apt-get --simulate)"
  fi
  prefix="$(mktemp -d)"
  cleanup+=("rm -rf '$prefix'")
  dpkg -x "$deb" "$prefix"
fi
app="$prefix/usr/bin/harbour-app"
cli="$prefix/usr/bin/harbour"

echo "test-deb: the command line validates the installed questionnaire"
"$cli" validate "$prefix/usr/lib/harbour/questionnaires/mixed-flows" >/dev/null \
  || fail "harbour validate on the installed pack"

echo "test-deb: the installed app shows its first screen"
data="$(mktemp -d)"
cleanup+=("rm -rf '$data'")
shot_dir="tests/e2e/artifacts"
mkdir -p "$shot_dir"
# The check runs inside xvfb-run: wait for a window named Harbour, then for text on screen
# (an antialiased screen has many colours; an empty window has one or two).
# With every test switch set: a release binary must ignore them. A build with the e2e feature
# would leave incognito under TAURI_WEBVIEW_AUTOMATION and write WebKit's cache and storage
# to <data>/webview at once; the release binary writes nothing to disk before a vault exists.
TAURI_WEBVIEW_AUTOMATION=true HARBOUR_AUTO_LOCK_SECS=1 HARBOUR_TEST_PACKS=1 \
HARBOUR_TEST_EXPORT_DELAY_MS=9000 \
HARBOUR_DATA_DIR="$data" APP="$app" SHOT="$shot_dir/package-first-screen.png" \
  timeout 120 xvfb-run -a --server-args="-screen 0 1366x768x24" bash -c '
  "$APP" >/dev/null 2>&1 &
  pid=$!
  seen=""
  for _ in $(seq 600); do
    if ! kill -0 "$pid" 2>/dev/null; then echo "test-deb: the app exited" >&2; exit 1; fi
    if [ -z "$seen" ] && xwininfo -root -tree 2>/dev/null | grep -q "\"Harbour\""; then seen=window; fi
    if [ -n "$seen" ] && [ "$(import -window root -format "%k" info: 2>/dev/null || echo 0)" -ge 16 ]; then
      seen=screen; break
    fi
    sleep 0.1
  done
  import -window root "$SHOT" 2>/dev/null || true
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
  [ "$seen" = screen ] || { echo "test-deb: no first screen (got: ${seen:-nothing})" >&2; exit 1; }
' || fail "the installed app did not show its first screen"
[ ! -e "$data/harbour.vault" ] || fail "a vault was created before anyone chose a passphrase"
[ ! -e "$data/webview" ] || fail "the release binary obeyed TAURI_WEBVIEW_AUTOMATION: webview data on disk"
[ -z "$(ls -A "$data")" ] || fail "the release binary wrote to its data folder: $(ls -A "$data")"
echo "test-deb: ok ($(basename "$deb"); screenshot $shot_dir/package-first-screen.png)"
