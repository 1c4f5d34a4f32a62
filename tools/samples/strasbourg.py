"""Writes Strasbourg's twelve monthly workbooks as Excel would (xlsxwriter): title block, two-row header, TOTAL."""

import datetime as dt
import os

import xlsxwriter

from common import MONTHS_FR, ORIENTATIONS, SAMPLES, a1
from layout import boolean, duplicate, keep, months_of, reject, report_declared, report_plants, unknown_word, wording

SITE = "STRASBOURG"
SHEET = "Saisines"
MEETING_SHEET = "Réunions"
TITLE = "Intervenants sociaux en gendarmerie du Bas-Rhin – Collectivité européenne d'Alsace"
# (column header, group header or None); the group cells are merged over their columns.
COLUMNS = [
    ("N°", None), ("Date de saisine", None),
    ("Type", "Origine"), ("Unité / service", "Origine"),
    ("Nom", "Personne"), ("Prénom", "Personne"), ("Date de naissance", "Personne"), ("Sexe", "Personne"),
    ("Rôle", None), ("Commune de résidence", None), ("Connu ISG", None), ("Connu CeA", None),
    ("Motif de la saisine", None), ("Motif retenu", None),
    ("Entretiens", "Actes"), ("Liens partenaires", "Actes"),
    ("Orient. services sociaux", "Actes"), ("Orient. médicale", "Actes"), ("Orient. psychologue", "Actes"),
    ("Orient. psychiatrie", "Actes"), ("Orient. association", "Actes"), ("Orient. logement", "Actes"),
    ("Orient. hébergement d'urgence", "Actes"), ("Orient. justice", "Actes"), ("Autre orientation", "Actes"),
    ("Observations", None),
]
COL = {name: i for i, (name, _) in enumerate(COLUMNS)}
FIELD_COL = {"date_saisine": 1, "origine": 2, "origine_detail": 3, "nom": 4, "prenom": 5, "date_naissance": 6,
             "sexe": 7, "role": 8, "commune": 9, "connu_isg": 10, "connu_cea": 11, "motif_saisine": 12,
             "motif_intervention": 13, "nb_entretiens": 14, "nb_liens_partenaires": 15}
ORIENT_COL0 = 16
HEADER_ROW = 4          # 1-based: group row; the column names are on row 5
FIRST_DATA = 6
NOTES = ["", "", "", "", "", "", "RDV pris", "Suivi en cours", "Relance faite", "Contact famille"]


def write(pop, truth):
    os.makedirs(os.path.join(SAMPLES, SITE), exist_ok=True)
    for month, rows, extras, meetings in months_of(pop, SITE):
        write_month(pop, truth, f"2023-{month:02d}", rows, extras, meetings)


def cell_text(r, field):
    """The text or value Strasbourg writes for a field of a record (before plants)."""
    t, u = r.t, r.u
    if field in r.declared:
        return unknown_word(SITE, u[7]) if field in ("connu_isg", "connu_cea") else None
    if field == "origine":
        return wording(SITE, "origine", t["origine"], u[1])
    if field == "origine_detail":
        return t["origine_detail"]
    if field == "sexe":
        return wording(SITE, "sexe", t["sexe"], 0)
    if field == "role":
        return wording(SITE, "role", t["role"], u[3])
    if field in ("connu_isg", "connu_cea"):
        return boolean(SITE, t[field], 0)
    if field in ("motif_saisine", "motif_intervention"):
        return wording(SITE, "motif", t[field], u[4] if field == "motif_saisine" else u[3])
    if field == "commune":
        return r.person.commune[SITE]
    return t.get(field)


