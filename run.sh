#!/usr/bin/env bash
# ./run.sh [workbench arguments] — installs what is missing, builds, fills a demo workstation
# (catalog, receipt numbers, accounts) and opens the workbench on it.
# Example: ./run.sh --lang en        (log in as clerk01 / onewindow-demo; F5 reads the demo card)
set -euo pipefail
root="$(cd "$(dirname "$0")" && pwd)"
cd "$root"
scripts/setup.sh
scripts/build.sh release
bin="$root/build/release/bin"
data="${OW_DATA_DIR:-$root/build/demo-data}"
for arg in "$@"; do
    case "$arg" in --data-dir|--data-dir=*) data="" ;; esac
done
args=("$@")
if [ -n "$data" ]; then
    scripts/demo-data.sh "$bin/onewindow-cli" "$data"
    args=(--data-dir "$data" --user clerk01 "$@")
fi
export OW_CARD_READER_FILE="${OW_CARD_READER_FILE:-$root/resources/demo/id-card.json}"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "run.sh: no display found; starting the workbench on a virtual display (xvfb-run)." >&2
    exec xvfb-run -a -s "-screen 0 1440x900x24" "$bin/onewindow" "${args[@]}"
fi
exec "$bin/onewindow" "${args[@]}"
