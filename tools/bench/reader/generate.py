#!/usr/bin/env python3
"""Generates the reader benchmark's referral-like sheet (24 columns, synthetic) at a given size as
XLSX with shared strings, XLSX with inline strings, and ODS converted by LibreOffice.

usage: generate.py ROWS [--out DIR] [--no-ods]
Files: DIR/referrals-ROWS-shared.xlsx, -inline.xlsx, ROWS.ods (DIR defaults to tools/bench/out).
The XLSX parts are written directly, laid out as Excel writes them (dates as serials with a
date style, numbers as <v>, strings as t="s" or t="inlineStr"); the ODS is LibreOffice's own."""
import argparse
import pathlib
import random
import shutil
import subprocess
import sys
import tempfile
import zipfile
from xml.sax.saxutils import escape

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))  # tools/, for fixturekit

from fixturekit import column_letters  # noqa: E402

HEADER = [
    "Date de saisine", "Nom", "Prénom", "Date de naissance", "Sexe", "Commune", "Motif",
    "Origine de la saisine", "Violences", "Enfants", "Entretiens", "Contacts partenaires",
    "Orientation juridique", "Orientation sociale", "Orientation santé", "Orientation hébergement",
    "Plainte déposée", "Date de fin", "Situation familiale", "Ressources", "Logement",
    "Durée (min)", "Intervenante", "Commentaire",
]
SURNAMES = ["MARTIN", "BERNARD", "THOMAS", "PETIT", "ROBERT", "RICHARD", "DURAND", "DUBOIS", "MOREAU",
            "LAURENT", "SIMON", "MICHEL", "LEFEBVRE", "LEROY", "ROUX", "DAVID", "BERTRAND", "MOREL",
            "FOURNIER", "GIRARD", "BONNET", "DUPONT", "LAMBERT", "FONTAINE", "ROUSSEAU", "VINCENT",
            "MULLER", "LEFEVRE", "FAURE", "ANDRE", "MERCIER", "BLANC", "GUERIN", "BOYER", "GARNIER",
            "CHEVALIER", "FRANCOIS", "LEGRAND", "GAUTHIER", "GARCIA", "PERRIN", "ROBIN", "CLEMENT",
            "MORIN", "NICOLAS", "HENRY", "ROUSSEL", "MATHIEU", "GAUTIER", "MASSON", "SCHMITT", "MEYER",
            "WEBER", "KLEIN", "SCHNEIDER", "HOFFMANN", "WAGNER", "BAUER", "KELLER", "HUBER"]
FIRST = ["Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Françoise", "Sandrine", "Céline",
         "Julie", "Camille", "Léa", "Manon", "Chloé", "Emma", "Inès", "Sarah", "Laura", "Aurélie",
         "Émilie", "Hélène", "Jean", "Pierre", "Michel", "Nicolas", "Thomas", "Lucas", "Hugo",
         "Mehdi", "Karim", "Sébastien", "Zoé", "Anaïs", "Océane", "Mélanie", "Valérie"]
COMMUNES = ["Strasbourg", "Mulhouse", "Colmar", "Haguenau", "Schiltigheim", "Illkirch-Graffenstaden",
            "Saint-Louis", "Sélestat", "Guebwiller", "Altkirch", "Thann", "Saverne", "Obernai",
            "Wittenheim", "Riedisheim", "Kingersheim", "Rixheim", "Bischheim", "Lingolsheim"]
MOTIFS = ["Violences conjugales", "Violences intrafamiliales", "Séparation", "Harcèlement",
          "Violences sexuelles", "Deuil", "Tentative de suicide", "Conflit familial",
          "Logement", "Difficultés financières", "Santé mentale", "Addiction du conjoint"]
ORIGINES = ["Gendarmerie", "Police nationale", "Police municipale", "Appel spontané",
            "Service social", "Hôpital", "Parquet", "Association"]
SITUATIONS = ["Mariée", "Pacsée", "Concubinage", "Célibataire", "Divorcée", "Séparée", "Veuve"]
RESSOURCES = ["Salaire", "RSA", "ARE", "AAH", "Retraite", "Sans ressources", "Pension alimentaire"]
LOGEMENTS = ["Locataire", "Propriétaire", "Hébergée famille", "Hébergement d'urgence", "Sans domicile"]
INTERVENANTES = ["A. Keller", "B. Schmitt", "C. Weber", "D. Muller", "E. Meyer", "F. Klein"]
WORDS = ["rappel", "prévu", "la", "semaine", "prochaine", "orientée", "vers", "avocat", "plainte",
         "en", "cours", "enfants", "chez", "les", "grands-parents", "rendez-vous", "annulé",
         "voir", "mail", "du", "partenaire", "situation", "stable", "mise", "à", "l'abri",
         "demande", "d'hébergement", "suivi", "par", "CCAS", "audition", "prévue", "le", "juge",
         "aux", "affaires", "familiales", "saisi", "certificat", "médical", "remis"]