def write_month(pop, truth, periode, rows, extras, meetings):
    file = f"{SITE}/{periode}.xlsx"
    wb = xlsxwriter.Workbook(os.path.join(SAMPLES, file))
    wb.set_properties({"title": "Saisines ISG", "author": "ISG 67", "created": dt.datetime(2023, 12, 31, 9, 0, 0)})
    f_title = wb.add_format({"bold": True, "font_size": 14, "align": "center"})
    f_sub = wb.add_format({"italic": True, "align": "center"})
    f_head = wb.add_format({"bold": True, "align": "center", "valign": "vcenter", "border": 1, "text_wrap": True,
                            "bg_color": "#DDEBF7"})
    f_date = wb.add_format({"num_format": "dd/mm/yyyy"})
    f_total = wb.add_format({"bold": True, "top": 2})
    ws = wb.add_worksheet(SHEET)
    wm = wb.add_worksheet(MEETING_SHEET)
    lists = wb.add_worksheet("Listes")
    for c, values in enumerate([["Oui", "Non", "NSP"], ["Femme", "Homme"],
                                ["Gendarmerie", "Présentation directe", "Service extérieur"]]):
        lists.write(0, c, ["OuiNon", "Sexe", "Origine"][c])
        for i, v in enumerate(values):
            lists.write(i + 1, c, v)
    lists.hide()

    last = len(COLUMNS) - 1
    month_name = MONTHS_FR[int(periode[5:]) - 1]
    ws.merge_range(0, 0, 0, last, TITLE, f_title)
    ws.merge_range(1, 0, 1, last, f"Tableau de suivi des saisines – {month_name} 2023", f_sub)
    # Two-row header: group cells merged across, lone columns merged down.
    c = 0
    while c <= last:
        name, group = COLUMNS[c]
        if group is None:
            ws.merge_range(HEADER_ROW - 1, c, HEADER_ROW, c, name, f_head)
            c += 1
            continue
        end = c
        while end + 1 <= last and COLUMNS[end + 1][1] == group:
            end += 1
        ws.merge_range(HEADER_ROW - 1, c, HEADER_ROW - 1, end, group, f_head)
        for k in range(c, end + 1):
            ws.write(HEADER_ROW, k, COLUMNS[k][0], f_head)
        c = end + 1
    ws.set_column(0, 0, 5)
    ws.set_column(1, last, 14)
    ws.freeze_panes(FIRST_DATA - 1, 2)

    # Lay out the sheet: data rows, a typed-twice row a little later, rejected rows, blank lines.
    plan = []
    for r in rows:
        plan.append(("keep", r))
    for e, model in extras:
        plan.insert(plan.index(("keep", model)) + 1, ("reject", e))
    for r in rows:
        if r.dup:
            at = plan.index(("keep", r)) + 1 + int(r.u[6] * 3)
            plan.insert(min(at, len(plan)), ("dup", r))
    k = 70 + int(rows[0].u[0] * 40) if rows else 0
    while 0 < k < len(plan):
        plan.insert(k, ("blank", None))
        k += 90 + int(rows[k % len(rows)].u[1] * 60)

    row = FIRST_DATA
    number = 0
    blank_rows = 0
    kept = dups = rejected = 0
    dv_end = FIRST_DATA + len(plan)
    for kind, r in plan:
        if kind == "blank":
            blank_rows += 1
            row += 1
            continue
        number += 1
        ws.write_number(row - 1, 0, number)
        cells, written = write_row(ws, r, row, f_date, blank_date=(kind == "reject"), note=NOTES[number % len(NOTES)])
        if kind == "keep":
            keep(truth, r, file, SHEET, row)
            report_plants(truth, r, file, SHEET, row, cells, written)
            report_declared(truth, r, file, SHEET, row, cells, written)
            kept += 1
        elif kind == "dup":
            duplicate(truth, r, file, SHEET, row, a1(row, FIELD_COL["date_saisine"]))
            dups += 1
        else:
            reject(truth, r, file, SHEET, row, a1(row, FIELD_COL["date_saisine"]))
            rejected += 1
        row += 1
    last_data = row - 1
    # TOTAL line with SUM/COUNTIF formulas and the values Excel would have cached.
    ws.write(row - 1, 0, "TOTAL", f_total)
    for field in ("nb_entretiens", "nb_liens_partenaires"):
        col = FIELD_COL[field]
        rng = f"{a1(FIRST_DATA, col)}:{a1(last_data, col)}"
        ws.write_formula(row - 1, col, f"=SUM({rng})", f_total, total_of(plan, field))
    for i, code in enumerate(ORIENTATIONS):
        col = ORIENT_COL0 + i
        rng = f"{a1(FIRST_DATA, col)}:{a1(last_data, col)}"
        n = sum(1 for kind, r in plan if r is not None and code in r.t["orientations"] and kind != "blank")
        ws.write_formula(row - 1, col, f'=COUNTIF({rng},"x")', f_total, n)
    for col in (FIELD_COL["connu_isg"], FIELD_COL["connu_cea"]):
        ws.data_validation(FIRST_DATA - 1, col, dv_end, col, {"validate": "list", "source": "=Listes!$A$2:$A$4"})
    ws.data_validation(FIRST_DATA - 1, FIELD_COL["sexe"], dv_end, FIELD_COL["sexe"],
                       {"validate": "list", "source": "=Listes!$B$2:$B$3"})
    ws.data_validation(FIRST_DATA - 1, FIELD_COL["origine"], dv_end, FIELD_COL["origine"],
                       {"validate": "list", "source": "=Listes!$C$2:$C$4"})
    # Rows 1..TOTAL: 2 title rows, the empty row 3, 2 header rows, blank lines, the TOTAL line.
    read = row
    truth.account(file, SHEET, "saisines", read, kept, dups, rejected, read - kept - dups - rejected)
    if read - kept - dups - rejected != 2 + 1 + 2 + blank_rows + 1:
        raise SystemExit(f"{file}: non-data rows do not add up")

    write_meetings(wb, wm, truth, file, periode, meetings, f_title, f_head, f_date)
    wb.close()


