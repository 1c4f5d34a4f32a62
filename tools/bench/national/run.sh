#!/bin/sh
# The national-scale import benchmark: builds release, imports tools/bench/out/national/input
# (made by generate.py) and prints wall time, CPU time and peak memory, with the per-stage lines
# of ISG_TIMING. Bar: under 60 s wall and under 1 GiB peak on a 2-core machine.
#
# Usage: tools/bench/national/run.sh [--no-build] [OUT]
set -eu
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
CORPUS="$ROOT/tools/bench/out/national"
BUILD=1
if [ "${1:-}" = "--no-build" ]; then BUILD=0; shift; fi
OUT=${1:-"$CORPUS/isg-out"}

if [ ! -d "$CORPUS/input" ]; then
    echo "No corpus: run python3 tools/bench/national/generate.py first." >&2
    exit 2
fi
if [ "$BUILD" = 1 ]; then (cd "$ROOT" && swift build -c release >/dev/null); fi

rm -rf "$OUT"
TIMES=$(mktemp)
set +e
ISG_TIMING=1 /usr/bin/time -v "$ROOT/.build/release/isg" import "$CORPUS/input" \
    --mappings "$CORPUS/mappings" --out "$OUT" 2>"$TIMES"
STATUS=$?
set -e
grep '^isg timing' "$TIMES" || true
awk -F': ' '
    /Elapsed \(wall clock\)/ { wall = $2 }
    /User time/ { user = $2 }
    /System time/ { sys = $2 }
    /Maximum resident set size/ { rss = $2 }
    END {
        printf "wall %s   cpu %.1f s (user %s + sys %s)   peak %.0f MiB\n", wall, user + sys, user, sys, rss / 1024
    }' "$TIMES"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) (other processes on the machine)"
rm -f "$TIMES"
# Exit 1 is the import's "some rows rejected": the corpus plants rejects on purpose.
[ "$STATUS" -le 1 ] || exit "$STATUS"
