"""Writes Mulhouse's one workbook for the year (openpyxl): a sheet per month, a mid-year form change, meetings last."""

import datetime as dt
import os

import openpyxl
from openpyxl.styles import Font

from common import MONTHS_FR, ORIENTATIONS, SAMPLES
from files import normalise_zip
from haut_rhin import DATE_FORMAT, row_plan, write_register
from layout import boolean, months_of, none_word, unknown_word, wording
from population import FORM_CHANGE_MONTH, MULHOUSE_ALT_ENTER_MONTH

SITE = "MULHOUSE"
FILE = f"{SITE}/ISG Mulhouse 2023.xlsx"
SHEETS = ["Janv", "Févr", "Mars", "Avr", "Mai", "Juin", "Juil", "Août", "Sept", "Oct", "Nov", "Déc"]
MEETING_SHEET = "Réunions"
# The two versions of the form: (header, field). From July the motive is split in two and
# "Commune" becomes "Lieu de résidence", moved after the orientations.
FORM_1 = [("Date", "date_saisine"), ("NOM Prénom", "nom_prenom"), ("Civilité", "sexe"),
          ("Né(e) le", "date_naissance"), ("Commune", "commune"), ("Origine de la saisine", "origine"),
          ("Situation", "role"), ("Déjà connu ISG", "connu_isg"), ("Connu CeA", "connu_cea"),
          ("Motif", "motif_saisine"), ("Nb entretiens", "nb_entretiens"),
          ("Contacts partenaires", "nb_liens_partenaires"), ("Orientations", "orientations"),
          ("Remarques", None)]
FORM_2 = [("Date", "date_saisine"), ("NOM Prénom", "nom_prenom"), ("Civilité", "sexe"),
          ("Né(e) le", "date_naissance"), ("Origine de la saisine", "origine"), ("Situation", "role"),
          ("Déjà connu ISG", "connu_isg"), ("Connu CeA", "connu_cea"), ("Motif de saisine", "motif_saisine"),
          ("Motif retenu après évaluation", "motif_intervention"), ("Nb entretiens", "nb_entretiens"),
          ("Contacts partenaires", "nb_liens_partenaires"), ("Orientations", "orientations"),
          ("Lieu de résidence", "commune"), ("Remarques", None)]
REMARKS = ["", "", "", "", "", "rappeler", "RDV fixé", "dossier transmis"]


def write(pop, truth):
    os.makedirs(os.path.join(SAMPLES, SITE), exist_ok=True)
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for month, rows, extras, _ in months_of(pop, SITE):     # the meetings are on a sheet of their own
        write_month(wb.create_sheet(SHEETS[month - 1]), truth, month, rows, extras)
    write_meetings(wb.create_sheet(MEETING_SHEET), truth, pop.meetings[SITE])
    wb.properties.creator = "CIDFF 68"
    wb.properties.created = dt.datetime(2023, 1, 2, 9, 0, 0)
    wb.properties.modified = dt.datetime(2023, 12, 31, 17, 0, 0)
    path = os.path.join(SAMPLES, FILE)
    wb.save(path)
    normalise_zip(path)


def orientation_text(r):
    codes = [c for c in ORIENTATIONS if c in r.t["orientations"]]
    if not codes:
        return none_word(SITE, r.u[6] * 2) if r.u[6] < 0.5 else None
    words = [wording(SITE, "orientation", c, r.u[(i + 2) % 8]) for i, c in enumerate(codes)]
    extra = getattr(r, "extra_orientation", None)
    if extra:       # a wording outside the vocabulary, on its own line
        return "\n".join(words + [extra])
    if r.date.month >= MULHOUSE_ALT_ENTER_MONTH and len(words) > 1 and r.u[5] < 0.5:
        return "\n".join(words)        # one per line (Alt+Enter)
    if len(words) == 1:
        return words[0]
    sep = [", ", " / ", "/", ","][int(r.u[5] * 4)]
    if r.u[4] < 0.4:
        return sep.join(words[:-1]) + " et " + words[-1]
    return sep.join(words)


def cell_value(r, field):
    t, u = r.t, r.u
    if field == "nom_prenom":
        nom, prenom = r.written_names
        return f"{nom} {prenom}"
    if field in r.declared:
        if r.declared[field] == "unknown" and field in ("connu_isg", "connu_cea", "motif_saisine",
                                                        "motif_intervention") and u[7] < 0.6:
            return unknown_word(SITE, u[7])
        return None
    plant = r.plants.get(field)
    if plant and plant[0] in ("untranslated_value", "invalid_value", "impossible_date") and field != "orientations":
        return plant[1]
    if field == "date_saisine":
        return dt.datetime.combine(r.date, dt.time())
    if field == "date_naissance":
        return dt.datetime.combine(r.written_birth, dt.time()) if r.age_form == "birth" else None
    if field == "sexe":
        if r.person.minor and t["sexe"] == "F":
            return "Mlle"
        return wording(SITE, "sexe", t["sexe"], u[3] * 0.66 if t["sexe"] == "F" else u[3])
    if field == "commune":
        return r.person.commune[SITE]
    if field == "origine":
        return t["origine_detail"]
    if field == "role":
        return wording(SITE, "role", t["role"], u[3])
    if field in ("connu_isg", "connu_cea"):
        return boolean(SITE, t[field], u[4])
    if field in ("motif_saisine", "motif_intervention"):
        return wording(SITE, "motif", t[field], u[2] if field == "motif_saisine" else u[1])
    if field == "orientations":
        return orientation_text(r)
    return t.get(field)


