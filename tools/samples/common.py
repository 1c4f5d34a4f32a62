"""Shared vocabulary of the sample generator: codes, records, the truth collector, small helpers."""

import csv
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

import fixturekit  # noqa: E402
from fixturekit import whole_years as age_at  # noqa: E402,F401  (the site writers import it from here)

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SAMPLES = os.path.join(ROOT, "Samples")
TRUTH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "truth")

SITES = {  # code -> (territoire, porteur)
    "STRASBOURG": ("67", "CEA"),
    "ALTKIRCH": ("68", "CIDFF68"),
    "COLMAR": ("68", "CIDFF68"),
    "MULHOUSE": ("68", "CIDFF68"),
}

ORIGINS = ["GENDARMERIE", "PRESENTATION_DIRECTE", "SERVICE_EXTERIEUR"]
ROLES = ["VICTIME", "AUTEUR", "MINEUR_CONCERNE", "AUTRE"]
MOTIVES = ["VIF", "PROTECTION_ENFANCE", "MAJEUR_VULNERABLE", "PRECARITE", "ADDICTION",
           "RUPTURE_SOCIALE", "ERRANCE", "DECES_SUICIDE", "AUTRE"]
ORIENTATIONS = ["SERVICES_SOCIAUX", "MEDICAL", "PSYCHOLOGIQUE", "PSYCHIATRIQUE",
                "ASSOCIATION", "LOGEMENT", "HEBERGEMENT_URGENCE", "JUSTICE", "AUTRE"]
DOMAINS = ["ENFANCE", "ASSOCIATIF", "JEUNESSE", "MEDICAL", "AUTRE"]

SAISINE_COLUMNS = [
    "record_id", "site", "periode", "territoire", "porteur", "date_saisine", "origine",
    "origine_detail", "nom", "prenom", "nom_naissance", "date_naissance", "age", "sexe",
    "mineur", "role", "commune", "connu_isg", "connu_cea", "motif_saisine",
    "motif_intervention", "nb_entretiens", "nb_liens_partenaires", "orientations",
]

MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]


class Person:
    """One invented person, who may be referred several times in the year."""

    def __init__(self, key):
        self.key = key          # true_person
        self.sex = None         # "F" / "M"
        self.minor = False
        self.birth = None       # datetime.date
        self.nom = None
        self.prenom = None
        self.nom_naissance = None   # birth name when married name differs
        self.commune = {}       # site -> commune
        self.referrals = []     # Records, sorted by date


class Record:
    """One row (or form) a site wrote: a kept referral, or an extra rejected row.

    `t` holds the truth values (DATA-MODEL field -> python value or None);
    `plants` the mistakes planted in it; `declared` fields written as an
    "unknown"/"none" wording.
    """

    def __init__(self, site, date, person):
        self.site = site
        self.date = date                # true referral date (before any plant)
        self.periode = f"{date.year:04d}-{date.month:02d}"
        self.person = person
        self.t = {}
        self.plants = {}                # field -> (kind, raw)
        self.declared = {}              # field -> ("unknown"|"none", raw)
        self.dup = False                # written a second time
        self.rejected = False           # referral date left empty -> rejected row
        self.age_form = "birth"         # "birth" (date written), "age" (age written), "none"
        self.record_id = None
        self.seq = 0                    # order of the row within its sheet

    def plant(self, field, kind, raw):
        self.plants[field] = (kind, raw)

    def is_repeat(self):
        return self.person.referrals and self.person.referrals[0] is not self


def iso(d):
    return d.isoformat() if d else ""


def a1(row, col):
    """1-based row, 0-based column -> A1."""
    return fixturekit.a1(row, col + 1)


def month_days(year, month):
    first = dt.date(year, month, 1)
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return [first + dt.timedelta(days=i) for i in range((nxt - first).days)]


class Truth:
    """Collects everything a perfect import must produce, and writes it as CSV."""

    def __init__(self):
        self.saisines = []
        self.reunions = []
        self.rejets = []
        self.duplicates = []
        self.findings = []
        self.declared = []
        self.accounts = []

    def finding(self, kind, site, file, sheet, row, cell, field, raw):
        self.findings.append([kind, site, file, sheet, "" if row is None else row, cell or "",
                              field or "", "" if raw is None else str(raw)])

    def account(self, file, sheet, table, read, kept, duplicates, rejected, non_data):
        assert read == kept + duplicates + rejected + non_data, (file, sheet)
        self.accounts.append([file, sheet, table, read, kept, duplicates, rejected, non_data])

    def meeting(self, record_id, site, date, domain):
        self.reunions.append([record_id, site, iso(date), domain])

    def write(self):
        os.makedirs(TRUTH, exist_ok=True)

        def out(name, header, rows):
            with open(os.path.join(TRUTH, name), "w", newline="", encoding="utf-8") as f:
                w = csv.writer(f, lineterminator="\n")
                w.writerow(header)
                w.writerows(rows)

        out("saisines.csv", SAISINE_COLUMNS + ["true_person"],
            sorted((saisine_row(r) for r in self.saisines), key=sort_key))
        out("reunions.csv", ["record_id", "site", "date", "domaine"], sorted(self.reunions, key=sort_key))
        out("rejets.csv", ["file", "sheet", "row", "reason"], sorted(self.rejets, key=sort_key))
        out("duplicates.csv", ["file", "sheet", "row", "duplicate_of"], sorted(self.duplicates, key=sort_key))
        out("findings.csv", ["kind", "site", "file", "sheet", "row", "cell", "field", "value"],
            sorted(self.findings, key=lambda r: (r[1], sort_key(r[2:]), r[0])))
        out("declared.csv", ["meaning", "site", "file", "sheet", "row", "cell", "field", "value"],
            sorted(self.declared, key=lambda r: (r[1], sort_key(r[2:]), r[0])))
        out("nondata.csv", ["file", "sheet", "table", "rows_read", "kept", "duplicates", "rejected",
                            "non_data"], sorted(self.accounts, key=sort_key))


def sort_key(row):
    """Orders rows by file, then sheet, then row number (numerically)."""
    key = []
    for v in row:
        s = str(v)
        if "!" in s and s.rsplit("!", 1)[1].isdigit():
            head, num = s.rsplit("!", 1)
            key.append((head, int(num)))
        elif s.isdigit():
            key.append(("", int(s)))
        else:
            key.append((s, 0))
    return key


def fmt(v):
    return fixturekit.model_text(v, ORIENTATIONS)


def saisine_row(r):
    territoire, porteur = SITES[r.site]
    base = {"record_id": r.record_id, "site": r.site, "periode": r.periode,
            "territoire": territoire, "porteur": porteur}
    row = [fmt(base[c]) if c in base else fmt(r.t.get(c)) for c in SAISINE_COLUMNS]
    return row + [r.person.key]
