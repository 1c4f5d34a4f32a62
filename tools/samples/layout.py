"""Helpers every site writer shares: the site's rows month by month, turning a record's plants into truth
findings, picking wordings."""

from wordings import NONE, UNKNOWN, WORDINGS, pick


def wording(site, group, code, u):
    return pick(WORDINGS[site][group][code], u)


def boolean(site, value, u):
    return pick(WORDINGS[site]["bool"][value], u)


def unknown_word(site, u):
    return pick(UNKNOWN[site], u)


def none_word(site, u):
    return pick(NONE[site], u)


def report_plants(truth, r, file, sheet, row, cells, written):
    """One finding per planted mistake of a kept row, at the cell the writer used."""
    for field, (kind, raw) in sorted(r.plants.items()):
        value = written.get(field, raw)
        cell = cells.get(field, "")
        if kind == "missing_name":          # about the whole record: no cell, no value
            cell, value = "", None
        elif field == "orientations":       # one item of a list: the item as written
            value = raw
        truth.finding(kind, r.site, file, sheet, row, cell, field, value)


def report_declared(truth, r, file, sheet, row, cells, written):
    """Cells written with an "unknown" or "none" wording: no finding, but listed for the tests."""
    for field, meaning in sorted(r.declared.items()):
        if meaning in ("unknown", "none") and written.get(field):
            truth.declared.append([meaning, r.site, file, sheet, row, cells.get(field, ""), field,
                                   written[field]])


def keep(truth, r, file, sheet, row):
    r.record_id = f"{file}#{sheet}!{row}" if row is not None else f"{file}#{sheet}"
    truth.saisines.append(r)


def reject(truth, r, file, sheet, row, date_cell):
    truth.rejets.append([file, sheet, row, "date_saisine"])
    truth.finding("missing_required", r.site, file, sheet, row, date_cell, "date_saisine", "")


def duplicate(truth, r, file, sheet, row, date_cell):
    truth.duplicates.append([file, sheet, row, r.record_id])
    truth.finding("duplicate_entry", r.site, file, sheet, row, "", "", "")


def months_of(pop, site):
    """Per month of 2023: (month, the site's kept referrals in the order they are typed, its rejected
    rows as (row, the referral it is typed after), its meetings)."""
    recs = [r for r in pop.records if r.site == site]
    extras = [(e, m) for e, m in pop.extras if e.site == site]
    for month in range(1, 13):
        periode = f"2023-{month:02d}"
        rows = sorted((r for r in recs if r.periode == periode), key=lambda r: (r.date, r.person.key))
        yield (month, rows, [e for e in extras if e[1].periode == periode],
               [m for m in pop.meetings[site] if m[0].month == month])
