#!/usr/bin/env bash
# scripts/build.sh PRESET — configures (first time only) and builds one CMake preset.
# Incremental afterwards; ccache is used automatically when installed.
set -euo pipefail
preset="${1:?usage: scripts/build.sh dev|ci|release}"
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
if [ ! -f "build/$preset/CMakeCache.txt" ]; then
    cmake --preset "$preset"
fi
cmake --build --preset "$preset"
