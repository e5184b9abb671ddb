#!/usr/bin/env bash
# scripts/screenshots.sh [BUILD_DIR] — renders the workbench on a virtual display (Xvfb) in
# each UI language and saves docs/screenshots/workbench-<lang>.png. Needs xvfb-run and
# ImageMagick's `import` (Debian: xvfb, imagemagick).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build/release}"
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT
mkdir -p "$root/docs/screenshots"
for lang in zh_CN en; do
    xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
        "$1" --lang "$2" --data-dir "$3" &
        pid=$!
        sleep 4
        import -window root "$4"
        kill $pid' _ "$build/bin/onewindow" "$lang" "$data" "$root/docs/screenshots/workbench-$lang.png"
    echo "docs/screenshots/workbench-$lang.png"
done
