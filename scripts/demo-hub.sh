#!/usr/bin/env bash
# scripts/demo-hub.sh HUB DIR — creates the demo hub database in DIR once: schema, calendars, the
# demo catalog and the demo accounts (README "Demo accounts"). Running it again changes nothing.
set -euo pipefail
hub="$1"
dir="$2"
root="$(cd "$(dirname "$0")/.." && pwd)"
mkdir -p "$dir"
if [ -e "$dir/.demo-seeded" ]; then
    exit 0
fi
"$hub" init --storage "sqlite:$dir/hub.db" --demo --catalog "$root/resources/catalog/demo-catalog.json" >&2
touch "$dir/.demo-seeded"
