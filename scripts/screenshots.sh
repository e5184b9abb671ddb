#!/usr/bin/env bash
# scripts/screenshots.sh [BUILD_DIR] — drives the workbench on a virtual display (Xvfb) in each
# UI language, as a clerk would with the keyboard, and saves docs/screenshots/:
#   login-<lang>.png       the log-in dialog
#   acceptance-<lang>.png  a returning-style visit: ID card read (F5), 退休一件事 chosen (txyjs),
#                          the pre-filled form with its sources, materials checked (Ctrl+M),
#                          the status bar reporting the hub (a demo hub runs meanwhile)
# Needs xvfb-run, xdotool and ImageMagick's `import` (Debian: xvfb, xdotool, imagemagick).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build/release}"
mkdir -p "$root/docs/screenshots"
hubdir="$(mktemp -d)"
"$root/scripts/demo-hub.sh" "$build/bin/onewindow-hub" "$hubdir" 2>/dev/null
"$build/bin/onewindow-hub" serve --storage "sqlite:$hubdir/hub.db" --listen 127.0.0.1:0 \
    --port-file "$hubdir/port" --registries "$root/resources/registries" 2>"$hubdir/hub.log" &
hub_pid=$!
trap 'kill $hub_pid 2>/dev/null || true; rm -rf "$hubdir"' EXIT
for _ in $(seq 1 100); do [ -s "$hubdir/port" ] && break; sleep 0.2; done
hub="http://127.0.0.1:$(cat "$hubdir/port")"
for lang in zh_CN en; do
    data="$(mktemp -d)"
    "$root/scripts/demo-data.sh" "$build/bin/onewindow-cli" "$data" "$hub" >/dev/null 2>&1
    OW_CARD_READER_FILE="$root/resources/demo/id-card.json" \
    xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
        "$1" --lang "$2" --data-dir "$3" --user clerk01 >/dev/null 2>&1 &
        pid=$!
        sleep 4
        import -window root "$4/login-$2.png"
        xdotool type --delay 30 onewindow-demo; xdotool key Return; sleep 3
        # No window manager on Xvfb: give the main window the input focus ourselves.
        for w in $(xdotool search --onlyvisible --class onewindow); do
            xdotool windowfocus --sync "$w" 2>/dev/null || true
        done
        sleep 0.5
        xdotool key F5; sleep 1.5
        xdotool type --delay 60 txyjs; sleep 0.5; xdotool key Return; sleep 1.5
        xdotool key ctrl+m; sleep 1
        import -window root "$4/acceptance-$2.png"
        kill $pid' _ "$build/bin/onewindow" "$lang" "$data" "$root/docs/screenshots"
    rm -rf "$data"
    echo "docs/screenshots/login-$lang.png docs/screenshots/acceptance-$lang.png"
done
