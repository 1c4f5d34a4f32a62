#!/usr/bin/env python3
"""Reads an isg XLSX export back with openpyxl and zipfile, and prints what a test checks.

Usage: check-xlsx.py FILE. Prints one JSON object (entries, sheets, every cell as [type, value,
number format], and per sheet its layout: autofilter range, frozen cell, column widths, header
height, print titles); exits 1 when the package is broken."""
import json
import sys
import zipfile

import openpyxl

path = sys.argv[1]
with zipfile.ZipFile(path) as z:
    bad = z.testzip()  # verifies every entry's CRC
    if bad is not None:
        print(json.dumps({"bad_crc": bad}))
        sys.exit(1)
    names = z.namelist()
wb = openpyxl.load_workbook(path)
out = {"entries": names, "sheets": wb.sheetnames, "cells": {}, "layout": {}}
for ws in wb.worksheets:
    rows = []
    for row in ws.iter_rows():
        rows.append([[c.data_type, c.value if not hasattr(c.value, "isoformat") else c.value.isoformat(),
                      c.number_format] for c in row])
    out["cells"][ws.title] = rows
    out["layout"][ws.title] = {
        "filter": ws.auto_filter.ref,
        "frozen": ws.freeze_panes,
        "widths": {k: d.width for k, d in ws.column_dimensions.items() if d.customWidth},
        "header_height": ws.row_dimensions[1].height,
        "print_titles": ws.print_title_rows,
        "orientation": ws.page_setup.orientation,
        "bold_header": bool(ws.cell(1, 1).font and ws.cell(1, 1).font.b),
    }
print(json.dumps(out, ensure_ascii=False))
