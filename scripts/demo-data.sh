#!/usr/bin/env bash
# scripts/demo-data.sh CLI DATA_DIR [HUB_URL] — fills a workstation data directory with the demo
# data once (README "Demo"): the demo accounts and, with HUB_URL, enrolment at the demo hub as
# window W01 followed by one sync (catalog, calendars and a block of receipt numbers come from
# the hub). Without HUB_URL the workstation stays standalone: the catalog is imported from the
# file and a local block of receipt numbers is granted.
set -euo pipefail
cli="$1"
data="$2"
hub="${3:-}"
root="$(cd "$(dirname "$0")/.." && pwd)"
mkdir -p "$data"
ow() { "$cli" --data-dir "$data" "$@"; }
if [ ! -e "$data/.demo-seeded" ]; then
    echo 'onewindow-admin' | ow clerk add admin --name 系统管理员 --role admin --password-stdin >/dev/null
    echo 'onewindow-demo' | ow clerk add clerk01 --name 王小明 --role clerk --window W01 --password-stdin >/dev/null
    echo 'onewindow-lead' | ow clerk add lead01 --name 李科长 --role clerk,supervisor --window W01 --password-stdin >/dev/null
    if [ -z "$hub" ]; then
        ow catalog import "$root/resources/catalog/demo-catalog.json" >/dev/null
        ow receipts grant "W01-$(date +%Y)" 1 5000 >/dev/null
    fi
    touch "$data/.demo-seeded"
fi
if [ -n "$hub" ] && [ ! -e "$data/.demo-enrolled" ]; then
    OW_HUB_PASSWORD=onewindow-admin ow sync enrol --hub "$hub" --station W01 --window W01 --user admin >&2
    ow sync once >&2 || echo "demo-data: the first sync did not finish; the workbench retries" >&2
    touch "$data/.demo-enrolled"
fi
echo "demo data ready in $data (log in as clerk01 / onewindow-demo)" >&2
