"""Checks the written truth against the published 2023 indicators of DATA-MODEL.md; exits non-zero if one fails."""

import csv
import os
import sys

from common import TRUTH

PUBLISHED_SHARES = [  # (label, field, value, published percent)
    ("referred by gendarmes", "origine", "GENDARMERIE", 91),
    ("not known to the ISG", "connu_isg", "false", 66),
    ("not known to CeA social services", "connu_cea", "false", 75),
    ("women", "sexe", "F", 70),
    ("minors", "mineur", "true", 15),
    ("VIF at referral", "motif_saisine", "VIF", 78),
    ("VIF after assessment", "motif_intervention", "VIF", 55),
]


def read(name):
    with open(os.path.join(TRUTH, name), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def in_2023(row):
    date = row["date_saisine"] or row["periode"]
    return date.startswith("2023")


def check(partial=False):
    rows = [r for r in read("saisines.csv") if in_2023(r)]
    meetings = [m for m in read("reunions.csv") if m["date"].startswith("2023")]
    problems = []
    lines = []

    def expect(label, got, want):
        lines.append(f"  {label}: {got} (published {want})")
        if got != want:
            problems.append(f"{label}: {got}, published {want}")

    expect("referrals", len(rows), 4960)
    bas_rhin = sum(1 for r in rows if r["territoire"] == "67")
    expect("share Bas-Rhin %", round(100 * bas_rhin / max(1, len(rows))), 80)
    for label, field, value, pct in PUBLISHED_SHARES:
        known = [r for r in rows if r[field] != ""]
        share = 100 * sum(1 for r in known if r[field] == value) / max(1, len(known))
        lines.append(f"  {label}: {share:.2f} % over {len(known)} known, {len(rows) - len(known)} unknown")
        if round(share) != pct:
            problems.append(f"{label}: {share:.2f} %, published {pct} %")
        elif abs(share - pct) > 0.35:
            problems.append(f"{label}: {share:.2f} % is too close to the rounding edge of {pct} %")
    expect("interviews", sum(int(r["nb_entretiens"] or 0) for r in rows), 5457)
    expect("partner contacts", sum(int(r["nb_liens_partenaires"] or 0) for r in rows), 2552)
    expect("orientations", sum(len([c for c in r["orientations"].split(";") if c]) for r in rows), 3583)
    expect("meetings", len(meetings), 90)
    persons = {r["true_person"] for r in rows}
    lines.append(f"  distinct persons: {len(persons)} ({len(rows) / max(1, len(persons)):.2f} referrals each)")
    print("Indicators of the truth:")
    print("\n".join(lines))
    if problems and not partial:
        print("FAILED: the truth does not give the published indicators:", file=sys.stderr)
        for p in problems:
            print("  - " + p, file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    check()
