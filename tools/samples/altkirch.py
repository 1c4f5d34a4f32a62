"""Writes Altkirch's monthly workbooks of forms, one sheet per referral (openpyxl, then LibreOffice to XLSX or ODS)."""

import datetime as dt
import os
import tempfile

import openpyxl
from openpyxl.styles import Font

from common import MONTHS_FR, ORIENTATIONS, SAMPLES, a1, age_at
from files import convert
from haut_rhin import DATE_FORMAT, row_plan, write_meetings
from layout import duplicate, keep, months_of, reject, wording

SITE = "ALTKIRCH"
FORM_EDIT_MONTH = 6          # from June a row "Intervenante :" pushes the labels below it down by one
MOTIVES_HR = ["VIF", "PROTECTION_ENFANCE", "MAJEUR_VULNERABLE", "PRECARITE", "ADDICTION", "RUPTURE_SOCIALE",
              "ERRANCE", "AUTRE"]
ON, OFF = "☒", "☐"
# label -> row in the first version of the form (column A); values start in column B.
ROWS = {"date": 3, "origine": 4, "precision": 5, "nom": 7, "prenom": 8, "naissance": 9, "age": 10, "sexe": 11,
        "mineur": 12, "commune": 13, "role": 14, "connu_isg": 15, "connu_cea": 16, "motifs": 17,
        "entretiens": 27, "liens": 28, "orientations": 30}
LABELS = {"date": "Date de la saisine :", "origine": "Origine :", "precision": "Précision :", "nom": "Nom :",
          "prenom": "Prénom :", "naissance": "Date de naissance :", "age": "Âge :", "sexe": "Sexe :",
          "mineur": "Mineur :", "commune": "Commune :", "role": "Rôle :", "connu_isg": "Connu ISG :",
          "connu_cea": "Connu CeA :", "motifs": "Motif de la saisine :", "entretiens": "Nombre d'entretiens :",
          "liens": "Liens partenaires :", "orientations": "Orientations :"}


def file_name(month):
    ext = "xlsx" if month % 2 else "ods"
    return f"{SITE}/Altkirch_2023-{month:02d}.{ext}"


def write(pop, truth):
    out = os.path.join(SAMPLES, SITE)
    os.makedirs(out, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="isg-altkirch-") as tmp:
        by_format = {"xlsx": [], "ods": []}
        for month, rows, extras, meetings in months_of(pop, SITE):
            name = file_name(month)
            src = os.path.join(tmp, "src-" + name.rsplit(".", 1)[1], os.path.basename(name).rsplit(".", 1)[0] + ".xlsx")
            os.makedirs(os.path.dirname(src), exist_ok=True)
            write_month(src, truth, month, rows, extras, meetings)
            by_format[name.rsplit(".", 1)[1]].append(src)
        for fmt, sources in by_format.items():
            convert(sources, fmt, out)


def boxes(ws, row, options, chosen, also=None):
    """Check boxes from column B: `☒ Option` for the chosen one (and `also`, a second tick by
    mistake), `☐ Option` for the others."""
    cells = {}
    for i, (label, code) in enumerate(options):
        ws.cell(row=row, column=2 + i, value=f"{ON if code in (chosen, also) else OFF} {label}")
        cells[code] = a1(row, 1 + i)
    return cells


def second_tick(r, field, options, box, cells, written):
    """Two ☒ on a single-choice field: the importer reports the later one (ambiguous_mark)."""
    extra = getattr(r, "extra_tick", None)
    if not extra or extra[0] != field:
        return None
    order = [code for _, code in options]
    later = max(r.t[field], extra[1], key=order.index)
    cells[field] = box[later]
    written[field] = f"{ON} {dict((c, l) for l, c in options)[later]}"
    return extra[1]


def marks(ws, first_row, mark_col, codes, chosen, group):
    """A list of options with an X in the cell left of each chosen one."""
    for i, code in enumerate(codes):
        ws.cell(row=first_row + i, column=mark_col + 1, value=wording(SITE, group, code, 0))
        if code in chosen:
            ws.cell(row=first_row + i, column=mark_col, value="X")


