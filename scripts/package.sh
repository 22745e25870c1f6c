#!/usr/bin/env bash
# Build the release app and the `harbour` command line, and package both as a .deb for
# Debian 12 / Ubuntu 22.04 or later:
#
#   scripts/package.sh          ->  dist/harbour_<version>_<arch>.deb
#
# The .deb is laid out by hand and built with dpkg-deb, offline. Tauri's own bundler
# (`cargo tauri build`) needs tauri-cli, itself about 8 minutes to build here, and its
# AppImage target downloads linuxdeploy and its plugins from GitHub at build time, which a
# machine without internet access (ours) cannot do: so there is no AppImage yet. Windows
# (.msi) and macOS (.dmg) packages are not built yet either (README, "Install").
#
# Layout: /usr/lib/harbour/harbour-app with the questionnaire packs beside it in
# /usr/lib/harbour/questionnaires (where the app looks first), /usr/bin/harbour-app (a
# link), /usr/bin/harbour, a desktop entry and an icon. Test packs (folders starting with
# `_`) are left out.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"
target="${CARGO_TARGET_DIR:-$repo/target}"
out_dir="${HARBOUR_PACKAGE_OUT:-$repo/dist}"

version="$(awk -F'"' '/^\[workspace.package\]/{p=1} p && /^version *=/{print $2; exit}' Cargo.toml)"
arch="$(dpkg --print-architecture)"
deb="$out_dir/harbour_${version}_${arch}.deb"

echo "package: UI"
(cd ui && npm ci --no-audit --no-fund --loglevel=error && npm run build --silent)
echo "package: release build of the app and the command line (several minutes the first time)"
# No `e2e` feature: the release binary ignores the test switches (src-tauri/src/switches.rs).
cargo build --release --locked -p harbour-app --features custom-protocol
cargo build --release --locked -p harbour-cli

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
install -Dm755 "$target/release/harbour-app" "$stage/usr/lib/harbour/harbour-app"
install -Dm755 "$target/release/harbour" "$stage/usr/bin/harbour"
mkdir -p "$stage/usr/lib/harbour/questionnaires"
for pack in questionnaires/*/; do
  name="$(basename "$pack")"
  case "$name" in _*) continue ;; esac
  cp -r "$pack" "$stage/usr/lib/harbour/questionnaires/$name"
done
ln -s ../lib/harbour/harbour-app "$stage/usr/bin/harbour-app"
install -Dm644 src-tauri/icons/icon.png "$stage/usr/share/icons/hicolor/128x128/apps/org.harbour.screening.png"
install -Dm644 /dev/stdin "$stage/usr/share/applications/org.harbour.screening.desktop" <<DESKTOP
[Desktop Entry]
Type=Application
Name=Harbour
GenericName=Screening assistant
Comment=Offline screening for trafficking and protection needs: indicators and referrals, never a decision
Exec=/usr/bin/harbour-app
Icon=org.harbour.screening
Terminal=false
Categories=Office;
StartupWMClass=harbour-app
DESKTOP
install -Dm644 README.md "$stage/usr/share/doc/harbour/README.md"
# The licence (AGPL-3.0-or-later, Cargo.toml) is named in the copyright file.
printf "Harbour\nLicense: AGPL-3.0-or-later\n" | install -Dm644 /dev/stdin "$stage/usr/share/doc/harbour/copyright"

# Shared-library dependencies as Debian names them, from the binaries themselves.
mkdir -p "$stage/debian"
printf 'Source: harbour\n\nPackage: harbour\nArchitecture: any\n' > "$stage/debian/control"
depends="$(cd "$stage" && dpkg-shlibdeps -O usr/lib/harbour/harbour-app usr/bin/harbour 2>/dev/null \
  | sed -n 's/^shlibs:Depends=//p')"
rm -rf "$stage/debian"
if [ -z "$depends" ]; then
  depends="libc6, libgcc-s1, libgtk-3-0, libwebkit2gtk-4.1-0, libsoup-3.0-0, libdbus-1-3"
fi
size_kib="$(du -sk "$stage/usr" | cut -f1)"
mkdir -p "$stage/DEBIAN"
cat > "$stage/DEBIAN/control" <<CONTROL
Package: harbour
Version: $version
Architecture: $arch
Maintainer: Harbour maintainers <harbour@localhost>
Installed-Size: $size_kib
Depends: $depends
Section: utils
Priority: optional
Description: offline screening assistant for trafficking and protection needs
 Harbour guides a trained interviewer through a structured screening interview, keeps
 every answer in an encrypted vault on this device, and shows which legal indicators are
 present and which referrals to make. It never decides who is a victim or a refugee, and
 it never uses the network.
CONTROL

mkdir -p "$out_dir"
dpkg-deb --root-owner-group -Zxz --build "$stage" "$deb" >/dev/null
echo "package: $deb ($(du -h "$deb" | cut -f1))"
# No AppImage: its runtime, linuxdeploy and appimagetool come only from GitHub, which this
# machine cannot reach, and Debian packages none of them (README, "Install").
echo "package: no AppImage: Tauri's AppImage bundler downloads linuxdeploy, its plugins and the AppImage runtime from GitHub, and no Debian, crates.io, npm or PyPI package available offline provides them (see README, Install)"
