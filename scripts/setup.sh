#!/usr/bin/env bash
# scripts/setup.sh — installs the Debian 12 packages OneWindow needs, and only those missing.
# Uses sudo only when not root. Safe to run again: with everything present it does nothing.
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake ninja-build ccache pkg-config dpkg-dev file desktop-file-utils
    # Qt 6.4 and friends
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qt6-svg-dev libqt6svg6 qt6-httpserver-dev qt6-websockets-dev
    qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins libgl-dev
    qcoro-qt6-dev
    # crypto, storage, QR codes
    libssl-dev libsqlite3-dev sqlite3 libqrencode-dev
    # fonts (Chinese, and rare characters outside the BMP) and a virtual display
    fonts-noto-cjk xvfb xauth
    # printed documents: Latin and digits in PDFs (fonts-dejavu-core); tests read the PDFs
    # back (pdftotext from poppler-utils) and decode their QR codes (zbarimg from zbar-tools)
    fonts-dejavu-core poppler-utils zbar-tools
    # run.sh waits for the hub with curl
    curl
    # Unihan readings (pinyin search table, built by tools/pinyin) and bzip2 to unpack them
    unicode-data bzip2
    # PostgreSQL for the hub tests: only its programs are used — each test makes its own
    # throw-away cluster with initdb (tests/support/PgCluster), so the system cluster the
    # package may create is neither needed nor touched
    postgresql
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if ((${#missing[@]} == 0)); then
    exit 0
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
    sudo=(sudo)
fi
echo "setup: installing ${missing[*]}" >&2
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q >&2
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