def total_of(plan, field):
    total = 0
    for kind, r in plan:
        if r is None:
            continue
        kind_plant = r.plants.get(field)
        value = kind_plant[1] if kind_plant else r.t[field]
        total += value
    return total


def write_row(ws, r, row, f_date, blank_date=False, note=""):
    cells = {f: a1(row, c) for f, c in FIELD_COL.items()}
    written = {}
    x = row - 1
    if not blank_date:
        plant = r.plants.get("date_saisine")
        if plant and plant[0] == "impossible_date":
            ws.write_string(x, FIELD_COL["date_saisine"], plant[1])
            written["date_saisine"] = plant[1]
        else:
            ws.write_datetime(x, FIELD_COL["date_saisine"], dt.datetime.combine(r.date, dt.time()), f_date)
            written["date_saisine"] = r.date.isoformat()
    nom, prenom = r.written_names
    if r.name_style == "nee":
        nom = f"{nom} née {r.written_birth_name}"
    for field, text in (("nom", nom), ("prenom", prenom)):
        if text:        # a referral with no name at all leaves both cells blank
            ws.write_string(x, FIELD_COL[field], text)
    if r.age_form == "birth":
        ws.write_datetime(x, FIELD_COL["date_naissance"], dt.datetime.combine(r.written_birth, dt.time()), f_date)
        written["date_naissance"] = r.written_birth.isoformat()
    for field in ("origine", "origine_detail", "sexe", "role", "commune", "connu_isg", "connu_cea",
                  "motif_saisine", "motif_intervention"):
        plant = r.plants.get(field)
        value = plant[1] if plant and plant[0] == "untranslated_value" else cell_text(r, field)
        if value:
            ws.write_string(x, FIELD_COL[field], value)
            written[field] = value
    for field in ("nb_entretiens", "nb_liens_partenaires"):
        plant = r.plants.get(field)
        value = plant[1] if plant else r.t[field]
        ws.write_number(x, FIELD_COL[field], value)
        written[field] = str(value)
    for i, code in enumerate(ORIENTATIONS):
        if code in r.t["orientations"]:
            ws.write_string(x, ORIENT_COL0 + i, "X" if r.u[i % 8] > 0.9 else "x")
    if note:
        ws.write_string(x, COL["Observations"], note)
    return cells, written