def write_month(ws, truth, month, rows, extras):
    form = FORM_1 if month < FORM_CHANGE_MONTH else FORM_2
    ws["A1"] = f"ISG Mulhouse – saisines de {MONTHS_FR[month - 1]} 2023"
    ws["A1"].font = Font(bold=True, size=13)
    for c, (header, _) in enumerate(form):
        ws.cell(row=2, column=c + 1, value=header).font = Font(bold=True)
    # A duplicate is typed two rows after its first entry here, not right under it.
    write_register(ws, truth, FILE, form, 3, row_plan(rows, extras, dup_gap=2), cell_value,
                   lambda r: REMARKS[int(r.u[0] * len(REMARKS))], ("?", "Aucune", "-"),
                   spread={"nom_prenom": ("nom", "prenom")})
    ws.column_dimensions["B"].width = 26


def write_meetings(ws, truth, meetings):
    ws["A1"] = "Réunions partenariales 2023"
    for c, h in enumerate(["Date", "Objet", "Domaine"]):
        ws.cell(row=2, column=c + 1, value=h)
    topics = ["Réseau VIF", "Comité enfance", "Point partenaires", "Réunion CCAS", "Santé mentale"]
    row = 3
    for i, (date, domain) in enumerate(meetings):
        ws.cell(row=row, column=1, value=dt.datetime.combine(date, dt.time())).number_format = DATE_FORMAT
        ws.cell(row=row, column=2, value=topics[i % len(topics)])
        ws.cell(row=row, column=3, value=wording(SITE, "domaine", domain, (i % 3) / 3))
        truth.meeting(f"{FILE}#{MEETING_SHEET}!{row}", SITE, date, domain)
        row += 1
    truth.account(FILE, MEETING_SHEET, "reunions", row - 1, len(meetings), 0, 0, 2)


README = """
## MULHOUSE: `Samples/MULHOUSE/ISG Mulhouse 2023.xlsx` (one workbook, openpyxl)

Sheets `Janv`, `Févr`, `Mars`, `Avr`, `Mai`, `Juin`, `Juil`, `Août`, `Sept`, `Oct`, `Nov`,
`Déc` (period: the sheet name, month of 2023), then `Réunions`. Each month sheet: row 1 a
one-cell title "ISG Mulhouse – saisines de <mois> 2023", row 2 the header, data from row 3;
no blank line, no total. Dates are real dates (`DD/MM/YYYY`); one text `31/06/2023`.

The form changed in July (`Juil` onwards): the single `Motif` column was split into
`Motif de saisine` and `Motif retenu après évaluation`, and `Commune` was renamed
`Lieu de résidence` and moved after `Orientations`. Before July the single `Motif` is the
motive at referral; `motif_intervention` is empty in the truth.

| header, Janv–Juin (col) | header, Juil–Déc (col) | field |
|---|---|---|
| `Date` (A) | `Date` (A) | date_saisine — required |
| `NOM Prénom` (B) | `NOM Prénom` (B) | nom (the leading upper-case words) and prenom (the rest): `DA SILVA Marie-Claire` gives nom `DA SILVA`, prenom `Marie-Claire` |
| `Civilité` (C) | `Civilité` (C) | sexe |
| `Né(e) le` (D) | `Né(e) le` (D) | date_naissance |
| `Commune` (E) | `Lieu de résidence` (N) | commune |
| `Origine de la saisine` (F) | (E) | origine (vocabulary below) AND origine_detail (the cell's text as written) |
| `Situation` (G) | (F) | role |
| `Déjà connu ISG` (H) | (G) | connu_isg |
| `Connu CeA` (I) | (H) | connu_cea |
| `Motif` (J) | `Motif de saisine` (I) | motif_saisine |
| — | `Motif retenu après évaluation` (J) | motif_intervention |
| `Nb entretiens` (K) | (K) | nb_entretiens |
| `Contacts partenaires` (L) | (L) | nb_liens_partenaires |
| `Orientations` (M) | (M) | orientations: one cell listing several, separated by `,` or `/` (with or without spaces), the last one sometimes by ` et `; from October about half the lists one per line (Alt+Enter: `Psychologue\\nAvocat`), one of them with a line outside the vocabulary (`PMI`: `untranslated_value`, the other items kept) |
| `Remarques` (N) | `Remarques` (O) | not mapped (differs on a duplicate row) |

`Réunions`: row 1 title, row 2 header `Date`, `Objet` (not mapped), `Domaine`; data from row 3.
"""
