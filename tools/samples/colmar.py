"""Writes Colmar's monthly ODS files as LibreOffice saves them (openpyxl, then soffice), August missing."""

import datetime as dt
import os
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Font

from common import MONTHS_FR, ORIENTATIONS, SAMPLES, a1
from files import convert
from haut_rhin import row_plan, write_meetings, write_register
from layout import boolean, months_of, none_word, unknown_word, wording
from population import COLMAR_MERGED_MONTH, MISSING_MONTH

SITE = "COLMAR"
SHEET = "Saisines"
COLUMNS = [("Date\nsaisine", "date_saisine"), ("Nom", "nom"), ("Prénom", "prenom"),
           ("Date de\nnaissance", "date_naissance"), ("Âge", "age"), ("Sexe\n(F/H)", "sexe"),
           ("Commune", "commune"), ("Origine", "origine"), ("Précision\norigine", "origine_detail"),
           ("Rôle", "role"), ("Connu\nISG", "connu_isg"), ("Connu\nCeA", "connu_cea"),
           ("Motif\nsaisine", "motif_saisine"), ("Motif\nintervention", "motif_intervention"),
           ("Nb\nentretiens", "nb_entretiens"), ("Nb liens\npartenaires", "nb_liens_partenaires"),
           ("Orientations", "orientations"), ("Commentaire", None)]
# From September the form has one column for the birth date or, where it is not known, the age.
MERGED = ("Date de naissance\nou âge", "date_ou_age")
COLUMNS_MERGED = [c for c in COLUMNS if c[1] not in ("date_naissance", "age")]
COLUMNS_MERGED.insert(3, MERGED)
COL = {field: c for c, (_, field) in enumerate(COLUMNS) if field}


def columns(month):
    return COLUMNS_MERGED if month >= COLMAR_MERGED_MONTH else COLUMNS
COMMENTS = ["", "", "", "", "à revoir", "suivi CMS", "plainte déposée"]


def file_name(month):
    return f"{SITE}/Colmar_2023-{month:02d}.ods"


def write(pop, truth):
    out = os.path.join(SAMPLES, SITE)
    os.makedirs(out, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="isg-colmar-") as tmp:
        sources = []
        for month, rows, extras, meetings in months_of(pop, SITE):
            if MISSING_MONTH.get(SITE) == month:
                truth.finding("missing_month", SITE, "", "", None, "", "", f"2023-{month:02d}")
                continue
            src = os.path.join(tmp, os.path.basename(file_name(month)).replace(".ods", ".xlsx"))
            write_month(src, truth, month, rows, extras, meetings)
            sources.append(src)
        convert(sources, "ods", out)


def french_date(d, style, two_digit_year):
    if style == 0:
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == 1:
        year = f"{d.year % 100:02d}" if two_digit_year else str(d.year)
        return f"{d.day}/{d.month}/{year}"
    return f"{d.day} {MONTHS_FR[d.month - 1]} {d.year}"


def orientation_text(r):
    codes = [c for c in ORIENTATIONS if c in r.t["orientations"]]
    if not codes:
        return none_word(SITE, r.u[6] / 0.7) if r.u[6] < 0.7 else None
    words = [wording(SITE, "orientation", c, r.u[(i + 3) % 8]) for i, c in enumerate(codes)]
    return (", " if r.u[5] < 0.5 else " / ").join(words)


def cell_value(r, field):
    """What Colmar types for a field; dates as real dates about half the time, else French text."""
    t, u = r.t, r.u
    if field == "nom":
        nom = r.written_names[0]
        if r.name_style == "nee":
            return f"{nom} née {r.written_birth_name}"
        if r.name_style == "ep":
            return f"{r.written_birth_name} ép. {nom}"
        return nom
    if field == "prenom":
        return r.written_names[1]
    if field in r.declared:
        if field in ("connu_isg", "connu_cea") and u[7] < 0.3:
            return unknown_word(SITE, u[6])
        return None
    plant = r.plants.get(field)
    if plant and plant[0] in ("untranslated_value", "invalid_value", "impossible_date"):
        return plant[1]
    if field == "date_saisine":
        if u[0] < 0.5:
            return dt.datetime.combine(r.date, dt.time())
        return french_date(r.date, int(u[1] * 3), True)
    if field == "date_naissance":
        if r.age_form != "birth":
            return None
        if u[2] < 0.5:
            return dt.datetime.combine(r.written_birth, dt.time())
        return french_date(r.written_birth, 0 if u[3] < 0.5 else 2, False)
    if field == "age":
        if r.age_form != "age":
            return None
        from common import age_at
        years = age_at(r.person.birth, r.date)
        return f"{years} ans" if u[4] < 0.8 else str(years)
    if field == "sexe":
        return wording(SITE, "sexe", t["sexe"], u[5] * 0.6)
    if field == "commune":
        return r.person.commune[SITE]
    if field == "origine":
        return wording(SITE, "origine", t["origine"], u[1])
    if field == "origine_detail":
        return t["origine_detail"]
    if field == "role":
        return wording(SITE, "role", t["role"], u[3])
    if field in ("connu_isg", "connu_cea"):
        return boolean(SITE, t[field], u[4] if field == "connu_isg" else u[6])
    if field in ("motif_saisine", "motif_intervention"):
        return wording(SITE, "motif", t[field], u[2] if field == "motif_saisine" else u[5])
    if field == "orientations":
        return orientation_text(r)
    if field == "date_ou_age":
        return cell_value(r, "date_naissance") or cell_value(r, "age")
    return t.get(field)


