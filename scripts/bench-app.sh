#!/usr/bin/env bash
# Start-up time and memory of the Harbour app against a minimal Tauri 2 window, built and
# measured in the same run on the same machine (BENCHMARKS.md, "App: start-up and memory").
#
#   scripts/bench-app.sh [runs]        (default 5 runs of each; needs Xvfb and ImageMagick)
#
# HARBOUR_RELEASE_BIN and HARBOUR_E2E_RELEASE_BIN name binaries already built (plain release,
# and release with the e2e feature); otherwise the script builds them.
#
# - The minimal app: a Tauri 2 window showing one line of text, generated in a temp folder
#   from crates.io (the same tauri version as Harbour's Cargo.lock), built in release mode.
# - Start-up: exec to the first screen, i.e. to the first moment the window shows text
#   (a screenshot of the display has more than a handful of colours: text is antialiased,
#   an empty or plain window is not). Both apps run under the same Xvfb, one at a time,
#   with fresh data folders; the median of the runs is reported. Polling costs a few ms
#   per sample, the same for both.
# - Memory: proportional set size (PSS, from /proc/<pid>/smaps_rollup) summed over the
#   process tree (the app and WebKit's web and network processes). Harbour's is taken after
#   a full interview of the shipped questionnaire driven over WebDriver (a release build
#   with the e2e feature: WebDriver cannot drive the plain release build, by design), the
#   minimal app's after its first screen and a 3 s settle.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"
runs="${1:-5}"
target="${CARGO_TARGET_DIR:-$repo/target}"
work="${HARBOUR_BENCH_DIR:-${TMPDIR:-/tmp}/harbour-bench-app}"
mkdir -p "$work"

tauri_version="$(awk '/^name = "tauri"$/{getline; gsub(/[^0-9.]/,""); print; exit}' Cargo.lock)"
minimal="$work/minimal"
if [ ! -x "$minimal/target/release/minimal-tauri" ]; then
  echo "bench: building the minimal Tauri $tauri_version app in $minimal (several minutes)"
  mkdir -p "$minimal/src" "$minimal/dist" "$minimal/icons"
  cp src-tauri/icons/icon.png "$minimal/icons/icon.png"
  cat > "$minimal/Cargo.toml" <<TOML
[package]
name = "minimal-tauri"
version = "0.1.0"
edition = "2021"
[build-dependencies]
tauri-build = "2"
[dependencies]
tauri = { version = "=$tauri_version", features = ["custom-protocol"] }
[profile.release]
lto = "thin"
codegen-units = 4
[workspace]
TOML
  cat > "$minimal/build.rs" <<'RS'
fn main() { tauri_build::build() }
RS
  cat > "$minimal/src/main.rs" <<'RS'
fn main() {
    tauri::Builder::default()
        .run(tauri::generate_context!())
        .expect("minimal app");
}
RS
  cat > "$minimal/dist/index.html" <<'HTML'
<!doctype html><html><head><meta charset="utf-8"><title>Minimal</title></head>
<body style="font: 16px sans-serif; margin: 2em"><h1>Minimal Tauri window</h1>
<p>One line of text, to be seen.</p></body></html>
HTML
  cat > "$minimal/tauri.conf.json" <<'JSON'
{
  "productName": "Minimal",
  "version": "0.1.0",
  "identifier": "org.example.minimal",
  "build": { "frontendDist": "dist" },
  "app": { "windows": [ { "title": "Minimal", "width": 1366, "height": 768 } ] },
  "bundle": { "active": false }
}
JSON
  (cd "$minimal" && CARGO_TARGET_DIR="$minimal/target" cargo build --release --quiet)
fi
min_bin="$minimal/target/release/minimal-tauri"

harbour_bin="${HARBOUR_RELEASE_BIN:-$target/release/harbour-app}"
if [ ! -x "$harbour_bin" ] || [ "${HARBOUR_BENCH_REBUILD:-}" = 1 ]; then
  echo "bench: building Harbour (release)"
  (cd ui && npm run build --silent)
  cargo build --release -p harbour-app --features custom-protocol --quiet
fi
# The e2e feature changes which switches are read, nothing else: the same code, driven.
e2e_bin="${HARBOUR_E2E_RELEASE_BIN:-$target/release/harbour-app-e2e}"
if [ ! -x "$e2e_bin" ] || [ "${HARBOUR_BENCH_REBUILD:-}" = 1 ]; then
  echo "bench: building Harbour (release, e2e feature, for the interview)"
  cargo build --release -p harbour-app --features custom-protocol,e2e --quiet
  cp "$target/release/harbour-app" "$e2e_bin"
  # Put the plain release binary back.
  cargo build --release -p harbour-app --features custom-protocol --quiet
fi

# A release binary finds its packs beside itself once installed; here, point it at the repo's.
export HARBOUR_QUESTIONNAIRES_DIR="$repo/questionnaires"
# A release build has no resource folder here: the e2e build treats the repository's packs as
# shipped (HARBOUR_QUESTIONNAIRES_DIR alone would make them added packs, offered only when signed).
export HARBOUR_TEST_SHIPPED_PACKS="$repo/questionnaires"

display=":$((90 + RANDOM % 9))"
Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
trap 'kill "$xvfb_pid" 2>/dev/null || true' EXIT
export DISPLAY="$display"
sleep 1

now_ms() { date +%s%3N; }
colours() { import -display "$display" -window root -format '%k' info: 2>/dev/null || echo 0; }

