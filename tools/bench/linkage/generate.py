#!/usr/bin/env python3
"""Generates synthetic person records with their truth, for the linkage benchmark.

Usage: generate.py N OUT_DIR [--seed S]
Writes OUT_DIR/records-N.csv (isg link's input) and OUT_DIR/truth-N.csv
(record_id,person,family,relation): the person each record belongs to, and for the hard
negatives the family they belong to and how (twin, parent, child, sibling, namesake).
About 1.3 records per person; the noise list is the README's (section Persons).
"""
import csv, datetime, os, unicodedata
import generator_args
from names import SURNAMES, FEMALE, MALE, VARIANTS, COMMUNES

VARIANT_OF = {}
for family in VARIANTS:
    for name in family:
        VARIANT_OF[name] = family


def zipf_choice(rng, pool, s=0.9):
    # Cumulative weights are built once per pool.
    key = id(pool)
    if key not in zipf_choice.cache:
        weights = [1 / (i + 1) ** s for i in range(len(pool))]
        zipf_choice.cache[key] = weights
    return rng.choices(pool, weights=zipf_choice.cache[key])[0]
zipf_choice.cache = {}

COMMUNE_NAMES = [c for c, _ in COMMUNES]
COMMUNE_WEIGHTS = [w for _, w in COMMUNES]


def random_date(rng, lo, hi):
    start = datetime.date(lo, 1, 1).toordinal()
    end = datetime.date(hi, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(start, end))


class Person:
    def __init__(self, pid, sex, first, surname, birth_name, dob, commune):
        self.pid, self.sex, self.first, self.surname = pid, sex, first, surname
        self.birth_name, self.dob, self.commune = birth_name, dob, commune


def new_person(rng, pid, surname=None, sex=None, dob=None, commune=None, first=None):
    sex = sex or rng.choice("FFFMM")
    first = first or zipf_choice(rng, FEMALE if sex == "F" else MALE)
    surname = surname or zipf_choice(rng, SURNAMES)
    if dob is None:
        dob = random_date(rng, 2006, 2023) if rng.random() < 0.15 else random_date(rng, 1935, 2005)
    birth_name = None
    if sex == "F" and dob.year < 1998 and rng.random() < 0.45:
        # Married: the usage name is the spouse's, the birth name is hers.
        birth_name, surname = surname, zipf_choice(rng, SURNAMES)
    commune = commune or rng.choices(COMMUNE_NAMES, weights=COMMUNE_WEIGHTS)[0]
    return Person(pid, sex, first, surname, birth_name, dob, commune)


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def typo(rng, s):
    if len(s) < 3:
        return s
    i = rng.randrange(1, len(s) - 1)
    kind = rng.random()
    if kind < 0.3:
        return s[:i] + s[i + 1:]                                  # a letter dropped
    if kind < 0.6:
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]                # two letters swapped
    if kind < 0.8:
        return s[:i] + rng.choice("aeioulnrst") + s[i + 1:]       # a letter replaced
    return s[:i] + s[i] + s[i:]                                   # a letter doubled


def case(rng, s):
    r = rng.random()
    return s.upper() if r < 0.4 else s.lower() if r < 0.5 else s