def write_month(path, truth, month, rows, extras, meetings):
    file = file_name(month)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = SHEET
    form = columns(month)
    for c, (header, _) in enumerate(form):
        cell = ws.cell(row=1, column=c + 1, value=header)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    write_register(ws, truth, file, form, 2, row_plan(rows, extras), cell_value,
                   lambda r: COMMENTS[int(r.u[7] * len(COMMENTS))], ("NSP", "?", "-", "Aucune"),
                   spread={"date_ou_age": ("date_naissance", "age")})
    for c in range(len(form)):
        ws.column_dimensions[a1(1, c)[:-1]].width = 13
    partners = ["Maison de l'enfance", "Réseau VIF 68", "CMP Colmar"]
    write_meetings(wb, truth, SITE, file, meetings, ["Date réunion", "Partenaires", "Thème"],
                   lambda i, date: partners[i % 3])
    wb.save(path)


README = """
## COLMAR: `Samples/COLMAR/Colmar_2023-MM.ods` (11 files: no August; openpyxl, then LibreOffice)

Period: the file name. August is missing (`missing_month` finding, value `2023-08`).
Written by LibreOffice (`soffice --convert-to ods`), so the sheets carry LibreOffice's
repeated empty rows and columns after the data.

Sheet `Saisines`: the header on row 1, with line breaks inside the header cells (shown
here as `\\n`), data from row 2, no title, no total, no blank line.

| col | header | field |
|---|---|---|
| A | `Date\\nsaisine` | date_saisine — required. Half real dates, half text typed by hand: `05/03/2023`, `5/3/23`, `5 mars 2023` (day first); one impossible `30/02/2023` |
| B | `Nom` | nom: also `X née Y` (nom X, nom_naissance Y) and `Y ép. X` (nom X, nom_naissance Y) |
| C | `Prénom` | prenom |
| D | `Date de\\nnaissance` | date_naissance: real date, or text `05/03/1985`, `5 mars 1985`; empty when the age is given instead |
| E | `Âge` | age, as written: `45 ans` or `45` (only where no birth date is given) |

From September (`2023-09` on) the form merged D and E into one column D `Date de naissance\\nou âge`
holding the birth date (real date or text, as above) or, where it is not known, the age (`45 ans`
or `45`); every column after it moves one to the left (F becomes E, ..., R becomes Q). One cell
holds neither (`env. 30 ans`): an `invalid_value` on date_naissance, birth date and age empty.
| F | `Sexe\\n(F/H)` | sexe |
| G | `Commune` | commune |
| H | `Origine` | origine |
| I | `Précision\\norigine` | origine_detail (text as written, may be empty) |
| J | `Rôle` | role |
| K | `Connu\\nISG` | connu_isg (blank = unknown) |
| L | `Connu\\nCeA` | connu_cea (blank = unknown) |
| M | `Motif\\nsaisine` | motif_saisine |
| N | `Motif\\nintervention` | motif_intervention |
| O | `Nb\\nentretiens` | nb_entretiens |
| P | `Nb liens\\npartenaires` | nb_liens_partenaires (blank = unknown) |
| Q | `Orientations` | orientations: one cell, separated by `, ` or ` / ` |
| R | `Commentaire` | not mapped |

Sheet `Réunions`: header on row 1 `Date réunion`, `Partenaires` (not mapped), `Thème`
(the domaine); data from row 2.
"""
