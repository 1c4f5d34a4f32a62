#!/usr/bin/env python3
"""Reads Samples/ back (ODS through LibreOffice to XLSX) and checks the truth's accounts and record ids against the cells."""

import csv
import datetime as dt
import os
import sys
import tempfile

import openpyxl

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import SAMPLES, TRUTH  # noqa: E402
from files import convert  # noqa: E402


def load_all():
    books = {}
    with tempfile.TemporaryDirectory(prefix="isg-verify-") as tmp:
        ods = []
        for site in sorted(os.listdir(SAMPLES)):
            for name in sorted(os.listdir(os.path.join(SAMPLES, site))):
                rel = f"{site}/{name}"
                if name.endswith(".ods"):
                    ods.append(rel)
                else:
                    books[rel] = openpyxl.load_workbook(os.path.join(SAMPLES, rel))
        for rel, out in zip(ods, convert([os.path.join(SAMPLES, r) for r in ods], "xlsx", tmp)):
            books[rel] = openpyxl.load_workbook(out)
    return books


def extent(ws):
    rows = [i for i, row in enumerate(ws.iter_rows(values_only=True), start=1)
            if any(v not in (None, "") for v in row)]
    return (rows[0], rows[-1]) if rows else (0, -1)


def main():
    books = load_all()
    problems = []
    with open(os.path.join(TRUTH, "nondata.csv"), encoding="utf-8") as f:
        for a in csv.DictReader(f):
            ws = books[a["file"]][a["sheet"]]
            if a["table"] == "form":
                continue
            first, last = extent(ws)
            if last - first + 1 != int(a["rows_read"]):
                problems.append(f"{a['file']}#{a['sheet']}: rows read {a['rows_read']}, sheet spans {first}..{last}")
    with open(os.path.join(TRUTH, "saisines.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            path, where = r["record_id"].split("#", 1)
            sheet, _, row = where.rpartition("!") if "!" in where else (where, "", "")
            ws = books[path][sheet]
            values = [v for line in (ws.iter_rows(min_row=int(row), max_row=int(row), values_only=True) if row
                                     else ws.iter_rows(values_only=True)) for v in line if v is not None]
            text = " ".join(v.isoformat()[:10] if isinstance(v, dt.datetime) else str(v) for v in values)
            if r["prenom"] not in text:
                problems.append(f"{r['record_id']}: first name not in the row")
            if r["date_saisine"] and path.startswith(("STRASBOURG", "MULHOUSE", "ALTKIRCH")) and r["date_saisine"] not in text:
                problems.append(f"{r['record_id']}: date {r['date_saisine']} not in the row")
    for p in problems[:40]:
        print(p)
    print(f"{len(problems)} problem(s) over {len(books)} files")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
