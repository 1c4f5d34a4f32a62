#!/usr/bin/env bash
# Builds the harnesses if needed, seeds TARGET, fuzzes it for SECONDS and prints the figures.
# The growing corpus stays in work/corpus/TARGET, findings go to work/artifacts/TARGET/, the
# full log to work/logs/. Extra arguments go to libFuzzer (e.g. -jobs, -only_ascii=1).
# Usage: tools/fuzz/run.sh TARGET SECONDS [libFuzzer flags...]
set -euo pipefail
target=${1:?usage: run.sh xlsx|ods|csv|mapping SECONDS [flags]}
seconds=${2:?usage: run.sh TARGET SECONDS [flags]}
shift 2
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"

# Incremental: a no-op when nothing changed. The main package is compiled again with the same
# flags into this package's own .build, so its code is instrumented too.
swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library \
    --product "$target" 2>&1 | grep -Ev '^\[|ld.gold: warning' || true
bin="$here/.build/release/$target"
[ -x "$bin" ] || { echo "build failed: no $bin" >&2; exit 1; }

./seeds.sh "$target"
work="$here/work"
mkdir -p "$work/corpus/$target" "$work/artifacts/$target" "$work/logs"
log="$work/logs/$target-$(date -u +%Y%m%dT%H%M%SZ).log"

# The first folder receives new inputs; the seeds folder is only read.
status=0
"$bin" "$work/corpus/$target" "$work/seeds/$target" \
    -dict="$here/dict/$target.dict" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$work/artifacts/$target/" "$@" >"$log" 2>&1 || status=$?

# libFuzzer prints one status line per event; INITED is the seeds' coverage, the last line the end.
echo "== $target, ${seconds}s, exit $status, log $log"
grep -m1 -E '^#[0-9]+[[:space:]]+INITED' "$log" | sed 's/^/start: /' || true
grep -E '^#[0-9]+[[:space:]]+(DONE|NEW|REDUCE|pulse|RELOAD)' "$log" | tail -1 | sed 's/^/end:   /' || true
grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb|new_units_added)' "$log" || true
echo "corpus: $(ls "$work/corpus/$target" | wc -l) files, $(du -sh "$work/corpus/$target" | cut -f1)"
artifacts=$(ls "$work/artifacts/$target")
if [ -n "$artifacts" ]; then
    echo "artifacts in $work/artifacts/$target:"; echo "$artifacts"
    grep -E 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|SUMMARY|Fatal error|==[0-9]+==' "$log" | head -20 || true
fi
exit $status
