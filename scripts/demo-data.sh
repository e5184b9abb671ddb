#!/usr/bin/env bash
# scripts/demo-data.sh CLI DATA_DIR — fills a workstation data directory with the demo data once:
# the demo catalog, a block of receipt numbers and the demo accounts (see README "Demo").
set -euo pipefail
cli="$1"
data="$2"
root="$(cd "$(dirname "$0")/.." && pwd)"
mkdir -p "$data"
if [ -e "$data/.demo-seeded" ]; then
    exit 0
fi
ow() { "$cli" --data-dir "$data" "$@"; }
ow catalog import "$root/resources/catalog/demo-catalog.json" >/dev/null
ow receipts grant "W01-$(date +%Y)" 1 5000 >/dev/null
echo 'onewindow-admin' | ow clerk add admin --name 系统管理员 --role admin --password-stdin >/dev/null
echo 'onewindow-demo' | ow clerk add clerk01 --name 王小明 --role clerk --window W01 --password-stdin >/dev/null
echo 'onewindow-lead' | ow clerk add lead01 --name 李科长 --role clerk,supervisor --window W01 --password-stdin >/dev/null
touch "$data/.demo-seeded"
echo "demo data ready in $data (log in as clerk01 / onewindow-demo)" >&2