def write_meetings(wb, wm, truth, file, periode, meetings, f_title, f_head, f_date):
    month_name = MONTHS_FR[int(periode[5:]) - 1]
    wm.write(0, 0, f"Réunions partenariales – {month_name} 2023", f_title)
    for c, h in enumerate(["Date", "Partenaire(s)", "Domaine"]):
        wm.write(1, c, h, f_head)
    partners = ["Conseil départemental", "Maison des adolescents", "CMP", "SOS Femmes Solidarité",
                "Parquet", "CCAS", "Hôpital"]
    row = 3
    for i, (date, domain) in enumerate(meetings):
        wm.write_datetime(row - 1, 0, dt.datetime.combine(date, dt.time()), f_date)
        wm.write_string(row - 1, 1, partners[(date.day + i) % len(partners)])
        wm.write_string(row - 1, 2, wording(SITE, "domaine", domain, (date.day % 7) / 7))
        truth.meeting(f"{file}#{MEETING_SHEET}!{row}", SITE, date, domain)
        row += 1
    truth.account(file, MEETING_SHEET, "reunions", row - 1, len(meetings), 0, 0, 2)


README = """
## STRASBOURG: `Samples/STRASBOURG/2023-MM.xlsx` (12 files, xlsxwriter, Excel-like)

Sheets: `Saisines` (referrals), `Réunions` (meetings), `Listes` (hidden: the drop-down
lists, not read). Period: the file name `2023-MM`.

`Saisines`: row 1 title (merged A1:Z1), row 2 subtitle "Tableau de suivi des saisines –
<mois> 2023" (merged), row 3 empty, rows 4-5 the two-row header, data from row 6, blank
lines now and then inside, then a `TOTAL` line (text `TOTAL` in column A, `=SUM(...)` in O:P,
`=COUNTIF(...,"x")` in Q:Y, with cached values). Group cells on row 4: `Origine` over C:D,
`Personne` over E:H, `Actes` over O:Y; lone columns are merged over rows 4-5.

| col | header (row 5, or merged 4-5) | field |
|---|---|---|
| A | `N°` | not mapped (running number; differs on a duplicate row) |
| B | `Date de saisine` | date_saisine (real date, `dd/mm/yyyy`; one text `31/02/2023`) — required |
| C | `Origine` / `Type` | origine (drop-down) |
| D | `Origine` / `Unité / service` | origine_detail (text as written, may be empty) |
| E | `Personne` / `Nom` | nom; `X née Y` gives nom X, nom_naissance Y |
| F | `Personne` / `Prénom` | prenom (one referral has neither name nor first name: a `missing_name` warning, the row kept) |
| G | `Personne` / `Date de naissance` | date_naissance (real date or empty) |
| H | `Personne` / `Sexe` | sexe |
| I | `Rôle` | role |
| J | `Commune de résidence` | commune |
| K | `Connu ISG` | connu_isg |
| L | `Connu CeA` | connu_cea |
| M | `Motif de la saisine` | motif_saisine |
| N | `Motif retenu` | motif_intervention |
| O | `Actes` / `Entretiens` | nb_entretiens |
| P | `Actes` / `Liens partenaires` | nb_liens_partenaires |
| Q..Y | `Actes` / `Orient. services sociaux`, `Orient. médicale`, `Orient. psychologue`, `Orient. psychiatrie`, `Orient. association`, `Orient. logement`, `Orient. hébergement d'urgence`, `Orient. justice`, `Autre orientation` | orientations: SERVICES_SOCIAUX, MEDICAL, PSYCHOLOGIQUE, PSYCHIATRIQUE, ASSOCIATION, LOGEMENT, HEBERGEMENT_URGENCE, JUSTICE, AUTRE, each marked `x` or `X` |
| Z | `Observations` | not mapped (free notes) |

`Réunions`: row 1 title, row 2 header `Date`, `Partenaire(s)` (not mapped), `Domaine`;
one meeting per row from row 3.
"""