def write_form(ws, r, month, blank_date):
    t, u = r.t, r.u
    shift = 1 if month >= FORM_EDIT_MONTH else 0

    def row_of(key):
        return ROWS[key] + (shift if ROWS[key] >= 6 else 0)

    ws["A1"] = "FICHE DE SAISINE – ISG brigade d'Altkirch"
    ws["A1"].font = Font(bold=True, size=13)
    for key, label in LABELS.items():
        ws.cell(row=row_of(key), column=1, value=label).font = Font(bold=True)
    if shift:
        ws.cell(row=6, column=1, value="Intervenante :").font = Font(bold=True)
        ws.cell(row=6, column=2, value="Mme S.")
    ws.cell(row=row_of("motifs"), column=4, value="Motif retenu :").font = Font(bold=True)
    cells, written = {}, {}
    cells["date_saisine"] = a1(row_of("date"), 1)
    if not blank_date:
        ws.cell(row=row_of("date"), column=2, value=dt.datetime.combine(r.date, dt.time())).number_format = DATE_FORMAT
        written["date_saisine"] = r.date.isoformat()
    options = [(wording(SITE, "origine", c, 0), c) for c in ("GENDARMERIE", "PRESENTATION_DIRECTE", "SERVICE_EXTERIEUR")]
    also = getattr(r, "extra_tick", (None, None))
    box = boxes(ws, row_of("origine"), options, t["origine"], also[1] if also[0] == "origine" else None)
    second_tick(r, "origine", options, box, cells, written)
    if t["origine_detail"]:
        ws.cell(row=row_of("precision"), column=2, value=t["origine_detail"])
    nom, prenom = r.written_names
    if r.name_style == "nee":
        nom = f"{nom} née {r.written_birth_name}"
    elif r.name_style == "ep":
        nom = f"{r.written_birth_name} ép. {nom}"
    ws.cell(row=row_of("nom"), column=2, value=nom)
    ws.cell(row=row_of("prenom"), column=2, value=prenom)
    cells["date_naissance"] = a1(row_of("naissance"), 1)
    plant = r.plants.get("date_naissance")
    if plant and plant[0] == "impossible_date":
        ws.cell(row=row_of("naissance"), column=2, value=plant[1])
        written["date_naissance"] = plant[1]
    elif r.age_form == "birth":
        ws.cell(row=row_of("naissance"), column=2,
                value=dt.datetime.combine(r.written_birth, dt.time())).number_format = DATE_FORMAT
        written["date_naissance"] = r.written_birth.isoformat()
    if r.age_form == "age":
        ws.cell(row=row_of("age"), column=2, value=f"{age_at(r.person.birth, r.date)} ans")
    boxes(ws, row_of("sexe"), [("Femme", "F"), ("Homme", "M")], t["sexe"])
    flag_cells = boxes(ws, row_of("mineur"), [("Oui", True), ("Non", False)], r.flag)
    cells["mineur"] = flag_cells[r.flag]
    written["mineur"] = f"{ON} {'Oui' if r.flag else 'Non'}"
    if "commune" not in r.declared:
        ws.cell(row=row_of("commune"), column=2, value=r.person.commune[SITE])
    options = [(wording(SITE, "role", c, 0), c) for c in ("VICTIME", "AUTEUR", "MINEUR_CONCERNE", "AUTRE")]
    box = boxes(ws, row_of("role"), options, t["role"], also[1] if also[0] == "role" else None)
    second_tick(r, "role", options, box, cells, written)
    for key in ("connu_isg", "connu_cea"):
        chosen = None if key in r.declared else t[key]
        box = boxes(ws, row_of(key), [("Oui", True), ("Non", False)], chosen)
        if chosen is not None:
            cells[key] = box[chosen]
            written[key] = f"{ON} {'Oui' if chosen else 'Non'}"
    first = row_of("motifs") + 1
    marks(ws, first, 2, MOTIVES_HR, [t["motif_saisine"]], "motif")
    chosen = [] if "motif_intervention" in r.declared else [t["motif_intervention"]]
    marks(ws, first, 5, MOTIVES_HR, chosen, "motif")
    for key, field in (("entretiens", "nb_entretiens"), ("liens", "nb_liens_partenaires")):
        plant = r.plants.get(field)
        value = plant[1] if plant else t[field]
        ws.cell(row=row_of(key), column=2, value=value)
        cells[field] = a1(row_of(key), 1)
        written[field] = str(value)
    marks(ws, row_of("orientations") + 1, 2, ORIENTATIONS, t["orientations"], "orientation")
    ws.column_dimensions["A"].width = 24
    for c in "BCDEF":
        ws.column_dimensions[c].width = 22
    return cells, written


