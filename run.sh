#!/usr/bin/env bash
# ./run.sh [workbench arguments] — installs what is missing, builds and opens the workbench.
# Example: ./run.sh --lang en --data-dir /tmp/ow-demo
set -euo pipefail
root="$(cd "$(dirname "$0")" && pwd)"
cd "$root"
scripts/setup.sh
scripts/build.sh release
workbench="$root/build/release/bin/onewindow"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "run.sh: no display found; starting the workbench on a virtual display (xvfb-run)." >&2
    exec xvfb-run -a -s "-screen 0 1440x900x24" "$workbench" "$@"
fi
exec "$workbench" "$@"
