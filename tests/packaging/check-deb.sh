#!/usr/bin/env bash
# check-deb.sh BUILD_DIR — cpack -G DEB must produce an installable package with the
# binaries, the desktop entry, the icon and the AppStream metadata, and real dependencies.
set -euo pipefail
build="$1"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$out" >"$out/cpack.log" 2>&1 || {
    cat "$out/cpack.log"; exit 1; }
deb="$(ls "$out"/*.deb)"
contents="$(dpkg-deb -c "$deb")"
for f in ./usr/bin/onewindow ./usr/bin/onewindow-cli ./usr/share/applications/onewindow.desktop \
         ./usr/share/icons/hicolor/scalable/apps/onewindow.svg \
         ./usr/share/metainfo/org.onewindow.Workbench.metainfo.xml; do
    grep -q " $f\$" <<<"$contents" || { echo "missing in package: $f"; echo "$contents"; exit 1; }
done
depends="$(dpkg-deb -f "$deb" Depends)"
for d in libqt6widgets6 libssl3 libqt6sql6-sqlite fonts-noto-cjk; do
    grep -q "$d" <<<"$depends" || { echo "Depends lacks $d: $depends"; exit 1; }
done
if command -v desktop-file-validate >/dev/null; then
    dpkg-deb -x "$deb" "$out/root"
    desktop-file-validate "$out/root/usr/share/applications/onewindow.desktop"
fi
echo "ok: $(basename "$deb")"