def write_month(path, truth, month, rows, extras, meetings):
    file = file_name(month)
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for n, (kind, r) in enumerate(row_plan(rows, extras), start=1):
        sheet = f"Saisine {n}"
        ws = wb.create_sheet(sheet)
        cells, written = write_form(ws, r, month, blank_date=(kind == "reject"))
        date_row = int(cells["date_saisine"][1:])
        if kind == "keep":
            keep(truth, r, file, sheet, None)
            for field, (kind_, raw) in sorted(r.plants.items()):
                cell = cells.get(field, "")
                truth.finding(kind_, SITE, file, sheet, int(cell[1:]) if cell else None, cell, field,
                              written.get(field, raw))
            truth.account(file, sheet, "form", 1, 1, 0, 0, 0)
        elif kind == "dup":
            duplicate(truth, r, file, sheet, date_row, cells["date_saisine"])
            truth.account(file, sheet, "form", 1, 0, 1, 0, 0)
        else:
            reject(truth, r, file, sheet, date_row, cells["date_saisine"])
            truth.account(file, sheet, "form", 1, 0, 0, 1, 0)
    write_meetings(wb, truth, SITE, file, meetings, ["Date", "Objet", "Domaine"],
                   lambda i, date: f"Réunion {MONTHS_FR[date.month - 1]}")
    wb.save(path)


README = """
## ALTKIRCH: `Samples/ALTKIRCH/Altkirch_2023-MM.xlsx|ods` (12 files; forms)

Odd months are XLSX, even months ODS; all were written by openpyxl then saved by
LibreOffice (`soffice --convert-to xlsx|ods`). Period: the file name. Each referral is one
sheet named `Saisine N` (N = 1, 2, ... in the month), then a sheet `Réunions`.

The form: labels in column A, values from column B. From June (`2023-06` on) a row
`Intervenante :` (not mapped) was inserted at row 6, so every label from `Nom :` down is one
row lower; read values by their label, not by a fixed cell. Rows below are for January–May;
add 1 from `Nom :` down for June–December.

| row | label (col A) | value | field |
|---|---|---|---|
| 1 | title `FICHE DE SAISINE – ISG brigade d'Altkirch` | | not mapped |
| 3 | `Date de la saisine :` | B: real date | date_saisine — required |
| 4 | `Origine :` | B..D check boxes `☒ Gendarmerie`, `☐ Présentation directe`, `☐ Service extérieur` (☒ = chosen) | origine |
| 5 | `Précision :` | B: text, may be empty | origine_detail |
| 7 | `Nom :` | B | nom (`X née Y` or `Y ép. X`: nom X, nom_naissance Y) |
| 8 | `Prénom :` | B | prenom |
| 9 | `Date de naissance :` | B: real date, or empty; one text `31/04/1990` | date_naissance |
| 10 | `Âge :` | B: `45 ans`, only where no birth date | age |
| 11 | `Sexe :` | B..C `☒ Femme` / `☐ Homme` | sexe |
| 12 | `Mineur :` | B..C `☒ Oui` / `☐ Non` | the minor flag (see mineur above) |
| 13 | `Commune :` | B | commune |
| 14 | `Rôle :` | B..E `Victime`, `Auteur`, `Mineur concerné`, `Autre` boxes | role |
| 15 | `Connu ISG :` | B..C `Oui` / `Non` boxes; neither ticked = unknown | connu_isg |
| 16 | `Connu CeA :` | B..C `Oui` / `Non` boxes; neither ticked = unknown | connu_cea |
| 17 | `Motif de la saisine :` (A) and `Motif retenu :` (D) | rows 18-25: option names in C (and F), an `X` in B (and E) beside the chosen one; none marked in E-F = unknown | motif_saisine (B/C), motif_intervention (E/F) |
| 27 | `Nombre d'entretiens :` | B: number | nb_entretiens |
| 28 | `Liens partenaires :` | B: number | nb_liens_partenaires |
| 30 | `Orientations :` | rows 31-39: option names in C, `X` in B beside each chosen one (several possible; none = empty list) | orientations |

Two ticks on a single choice (three forms: `☒ Gendarmerie` and `☒ Présentation directe` or
`☒ Service extérieur` in Origine; `☒ Victime` and `☒ Mineur concerné` in Rôle): an
`ambiguous_mark` at the second ticked cell, the field empty in the truth.

Findings and rejects on a form carry the row of the value's cell (the date's row for a
rejected or duplicate form); duplicates.csv gives the duplicate sheet.

Sheet `Réunions`: header on row 1 `Date`, `Objet` (not mapped), `Domaine`; data from row 2.
"""
