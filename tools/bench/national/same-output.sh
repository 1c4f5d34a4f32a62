#!/bin/sh
# Compares two `isg import` output folders: the exports and the quality report must be byte-identical.
# Usage: tools/bench/national/same-output.sh OUT_A OUT_B   (OUT_B made with OUT_A's person-id.key copied in)
status=0
for f in saisines.csv reunions.csv persons.csv rejets.csv quality-report.json quality-report.html consolidation.xlsx; do
    if cmp -s "$1/current/$f" "$2/current/$f"; then echo "same      $f"; else echo "DIFFERENT $f"; status=1; fi
done
exit $status
