#!/usr/bin/env bash
# Takes the screenshot of the web desk with the sample forms checked (docs/web.png, as the README shows it): the
# browser test that chooses the samples through the page's file input saves it. Needs Debian's chromium and
# chromium-driver (installed when missing). Usage: scripts/render-desk.sh [OUTPUT.png]
set -euo pipefail
cd "$(dirname "$0")/.."
png="${1:-docs/web.png}"
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi
mkdir -p "$(dirname "$png")"
mvn -B -q test -Dtest='DeskBrowserTest#kanslietChecksTheFormsAndDownloadsALetter' \
  -Dfinsam.web.screenshot="$(cd "$(dirname "$png")" && pwd)/$(basename "$png")"
echo "wrote $png"
