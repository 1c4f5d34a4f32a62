#!/usr/bin/env bash
# Builds the seed corpus of one harness in tools/fuzz/work/seeds/TARGET from the repository's
# fixtures and samples and, when present, the shared peer corpus. Seeds are copied under their
# content hash (duplicates collapse) into the gitignored work folder, never into the repository.
# Usage: tools/fuzz/seeds.sh TARGET   (xlsx, ods, csv or mapping)
set -euo pipefail
target=${1:?usage: seeds.sh xlsx|ods|csv|mapping}
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
shared=${ISG_SHARED_CORPUS:-/work/shared/corpus}
out="$here/work/seeds/$target"
# Larger seeds slow every mutation (libFuzzer's max_len follows the largest seed); 300 KB keeps
# whole real workbooks while leaving out the few big peer files.
max_bytes=300000
# Seeds slower than the 10 s timeout under ASan would be reported as hangs on their first run:
# twenty_thousand_sheets.ods (20,000 sheets, ~10 s instrumented, well under 1 s in a normal
# build; ODSHostileTests keeps its linear-time read tested).
skip_names=(twenty_thousand_sheets.ods)

case "$target" in
    xlsx) dirs=("$repo/Tests/Fixtures/xlsx" "$repo/Tests/Fixtures/hostile" "$repo/Tests/Fixtures/mapping" "$repo/Samples" "$shared")
          names=(-iname '*.xlsx' -o -iname '*.xlsm' -o -iname '*.xls') ;;
    ods)  dirs=("$repo/Tests/Fixtures/ods" "$repo/Tests/Fixtures/hostile" "$repo/Tests/Fixtures/mapping" "$repo/Samples" "$shared")
          names=(-iname '*.ods') ;;
    csv)  dirs=("$repo/Tests/Fixtures/csv" "$repo/Samples" "$shared")
          names=(-iname '*.csv' -o -iname '*.tsv' -o -iname '*.txt') ;;
    mapping) dirs=("$repo/Mappings" "$repo/Tests/Fixtures/mapping" "$shared")
          names=(-iname '*.yaml' -o -iname '*.yml') ;;
    *) echo "unknown target: $target" >&2; exit 2 ;;
esac

mkdir -p "$out"
count=0
for dir in "${dirs[@]}"; do
    [ -d "$dir" ] || continue
    while IFS= read -r -d '' file; do
        [ "$(stat -c %s "$file")" -le "$max_bytes" ] || continue
        [[ " ${skip_names[*]} " == *" $(basename "$file") "* ]] && continue
        sum=$(sha1sum "$file" | cut -c1-40)
        cp -n "$file" "$out/$sum"
        count=$((count + 1))
    done < <(find "$dir" -type f \( "${names[@]}" \) -print0)
done
# The hostile fixtures are ZIP attacks whatever their extension: both zip harnesses get them all.
if [ "$target" = ods ]; then
    for file in "$repo"/Tests/Fixtures/hostile/*; do cp -n "$file" "$out/$(sha1sum "$file" | cut -c1-40)"; done
fi
# The mapping parser also reads the mapping text embedded in the tests' Swift sources.
if [ "$target" = mapping ]; then
    python3 - "$repo/Tests" "$out" <<'PY'
import hashlib, pathlib, re, sys
tests, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
for source in tests.rglob('*.swift'):
    for block in re.findall(r'"""\n(.*?)\n\s*"""', source.read_text(), re.S):
        if 'site:' in block or 'sites:' in block:
            text = '\n'.join(line[4:] if line.startswith('    ') else line for line in block.split('\n')).encode()
            (out / hashlib.sha1(text).hexdigest()).write_bytes(text)
PY
fi
echo "seeds for $target: $(ls "$out" | wc -l) files in $out ($count found)"
