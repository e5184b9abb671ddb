#!/usr/bin/env bash
# ./run.sh [workbench arguments] — installs what is missing, builds, starts the hub (onewindow-hub
# on SQLite with the demo catalog, registries and accounts), fills a demo workstation enrolled at
# that hub, opens the workbench on it, and stops the hub when the workbench exits.
# Example: ./run.sh --lang en        (log in as clerk01 / onewindow-demo; F5 reads the demo card)
# OW_HUB_PORT (default 8470) moves the hub; OW_DATA_DIR moves the demo data.
set -euo pipefail
root="$(cd "$(dirname "$0")" && pwd)"
cd "$root"
scripts/setup.sh
scripts/build.sh release
bin="$root/build/release/bin"
data="${OW_DATA_DIR:-$root/build/demo-data}"
port="${OW_HUB_PORT:-8470}"
for arg in "$@"; do
    case "$arg" in --data-dir|--data-dir=*) data="" ;; esac
done
args=("$@")

hub_pid=""
stop_hub() {
    if [ -n "$hub_pid" ]; then
        kill "$hub_pid" 2>/dev/null || true
        wait "$hub_pid" 2>/dev/null || true
    fi
}
trap stop_hub EXIT

if [ -n "$data" ]; then
    scripts/demo-hub.sh "$bin/onewindow-hub" "$data/hub"
    "$bin/onewindow-hub" serve --storage "sqlite:$data/hub/hub.db" --listen "127.0.0.1:$port" \
        --registries "$root/resources/registries" 2>>"$data/hub/hub.log" &
    hub_pid=$!
    for _ in $(seq 1 50); do
        if curl -fsS "http://127.0.0.1:$port/api/v1/health" >/dev/null 2>&1; then break; fi
        if ! kill -0 "$hub_pid" 2>/dev/null; then
            echo "run.sh: the hub did not start; see $data/hub/hub.log" >&2
            exit 1
        fi
        sleep 0.2
    done
    echo "run.sh: hub on http://127.0.0.1:$port (log: $data/hub/hub.log)" >&2
    scripts/demo-data.sh "$bin/onewindow-cli" "$data/workstation" "http://127.0.0.1:$port"
    args=(--data-dir "$data/workstation" --user clerk01 "$@")
fi
export OW_CARD_READER_FILE="${OW_CARD_READER_FILE:-$root/resources/demo/id-card.json}"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "run.sh: no display found; starting the workbench on a virtual display (xvfb-run)." >&2
    xvfb-run -a -s "-screen 0 1440x900x24" "$bin/onewindow" "${args[@]}"
else
    "$bin/onewindow" "${args[@]}"
fi
