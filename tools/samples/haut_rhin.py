"""What the three Haut-Rhin sites (Mulhouse, Colmar, Altkirch: one carrier, CIDFF 68) write alike:
the order rows are typed in, a register sheet typed a referral per row, the meetings sheet."""

import datetime as dt

from openpyxl.styles import Alignment, Font

from common import a1
from layout import duplicate, keep, reject, report_declared, report_plants, wording

DATE_FORMAT = "DD/MM/YYYY"
MEETING_SHEET = "Réunions"


def row_plan(rows, extras, dup_gap=1):
    """The month's rows in the order they are typed: ("keep", referral), then each rejected row
    ("reject") right after the referral it was copied from, and each duplicate ("dup") `dup_gap`
    rows after the first entry of its referral."""
    plan = [("keep", r) for r in rows]
    for e, model in extras:
        plan.insert(plan.index(("keep", model)) + 1, ("reject", e))
    for r in rows:
        if r.dup:
            plan.insert(plan.index(("keep", r)) + dup_gap, ("dup", r))
    return plan


def write_register(ws, truth, file, form, first_row, plan, cell_value, note_of, declared_words, spread=None):
    """Types `plan` a row each from `first_row` on a register sheet and records its truth and account
    (the rows above `first_row` are its title and header: non-data).

    form: the columns as (header, field), the last one the free notes; cell_value(r, field): what
    the site types; note_of(r): the note typed on a first entry (not repeated on its duplicate);
    declared_words: the "unknown"/"none" wordings of the site; spread: {column's field: the fields
    it holds} for a column that holds several fields."""
    col = {field: c for c, (_, field) in enumerate(form) if field}
    sheet = ws.title
    row = first_row
    counts = {"keep": 0, "dup": 0, "reject": 0}
    for kind, r in plan:
        cells, written = {}, {}
        for field, c in col.items():
            if field == "date_saisine" and kind == "reject":
                continue
            value = cell_value(r, field)
            if value is None or value == "":
                continue
            cell = ws.cell(row=row, column=c + 1, value=value)
            if isinstance(value, str) and "\n" in value:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(value, dt.datetime):
                cell.number_format = DATE_FORMAT
                text = value.date().isoformat()
            else:
                text = str(value)
            for f in (spread or {}).get(field, (field,)):
                written[f] = text
                cells[f] = a1(row, c)
        if kind != "dup":
            note = note_of(r)
            if note:
                ws.cell(row=row, column=len(form), value=note)
        date_cell = a1(row, col["date_saisine"])
        if kind == "keep":
            keep(truth, r, file, sheet, row)
            report_plants(truth, r, file, sheet, row, cells, written)
            declared = {f: v for f, v in written.items() if v in declared_words}
            if "orientations" in declared:
                r.declared["orientations"] = "none"
            report_declared(truth, r, file, sheet, row, cells, declared)
        elif kind == "dup":
            duplicate(truth, r, file, sheet, row, date_cell)
        else:
            reject(truth, r, file, sheet, row, date_cell)
        counts[kind] += 1
        row += 1
    truth.account(file, sheet, "saisines", row - 1, counts["keep"], counts["dup"], counts["reject"],
                  first_row - 1)


def write_meetings(wb, truth, site, file, meetings, headers, topic_of):
    """The meetings sheet of a monthly file (Colmar, Altkirch): a bold header row, then a meeting per
    row: its date, topic_of(i, date) (not mapped), the wording of its domain."""
    wm = wb.create_sheet(MEETING_SHEET)
    for c, h in enumerate(headers):
        wm.cell(row=1, column=c + 1, value=h).font = Font(bold=True)
    for i, (date, domain) in enumerate(meetings):
        wm.cell(row=i + 2, column=1, value=dt.datetime.combine(date, dt.time())).number_format = DATE_FORMAT
        wm.cell(row=i + 2, column=2, value=topic_of(i, date))
        wm.cell(row=i + 2, column=3, value=wording(site, "domaine", domain, 0))
        truth.meeting(f"{file}#{MEETING_SHEET}!{i + 2}", site, date, domain)
    truth.account(file, MEETING_SHEET, "reunions", len(meetings) + 1, len(meetings), 0, 0, 1)
