#!/usr/bin/env bash
# ./test.sh [ctest arguments] — installs what is missing, builds, runs the whole CTest suite.
# Uses the "ci" preset (warnings are errors) when CI is set, "dev" otherwise; both build with
# AddressSanitizer and UndefinedBehaviorSanitizer.
set -euo pipefail
root="$(cd "$(dirname "$0")" && pwd)"
cd "$root"
preset=dev
if [ -n "${CI:-}" ]; then
    preset=ci
fi
scripts/setup.sh
scripts/build.sh "$preset"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
# setup.sh installed PostgreSQL: the hub tests must really run on it, not skip.
export OW_REQUIRE_POSTGRES=1
ctest --preset "$preset" "$@"