# Milliseconds from exec until the screen shows text; the app is stopped afterwards.
start_ms() {
  local bin="$1" data
  data="$(mktemp -d)"
  local t0 t1
  t0="$(now_ms)"
  HARBOUR_DATA_DIR="$data" "$bin" >/dev/null 2>&1 &
  local pid=$!
  while [ "$(colours)" -lt 16 ]; do
    sleep 0.02
    if [ $(( $(now_ms) - t0 )) -gt 60000 ]; then echo "bench: $bin showed nothing in 60 s" >&2; break; fi
  done
  t1="$(now_ms)"
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rm -rf "$data"
  sleep 1
  echo $((t1 - t0))
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }

# Memory of a process tree in KiB: PSS and RSS summed over the pid and its descendants.
tree_pids() {
  local p="$1"
  echo "$p"
  for c in $(cat /proc/"$p"/task/*/children 2>/dev/null); do tree_pids "$c"; done
}
tree_mem() {
  local pss=0 rss=0 p v
  for p in $(tree_pids "$1"); do
    v="$(awk '/^Pss:/{print $2}' /proc/"$p"/smaps_rollup 2>/dev/null || echo 0)"; pss=$((pss + ${v:-0}))
    v="$(awk '/^Rss:/{print $2}' /proc/"$p"/smaps_rollup 2>/dev/null || echo 0)"; rss=$((rss + ${v:-0}))
  done
  echo "$pss $rss"
}

echo "bench: start-up, $runs runs each, alternating (after one discarded warm-up run of each)"
start_ms "$min_bin" >/dev/null
start_ms "$harbour_bin" >/dev/null
min_times=(); hb_times=()
for _ in $(seq "$runs"); do
  min_times+=("$(start_ms "$min_bin")")
  hb_times+=("$(start_ms "$harbour_bin")")
done
min_start="$(printf '%s\n' "${min_times[@]}" | median)"
hb_start="$(printf '%s\n' "${hb_times[@]}" | median)"

echo "bench: memory of the minimal app after its first screen"
data="$(mktemp -d)"
HARBOUR_DATA_DIR="$data" "$min_bin" >/dev/null 2>&1 &
min_pid=$!
while [ "$(colours)" -lt 16 ]; do sleep 0.1; done
sleep 3
for p in $(tree_pids "$min_pid"); do
  echo "bench-memory: $(cat /proc/"$p"/comm 2>/dev/null) ($p) PSS $(( $(awk '/^Pss:/{print $2}' /proc/"$p"/smaps_rollup 2>/dev/null || echo 0) / 1024 )) MiB" >&2
done
read -r min_pss min_rss < <(tree_mem "$min_pid")
kill "$min_pid" 2>/dev/null || true; wait "$min_pid" 2>/dev/null || true
rm -rf "$data"

# The same measurement for Harbour's plain release build: both idle at their first screen.
echo "bench: memory of Harbour (plain release) at its first screen"
data="$(mktemp -d)"
HARBOUR_DATA_DIR="$data" "$harbour_bin" >/dev/null 2>&1 &
hb_pid=$!
while [ "$(colours)" -lt 16 ]; do sleep 0.1; done
sleep 3
read -r first_pss first_rss < <(tree_mem "$hb_pid")
kill "$hb_pid" 2>/dev/null || true; wait "$hb_pid" 2>/dev/null || true
rm -rf "$data"

echo "bench: memory of Harbour after a full interview (over WebDriver)"
# Harbour's own build turns WebKit's accelerated compositing off (src-tauri/src/main.rs,
# lean_webview) but keeps it under automation, where WebDriver's typing stalls without it;
# the interview below (clicks, little typing) runs with it off through WebKit's switch, so
# it draws the way the user's build does.
export WEBKIT_DISABLE_COMPOSITING_MODE=1
# In a network namespace of its own when root: WebDriver's fixed port cannot clash with
# another run on the same machine.
if [ "$(id -u)" = 0 ] && unshare -n true 2>/dev/null; then
  out="$(cd tests/e2e && HARBOUR_APP_BIN="$e2e_bin" unshare -n sh -c 'ip link set lo up && exec node bench-memory.mjs')"
else
  out="$(cd tests/e2e && HARBOUR_APP_BIN="$e2e_bin" node bench-memory.mjs)"
fi
read -r hb_pss hb_rss < <(echo "$out" | tail -1)

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
echo
echo "start-up (median of $runs, ms): minimal $min_start, Harbour $hb_start, ratio $(ratio "$hb_start" "$min_start") (goal <= 1.3)"
echo "memory PSS (MiB): minimal $((min_pss / 1024)), Harbour $((hb_pss / 1024)), ratio $(ratio "$hb_pss" "$min_pss") (goal <= 1.2)"
echo "memory RSS (MiB): minimal $((min_rss / 1024)), Harbour $((hb_rss / 1024)), ratio $(ratio "$hb_rss" "$min_rss")"
echo "first screen, plain release (MiB): PSS minimal $((min_pss / 1024)), Harbour $((first_pss / 1024)), ratio $(ratio "$first_pss" "$min_pss"); RSS minimal $((min_rss / 1024)), Harbour $((first_rss / 1024)), ratio $(ratio "$first_rss" "$min_rss")"
echo "start-up runs: minimal ${min_times[*]}; Harbour ${hb_times[*]}"
