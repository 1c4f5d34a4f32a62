#!/usr/bin/env python3
"""python-calamine's side of the benchmark: reads every sheet into Python values (typed cells)."""
import sys

from python_calamine import CalamineWorkbook

total = 0
for path in sys.argv[1:]:
    workbook = CalamineWorkbook.from_path(path)
    for name in workbook.sheet_names:
        total += len(workbook.get_sheet_by_name(name).to_python())
print(f"rows={total}")
