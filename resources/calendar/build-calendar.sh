#!/usr/bin/env bash
# Rebuilds cn-YYYY.json (national public holidays and make-up working days, 放假调休) from the
# npm package chinese-days. Needs npm and node, and network access to the npm registry.
# Usage: resources/calendar/build-calendar.sh [VERSION [YEAR...]]   (default: 1.5.7 2025 2026)
# The format of the files is described in README.md beside this script.
set -euo pipefail
version="${1:-1.5.7}"
shift || true
years=("$@")
[ "${#years[@]}" -gt 0 ] || years=(2025 2026)
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "chinese-days@${version}" >/dev/null && tar xzf chinese-days-*.tgz)
published="$(cd "$work" && npm view --silent "chinese-days@${version}" "time[${version}]" 2>/dev/null | cut -c1-10 || true)"

for year in "${years[@]}"; do
    # dist/years/YYYY.json maps "YYYY-MM-DD" to "English name,中文名,days" in "holidays" (days
    # off) and "workdays" (weekend days worked instead); "inLieuDays" only explains which days
    # off were moved and is not needed to tell a working day.
    VERSION="$version" PUBLISHED="$published" YEAR="$year" \
        node - "$work/package/dist/years/${year}.json" > "$here/cn-${year}.json.new" <<'EOF'
const fs = require('fs');
const year = Number(process.env.YEAR);
const data = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const fail = (message) => { console.error(`cn-${year}.json: ${message}`); process.exit(1); };
const entries = (map, suffix) => Object.keys(map || {}).sort().map((date) => {
    const parts = String(map[date]).split(',');
    const name = (parts[1] || parts[0] || '').trim();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !date.startsWith(`${year}-`)) fail(`bad date ${date}`);
    if (!name) fail(`no name for ${date}`);
    return { date, name: name + suffix };
});
const holidays = entries(data.holidays, '');
const workdays = entries(data.workdays, '调休');
if (holidays.length < 10) fail(`only ${holidays.length} holidays`);
for (const w of workdays) {
    const day = new Date(`${w.date}T00:00:00Z`).getUTCDay();
    if (day !== 0 && day !== 6) fail(`make-up working day ${w.date} is not a weekend day`);
    if (holidays.some((h) => h.date === w.date)) fail(`${w.date} is both a holiday and a working day`);
}
const published = process.env.PUBLISHED ? `, published ${process.env.PUBLISHED}` : '';
const out = {
    year,
    source: `npm package chinese-days ${process.env.VERSION} (MIT${published}), dist/years/${year}.json; ` +
        `data of the State Council General Office notice on the ${year} public holidays ` +
        `(国务院办公厅关于${year}年部分节假日安排的通知)`,
    generated: new Date().toISOString().slice(0, 10),
    holidays,
    workdays,
};
// One entry per line, so that a change of the data reads as a change of lines.
const line = (e) => `    ${JSON.stringify(e)}`;
process.stdout.write(`{
  "year": ${out.year},
  "source": ${JSON.stringify(out.source)},
  "generated": ${JSON.stringify(out.generated)},
  "holidays": [
${out.holidays.map(line).join(',\n')}
  ],
  "workdays": [
${out.workdays.map(line).join(',\n')}
  ]
}
`);
EOF
    node -e 'JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))' "$here/cn-${year}.json.new"
    mv "$here/cn-${year}.json.new" "$here/cn-${year}.json"
    echo "wrote $here/cn-${year}.json: $(grep -c '"date"' "$here/cn-${year}.json") dates"
done
