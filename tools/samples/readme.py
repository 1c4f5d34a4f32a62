"""Writes tools/samples/README.md: how to regenerate, what the truth holds, every wording per site."""

import os

from wordings import NONE, ORIGIN_DETAILS, UNKNOWN, WORDINGS

HERE = os.path.dirname(os.path.abspath(__file__))

INTRO = """\
# The four sites' synthetic samples and their truth

Generated files: do not edit `Samples/` or `truth/` by hand, change the generator.

    python3 tools/samples/generate.py            # all four sites, then the indicator check
    python3 tools/samples/generate.py --sites STRASBOURG   # one site (the check then only prints)

Needs Python 3 with openpyxl, xlsxwriter and odfpy, and LibreOffice (`soffice`) for
Colmar and Altkirch (a private profile per run, so it does not clash with another
`soffice`). Fixed seed (2023): every run writes the same cell contents and the same truth;
the xlsxwriter and openpyxl files are byte-identical (zip times and document dates fixed);
LibreOffice's files may differ from run to run in the order of styles inside styles.xml.

    python3 tools/samples/verify.py              # reads Samples/ back and checks nondata.csv and record ids
The run ends with the check of the published 2023 indicators (DATA-MODEL.md) computed
from `truth/saisines.csv` and `truth/reunions.csv`; it exits 1 when one does not hold.

Nothing is real: names are drawn from common French and Alsatian names, communes are
public place names of Bas-Rhin and Haut-Rhin, every date is invented.

## The truth (`truth/`, UTF-8, `,`-separated, header row)

| file | holds |
|---|---|
| `saisines.csv` | every kept referral, DATA-MODEL.md columns in order (no `person_id`) plus `true_person`, the generator's person key |
| `reunions.csv` | every meeting: `record_id, site, date, domaine` |
| `rejets.csv` | rejected rows: `file, sheet, row, reason`; the reason is the missing required field (`date_saisine`) |
| `duplicates.csv` | rows typed twice: `file, sheet, row, duplicate_of` (the record_id of the kept first occurrence) |
| `findings.csv` | every planted mistake: `kind` (a finding kind of the README), `site, file, sheet, row, cell, field, value` (the raw value as written; a real date is given in ISO) |
| `declared.csv` | cells written with a wording the mapping must declare "unknown" (`NSP`, `?`) or "none" (`Aucune`, `-`): no finding expected, field empty / list empty |
| `nondata.csv` | the nothing-lost account per file and sheet: `rows_read = kept + duplicates + rejected + non_data` |

Values in `saisines.csv`: dates ISO, booleans `true`/`false`, orientations `;`-joined in
DATA-MODEL.md order, empty when unknown. Invalid or untranslated values are empty.
`age` is computed in whole years at `date_saisine` when both dates are known, else the age
as written ("45 ans" gives 45). `mineur` = `age < 18` when the age is known, OR the form's
"Mineur" flag where the form has one (Altkirch): a flag "Oui" on an adult or "Non" on a child
gives `true` (and a `minor_age_mismatch` finding); no age and no flag gives empty.
`nom_naissance` is filled only where the cell says it ("X née Y", "Y ép. X").
record_id is `<path relative to Samples/>#<sheet>!<row>` (the sheet's own 1-based row), and
`<path>#<sheet>` for an Altkirch form sheet.

Findings: `findings.csv` lists only the planted mistakes. `duplicate_entry` findings name
the second occurrence's row (cell and field empty). For form sheets (Altkirch) `row` is the
row of the cell holding the value. `missing_month` has empty file/sheet/row and the month
as value. `connu_isg_inconsistent` is on a later referral of a `true_person` whose earlier
referral is in the data (value: the cell as written). The mapping files must also ignore the
columns listed as "not mapped" below, or the importer will add `unknown_column` findings
that the truth does not list.

### What `nondata.csv` counts
For a table sheet: every row from the sheet's first non-empty row to its last non-empty
row, blank rows in between included (a cell holding only a formula's cached value counts as
non-empty). Each such row is exactly one of: kept (in `saisines` or `reunions`), duplicate,
rejected, or non-data (title lines, the blank line between title and header, header lines
(two at Strasbourg), blank lines inside the table, the TOTAL line). LibreOffice's repeated
empty rows after the last non-empty row are not counted. For an Altkirch form sheet: one
row read per sheet (kept, duplicate or rejected). Sheets the mapping does not read (the
hidden `Listes` sheet at Strasbourg) are not counted.
"""


def table(site):
    lines = ["| field | code | wordings |", "|---|---|---|"]
    for group, codes in WORDINGS[site].items():
        for code, words in codes.items():
            code_text = {True: "true", False: "false"}.get(code, code) if isinstance(code, bool) else code
            lines.append(f"| {group} | `{code_text}` | " + ", ".join(f"`{w}`" for w in words) + " |")
    if UNKNOWN[site]:
        lines.append("| any coded field | unknown | " + ", ".join(f"`{w}`" for w in UNKNOWN[site]) + " |")
    if NONE[site]:
        lines.append("| orientations | none (empty list) | " + ", ".join(f"`{w}`" for w in NONE[site]) + " |")
    details = ORIGIN_DETAILS.get(site)
    if details:
        for code, words in details.items():
            shown = ", ".join(f"`{w}`" for w in words if w) or "(empty)"
            lines.append(f"| origine_detail (free text, kept as written) | with `{code}` | {shown} |")
    return "\n".join(lines)


def planted():
    """A summary of the planted mistakes, read back from truth/findings.csv."""
    import collections
    import csv
    with open(os.path.join(HERE, "truth", "findings.csv"), encoding="utf-8") as f:
        counts = collections.Counter((r["kind"], r["site"]) for r in csv.DictReader(f))
    sites = ["STRASBOURG", "MULHOUSE", "COLMAR", "ALTKIRCH"]
    lines = ["## Planted mistakes (counts from `truth/findings.csv`)", "",
             "| kind | " + " | ".join(sites) + " |", "|---|" + "---|" * len(sites)]
    for kind in sorted({k for k, _ in counts}):
        lines.append(f"| `{kind}` | " + " | ".join(str(counts.get((kind, s), 0)) for s in sites) + " |")
    lines += ["", "Also planted, without a finding: the \"unknown\" and \"none\" wordings of `truth/declared.csv`;",
              "persons referred several times (about 1.3 referrals per person; `true_person`), some across",
              "sites (Colmar then Mulhouse, Altkirch then Mulhouse, Strasbourg then Colmar), some written with",
              "their married and birth names (`X née Y`, `Y ép. X`) on one referral and not on another, a",
              "birth date one day off on a later referral, birth dates missing.", ""]
    return "\n".join(lines)


def write(site_docs):
    parts = [INTRO, planted()]
    for site, doc in site_docs:
        parts.append(doc.strip() + "\n\nWordings (matched ignoring case, accents and spacing):\n\n" + table(site) + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(parts))
