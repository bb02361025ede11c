#!/usr/bin/env bash
# Renders the HTML report of the sample data to a PNG (docs/report.png) in headless Chromium, as the README shows it.
# Installs Debian's chromium when it is missing. Usage: scripts/render-report.sh [OUTPUT.png]
set -euo pipefail
cd "$(dirname "$0")/.."
png="${1:-docs/report.png}"

if ! command -v chromium >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
./finsam-check check --format html --output "$work/report.html" testdata || [ $? -le 2 ] # 1: findings; 2: the office's note in testdata/not-a-form is no form

chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
  --disable-sync --no-first-run --user-data-dir="$work/profile" --hide-scrollbars \
  --window-size=1400,2000 --screenshot="$work/report.png" "file://$work/report.html" 2>/dev/null
mkdir -p "$(dirname "$png")"
cp "$work/report.png" "$png"
echo "wrote $png"
