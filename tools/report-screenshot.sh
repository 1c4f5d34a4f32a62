#!/usr/bin/env bash
# Renders a quality report in headless Chromium (Debian's package) and writes a PNG screenshot;
# with no report given, builds the demo report of the tests first.
#
#   tools/report-screenshot.sh [REPORT.html] [OUT.png] [WIDTHxHEIGHT]
#
# Fails when Chromium reports a page error (a broken page), or when the PNG is not written.
set -euo pipefail
cd "$(dirname "$0")/.."

report="${1:-}"
out="${2:-.build/report-screenshot/quality-report.png}"
size="${3:-1280x2600}"
mkdir -p "$(dirname "$out")"

if ! command -v chromium >/dev/null 2>&1; then
  echo "report-screenshot: installing chromium (Debian package)"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

if [ -z "$report" ]; then
  demo_dir="$PWD/.build/report-screenshot/demo"
  echo "report-screenshot: writing the demo report to $demo_dir"
  ISG_DEMO_REPORT_DIR="$demo_dir" swift test --filter writesTheDemoReportWhenAsked >/dev/null
  report="$demo_dir/quality-report.html"
fi
[ -f "$report" ] || { echo "report-screenshot: no report at $report" >&2; exit 2; }

abs_report="$(cd "$(dirname "$report")" && pwd)/$(basename "$report")"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
# No network: the report must stand alone, so any request it makes fails visibly in the log.
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
  --proxy-server='127.0.0.1:9' --proxy-bypass-list='<-loopback>' \
  --enable-logging=stderr --v=0 \
  --window-size="${size/x/,}" --screenshot="$out" "file://$abs_report" >"$log" 2>&1 || {
    cat "$log" >&2; echo "report-screenshot: chromium failed" >&2; exit 1; }

# Console errors and failed loads of the page itself (Chromium's own noise is filtered out).
if grep -E 'CONSOLE|Uncaught|net::ERR_' "$log" | grep -v -E 'dbus|gpu|GPU' >&2; then
  echo "report-screenshot: the page logged errors (above)" >&2
  exit 1
fi
[ -s "$out" ] || { echo "report-screenshot: no screenshot written" >&2; exit 1; }
echo "report-screenshot: $out"