OUI_NON = ["Oui", "Non"]
KINDS = "dssdsssssnnnsssssdssssnst"  # per column: d=date, n=number, s=string, t=free text


def row_values(rng, index):
    """One referral as (kind, value) pairs; None marks an empty cell."""
    start = 45658 + rng.randrange(365)  # 2025 serials
    values = [
        ("d", start), ("s", rng.choice(SURNAMES)), ("s", rng.choice(FIRST)),
        ("d", 18000 + rng.randrange(20000)), ("s", rng.choice("FFFH")), ("s", rng.choice(COMMUNES)),
        ("s", rng.choice(MOTIFS)), ("s", rng.choice(ORIGINES)), ("s", rng.choice(OUI_NON)),
        ("n", rng.randrange(5)), ("n", 1 + rng.randrange(6)), ("n", rng.randrange(4)),
    ]
    values += [("s", rng.choice(OUI_NON)) for _ in range(5)]
    values.append(("d", start + rng.randrange(90)) if rng.random() < 0.6 else None)
    values += [("s", rng.choice(SITUATIONS)), ("s", rng.choice(RESSOURCES)), ("s", rng.choice(LOGEMENTS)),
               ("n", 15 * (1 + rng.randrange(8))), ("s", rng.choice(INTERVENANTES))]
    if rng.random() < 0.7:
        comment = " ".join(rng.choice(WORDS) for _ in range(4 + rng.randrange(12)))
        values.append(("s", f"{comment} (dossier {index})"))
    else:
        values.append(None)
    return values


COLS = [column_letters(i + 1) for i in range(24)]

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>{shared}</Types>"""
SHARED_TYPE = '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"""
WORKBOOK = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Saisines" sheetId="1" r:id="rId1"/></sheets></workbook>"""
WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>{shared}</Relationships>"""
SHARED_REL = '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>"""


def write_xlsx(path, rows, inline):
    shared = {}
    order = []

    def string_cell(ref, text):
        if inline:
            return f'<c r="{ref}" t="inlineStr"><is><t>{escape(text)}</t></is></c>'
        index = shared.get(text)
        if index is None:
            index = shared[text] = len(order)
            order.append(text)
        return f'<c r="{ref}" t="s"><v>{index}</v></c>'

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES.format(shared="" if inline else SHARED_TYPE))
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("xl/workbook.xml", WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS.format(shared="" if inline else SHARED_REL))
        z.writestr("xl/styles.xml", STYLES)
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
            buffer = []
            for number, values in enumerate(rows, start=1):
                parts = [f'<row r="{number}">']
                for col, item in enumerate(values):
                    if item is None:
                        continue
                    kind, value = item
                    ref = f"{COLS[col]}{number}"
                    if kind == "s":
                        parts.append(string_cell(ref, value))
                    elif kind == "d":
                        parts.append(f'<c r="{ref}" s="1"><v>{value}</v></c>')
                    else:
                        parts.append(f'<c r="{ref}"><v>{value}</v></c>')
                parts.append("</row>")
                buffer.append("".join(parts))
                if len(buffer) >= 2000:
                    sheet.write("".join(buffer).encode())
                    buffer.clear()
            sheet.write("".join(buffer).encode())
            sheet.write(b"</sheetData></worksheet>")
        if not inline:
            with z.open("xl/sharedStrings.xml", "w", force_zip64=True) as sst:
                sst.write(f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                          f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                          f'count="{len(order)}" uniqueCount="{len(order)}">'.encode())
                for start in range(0, len(order), 5000):
                    sst.write("".join(f"<si><t>{escape(t)}</t></si>" for t in order[start:start + 5000]).encode())
                sst.write(b"</sst>")


def rows_for(count):
    rng = random.Random(20250101)
    yield [("s", h) for h in HEADER]
    for index in range(1, count):
        yield row_values(rng, index)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", type=int)
    parser.add_argument("--out", default=str(pathlib.Path(__file__).resolve().parents[1] / "out"))
    parser.add_argument("--no-ods", action="store_true")
    args = parser.parse_args()
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    shared = out / f"referrals-{args.rows}-shared.xlsx"
    inline = out / f"referrals-{args.rows}-inline.xlsx"
    if not shared.exists():
        write_xlsx(shared, rows_for(args.rows), inline=False)
    if not inline.exists():
        write_xlsx(inline, rows_for(args.rows), inline=True)
    ods = out / f"referrals-{args.rows}.ods"
    if not args.no_ods and not ods.exists():
        with tempfile.TemporaryDirectory() as tmp:
            # A private profile so a running LibreOffice or another user's settings do not interfere.
            subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless",
                            "--convert-to", "ods", "--outdir", tmp, str(shared)],
                           check=True, stdout=subprocess.DEVNULL)
            shutil.move(f"{tmp}/{shared.stem}.ods", ods)
    for path in (shared, inline, ods):
        if path.exists():
            print(f"{path} {path.stat().st_size} bytes")


if __name__ == "__main__":
    main()