def date_typo(rng, d):
    y, m, dd = d.year, d.month, d.day
    for _ in range(10):
        k = rng.random()
        if k < 0.25 and dd > 9 and dd % 10 != dd // 10:
            cand = (y, m, (dd % 10) * 10 + dd // 10)              # day digits swapped
        elif k < 0.45 and dd <= 12 and dd != m:
            cand = (y, dd, m)                                     # day and month swapped
        elif k < 0.65:
            cand = (y - y % 10 + rng.choice([i for i in range(10) if i != y % 10]), m, dd)  # last year digit
        elif k < 0.8 and (y // 10) % 10 != y % 10:
            cand = (y - y % 100 + (y % 10) * 10 + (y // 10) % 10, m, dd)                    # year digits swapped
        else:
            cand = (y, m, max(1, min(28, dd + rng.choice([-1, 1]))))                        # day one off
        try:
            nd = datetime.date(*cand)
            if nd != d:
                return nd
        except ValueError:
            pass
    return d


def render(rng, p, n_in_person):
    """One record of person p, with the noise a clerk adds."""
    first, surname, birth_name = p.first, p.surname, ""
    last_field = surname
    if p.birth_name:
        r = rng.random()
        if r < 0.45:
            birth_name = p.birth_name
        elif r < 0.6:
            last_field = f"{surname} née {p.birth_name}"
        elif r < 0.7:
            last_field = f"{p.birth_name} ép. {surname}"
        elif r < 0.85:
            last_field = p.birth_name           # only the birth name this time
        # else: only the usage name
    if rng.random() < 0.05 and last_field in VARIANT_OF:
        last_field = rng.choice(VARIANT_OF[last_field])
    if rng.random() < 0.05 and first in VARIANT_OF:
        first = rng.choice(VARIANT_OF[first])
    if "-" in first:
        r = rng.random()
        if r < 0.25:
            first = first.split("-")[0]
        elif r < 0.5:
            first = first.replace("-", " ")
    if rng.random() < 0.05:
        last_field = typo(rng, last_field)
    if rng.random() < 0.04:
        first = typo(rng, first)
    if rng.random() < 0.3:
        last_field, first, birth_name = strip_accents(last_field), strip_accents(first), strip_accents(birth_name)
    last_field, first, birth_name = case(rng, last_field), case(rng, first), case(rng, birth_name)
    if rng.random() < 0.03:
        last_field, first = first, last_field
    dob = p.dob
    if rng.random() < 0.04:
        dob = date_typo(rng, dob)
    dob_text = "" if rng.random() < 0.15 else dob.isoformat()
    sex = "" if rng.random() < 0.10 else p.sex
    commune = p.commune
    if n_in_person > 0 and rng.random() < 0.12:
        commune = rng.choices(COMMUNE_NAMES, weights=COMMUNE_WEIGHTS)[0]   # moved
    r = rng.random()
    if commune.startswith("Saint") and r < 0.3:
        commune = commune.replace("Sainte-", "Ste-").replace("Saint-", "St-")
    elif r < 0.05:
        commune = ""
    elif r < 0.15:
        commune = commune.upper()
    return [last_field, first, birth_name, dob_text, sex, commune]


def main():
    a, rng = generator_args.parse(default_seed=4)

    people = []          # (person, family, relation)
    family_no = 0
    count_records = 0
    plan = []            # (person, n_records, family, relation)

    def add(p, family="", relation=""):
        nonlocal count_records
        k = rng.choices([1, 2, 3, 4, 5], weights=[78, 15, 5, 1.5, 0.5])[0]
        plan.append((p, k, family, relation))
        count_records += k

    pid = 0
    while count_records < a.n:
        pid += 1
        p = new_person(rng, f"p{pid}")
        r = rng.random()
        if r < 0.02:       # twins: same surname, date, commune; different first names
            family_no += 1; fam = f"f{family_no}"
            add(p, fam, "twin")
            pid += 1
            sex = rng.choice("FM")
            # Parents give twins names that share no word: "Jean" and "Jean-Luc" would be told
            # apart only by the clerk writing the compound in full, which the noise may undo.
            first = p.first
            while set(first.split("-")) & set(p.first.split("-")):
                first = zipf_choice(rng, FEMALE if sex == "F" else MALE)
            t = new_person(rng, f"p{pid}", surname=p.birth_name or p.surname, sex=sex, dob=p.dob, commune=p.commune, first=first)
            add(t, fam, "twin")
        elif r < 0.04 and p.sex == "M" and p.dob.year < 1985:   # father and son of the same name
            family_no += 1; fam = f"f{family_no}"
            add(p, fam, "parent")
            pid += 1
            son_dob = random_date(rng, p.dob.year + 20, min(2023, p.dob.year + 40))
            add(new_person(rng, f"p{pid}", surname=p.surname, sex="M", dob=son_dob, commune=p.commune, first=p.first), fam, "child")
        elif r < 0.07:     # siblings
            family_no += 1; fam = f"f{family_no}"
            add(p, fam, "sibling")
            pid += 1
            sdob = random_date(rng, max(1935, p.dob.year - 8), min(2023, p.dob.year + 8))
            s = new_person(rng, f"p{pid}", surname=p.birth_name or p.surname, dob=sdob, commune=p.commune)
            add(s, fam, "sibling")
        elif r < 0.08:     # namesakes: same names, same birth year, another date
            family_no += 1; fam = f"f{family_no}"
            add(p, fam, "namesake")
            pid += 1
            ndob = random_date(rng, p.dob.year, p.dob.year)
            n = new_person(rng, f"p{pid}", surname=p.surname, sex=p.sex, dob=ndob, first=p.first)
            n.birth_name = p.birth_name
            add(n, fam, "namesake")
        else:
            add(p)

    rows = []
    for p, k, fam, rel in plan:
        for i in range(k):
            rows.append((render(rng, p, i), p.pid, fam, rel))
    rows = rows[: a.n]
    rng.shuffle(rows)
    rec_path = os.path.join(a.out, f"records-{a.n}.csv")
    truth_path = os.path.join(a.out, f"truth-{a.n}.csv")
    with open(rec_path, "w", newline="", encoding="utf-8") as f, open(truth_path, "w", newline="") as t:
        w, tw = csv.writer(f, lineterminator="\n"), csv.writer(t, lineterminator="\n")
        w.writerow(["record_id", "last_name", "first_name", "birth_name", "birth_date", "sex", "commune"])
        tw.writerow(["record_id", "person", "family", "relation"])
        for i, (fields, person, fam, rel) in enumerate(rows):
            rid = f"r{i + 1:07d}"
            w.writerow([rid] + fields)
            tw.writerow([rid, person, fam, rel])
    print(f"{a.n} records of {len({r[1] for r in rows})} persons -> {rec_path}")


if __name__ == "__main__":
    main()
