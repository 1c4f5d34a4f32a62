#!/usr/bin/env python3
"""Generates persons the way real registers hide them, with the truth and each record's noise.

Usage: hard_generate.py N OUT_DIR [--seed S]
Writes OUT_DIR/hard-records-N.csv (isg link's input) and OUT_DIR/hard-truth-N.csv
(record_id,person,family,relation,noise): the true person of each record, the family and relation
of the hard negatives (twin, namesake, parent, child), and the noise kinds this record carries,
`;`-separated (see NOISE_KINDS). Independent of generate.py and tools/samples/: its own name lists
(hard_names.py), its own noise model. Rates are per record unless said otherwise.
"""
import csv, datetime, os, unicodedata
import generator_args
from hard_names import ORIGINS, VARIANT_FAMILIES, COMMUNES, SURNAME_PARTS

NOISE_KINDS = [
    "no_birth_date", "placeholder_0101", "year_typo", "date_digits_swapped", "day_month_swapped",
    "wrong_sex", "no_sex", "usage_name_only", "birth_name_only", "both_names_unmarked",
    "names_swapped", "partial_double_first", "azerty_typo", "accents_dropped", "spelling_variant",
    "moved", "no_commune",
]

RATES = dict(no_birth_date=0.15, placeholder_0101=0.03, year_typo=0.012, date_digits_swapped=0.01,
             day_month_swapped=0.006, wrong_sex=0.01, no_sex=0.05, names_swapped=0.03,
             azerty_surname=0.04, azerty_first=0.03, accents_dropped=0.5, spelling_variant=0.2,
             moved=0.12, no_commune=0.05)

AZERTY_ROWS = ["azertyuiop", "qsdfghjklm", "wxcvbn"]
NEIGHBOURS = {}
for r, row in enumerate(AZERTY_ROWS):
    for c, k in enumerate(row):
        near = [row[c + d] for d in (-1, 1) if 0 <= c + d < len(row)]
        for rr in (r - 1, r + 1):
            if 0 <= rr < len(AZERTY_ROWS):
                near += [AZERTY_ROWS[rr][cc] for cc in (c - 1, c, c + 1) if 0 <= cc < len(AZERTY_ROWS[rr])]
        NEIGHBOURS[k] = near


def words(text):
    return [w.replace("_", " ") for w in text.split()]


POOLS = {o: (share, words(s), words(f), words(m)) for o, (share, s, f, m) in ORIGINS.items()}
ORIGIN_NAMES = list(POOLS)
ORIGIN_WEIGHTS = [POOLS[o][0] for o in ORIGIN_NAMES]
VARIANTS = {}
for family in VARIANT_FAMILIES:
    members = words(family)
    for name in members:
        VARIANTS[name] = members
PARTS = {o: (pre.split(), suf.split()) for o, (pre, suf) in SURNAME_PARTS.items()}
COMMUNE_NAMES = [c for c, _ in COMMUNES]
COMMUNE_WEIGHTS = [w for _, w in COMMUNES]
ZIPF = {}


def zipf(rng, pool, s=1.0):
    key = id(pool)
    if key not in ZIPF:
        acc, total = [], 0.0
        for i in range(len(pool)):
            total += 1 / (i + 1) ** s
            acc.append(total)
        ZIPF[key] = acc
    return rng.choices(pool, cum_weights=ZIPF[key])[0]


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn").replace("ı", "i")


def azerty_typo(rng, s):
    letters = [i for i, c in enumerate(s) if c.lower() in NEIGHBOURS and i > 0]
    if len(s) < 4 or not letters:
        return s
    i = rng.choice(letters)
    kind = rng.random()
    if kind < 0.45:   # the neighbouring key
        k = rng.choice(NEIGHBOURS[s[i].lower()])
        return s[:i] + (k.upper() if s[i].isupper() else k) + s[i + 1:]
    if kind < 0.65:
        return s[:i] + s[i + 1:]
    if kind < 0.85 and i + 1 < len(s):
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    return s[:i] + s[i] + s[i:]


def fold(name):
    return strip_accents(name).lower()


def similarity(a, b):
    """Jaro-Winkler, to keep twins' first names apart."""
    if a == b:
        return 1.0
    r = max(0, max(len(a), len(b)) // 2 - 1)
    am, bm, m = [False] * len(a), [False] * len(b), 0
    for i, c in enumerate(a):
        for j in range(max(0, i - r), min(len(b), i + r + 1)):
            if not bm[j] and b[j] == c:
                am[i] = bm[j] = True
                m += 1
                break
    if not m:
        return 0.0
    t, k = 0, 0
    for i in range(len(a)):
        if am[i]:
            while not bm[k]:
                k += 1
            t += a[i] != b[k]
            k += 1
    jaro = (m / len(a) + m / len(b) + (m - t // 2) / m) / 3
    p = 0
    while p < min(4, len(a), len(b)) and a[p] == b[p]:
        p += 1
    return jaro + p * 0.1 * (1 - jaro)


class Person:
    __slots__ = ("pid", "origin", "sex", "first", "second", "surname", "birth_name", "dob", "commune", "family", "relation")

    def __init__(self, **kw):
        self.family, self.relation, self.second, self.birth_name = "", "", None, None
        for k, v in kw.items():
            setattr(self, k, v)


def random_dob(rng, minor_share=0.15):
    if rng.random() < minor_share:
        year = rng.randint(2006, 2023)
    else:
        year = min(2005, max(1930, int(rng.gauss(1978, 15))))
    return datetime.date(year, 1, 1) + datetime.timedelta(days=rng.randrange(365))


def surname_of(rng, origin):
    """A listed surname (the common ones) or, half the time, an invented one from the long tail."""
    if rng.random() < 0.5:
        return zipf(rng, POOLS[origin][1], 0.8)
    pre, suf = PARTS[origin]
    return zipf(rng, pre, 0.5) + zipf(rng, suf, 0.5)


def new_person(rng, pid, origin=None, sex=None, surname=None, dob=None, commune=None, first=None):
    origin = origin or rng.choices(ORIGIN_NAMES, weights=ORIGIN_WEIGHTS)[0]
    _, surnames, females, males = POOLS[origin]
    sex = sex or ("F" if rng.random() < 0.68 else "M")
    first = first or zipf(rng, females if sex == "F" else males)
    second = None
    if origin in ("fr", "als") and rng.random() < 0.15:
        second = zipf(rng, females if sex == "F" else males)
        if second == first:
            second = None
    dob = dob or random_dob(rng)
    surname = surname or surname_of(rng, origin)
    p = Person(pid=pid, origin=origin, sex=sex, first=first, second=second, surname=surname, dob=dob,
               commune=commune or rng.choices(COMMUNE_NAMES, weights=COMMUNE_WEIGHTS)[0])
    if sex == "F" and dob.year < 2000 and rng.random() < 0.5:
        # Married: her usage name is her spouse's, from any origin.
        p.birth_name = p.surname
        spouse = rng.choices(ORIGIN_NAMES, weights=ORIGIN_WEIGHTS)[0]
        p.surname = surname_of(rng, spouse)
    return p


def record_count(rng):
    r = rng.random()
    return 1 if r < 0.62 else 2 if r < 0.82 else 3 if r < 0.91 else rng.randint(4, 7)


def written_name(rng, name, noise, kind):
    """A name as one clerk typed it: maybe a spelling variant, a keyboard slip, no accents, any case."""
    out = name
    if name in VARIANTS and rng.random() < RATES["spelling_variant"]:
        other = rng.choice([v for v in VARIANTS[name] if v != name])
        out = other
        noise.add("spelling_variant")
    if rng.random() < RATES["azerty_surname" if kind == "surname" else "azerty_first"]:
        typed = azerty_typo(rng, out)
        if typed != out:
            out = typed
            noise.add("azerty_typo")
    if strip_accents(out) != out and rng.random() < RATES["accents_dropped"]:
        out = strip_accents(out)
        noise.add("accents_dropped")
    r = rng.random()
    return out.upper() if r < 0.45 else out.lower() if r < 0.5 else out


def written_date(rng, dob, noise):
    if rng.random() < RATES["no_birth_date"]:
        noise.add("no_birth_date")
        return ""
    y, m, d = dob.year, dob.month, dob.day
    r = rng.random()
    if r < RATES["placeholder_0101"]:
        if (m, d) != (1, 1):
            noise.add("placeholder_0101")
        m, d = 1, 1
    elif (r := r - RATES["placeholder_0101"]) < RATES["year_typo"]:
        y2 = y + rng.choice([-1, 1]) if rng.random() < 0.6 else (y // 10) * 10 + rng.randrange(10)
        if y2 != y and y2 <= 2023:
            y = y2
            noise.add("year_typo")
    elif (r := r - RATES["year_typo"]) < RATES["date_digits_swapped"]:
        part = rng.choice(["d", "m", "y"])
        if part == "d" and d % 10 and d % 10 * 10 + d // 10 <= 28:
            d = d % 10 * 10 + d // 10
        elif part == "m" and m in (1, 10, 11, 12) and (m % 10 * 10 + m // 10) in range(1, 13):
            m = m % 10 * 10 + m // 10
        else:
            y2 = y // 100 * 100 + (y % 10) * 10 + (y // 10) % 10
            if y2 <= 2023:
                y = y2
        if (y, m, d) != (dob.year, dob.month, dob.day):
            noise.add("date_digits_swapped")
    elif r - RATES["date_digits_swapped"] < RATES["day_month_swapped"] and d <= 12 and d != m:
        m, d = d, m
        noise.add("day_month_swapped")
    try:
        return datetime.date(y, m, d).isoformat()
    except ValueError:
        return dob.isoformat()


def surname_cells(rng, p, noise):
    """(last_name, birth_name) for one referral; a married woman is written in many ways."""
    if not p.birth_name:
        return written_name(rng, p.surname, noise, "surname"), ""
    usage = written_name(rng, p.surname, noise, "surname")
    birth = written_name(rng, p.birth_name, noise, "surname")
    r = rng.random()
    if r < 0.34:
        noise.add("usage_name_only")
        return usage, ""
    if r < 0.56:
        noise.add("birth_name_only")
        return birth, ""
    if r < 0.76:
        return usage, birth
    if r < 0.86:
        return f"{usage} née {birth}" if rng.random() < 0.7 else f"{birth} ép. {usage}", ""
    noise.add("both_names_unmarked")
    return (f"{usage} {birth}" if rng.random() < 0.5 else f"{birth} {usage}"), ""


def first_cell(rng, p, noise):
    first = written_name(rng, p.first, noise, "first")
    if not p.second:
        return first
    second = written_name(rng, p.second, noise, "first")
    r = rng.random()
    if r < 0.3:
        return first + "-" + second
    if r < 0.45:
        return first + " " + second
    noise.add("partial_double_first")
    return first if r < 0.9 else second


def make_records(rng, p, count, rid):
    rows = []
    for _ in range(count):
        noise = set()
        last, birth = surname_cells(rng, p, noise)
        first = first_cell(rng, p, noise)
        if rng.random() < RATES["names_swapped"]:
            last, first = first, last
            noise.add("names_swapped")
        sex = p.sex
        r = rng.random()
        if r < RATES["wrong_sex"]:
            sex = "M" if sex == "F" else "F"
            noise.add("wrong_sex")
        elif r < RATES["wrong_sex"] + RATES["no_sex"]:
            sex = ""
            noise.add("no_sex")
        commune = p.commune
        r = rng.random()
        if r < RATES["moved"]:
            commune = rng.choices(COMMUNE_NAMES, weights=COMMUNE_WEIGHTS)[0]
            if commune != p.commune:
                noise.add("moved")
        elif r < RATES["moved"] + RATES["no_commune"]:
            commune = ""
            noise.add("no_commune")
        elif rng.random() < 0.3:
            commune = commune.upper() if rng.random() < 0.5 else strip_accents(commune)
        rid[0] += 1
        rows.append(dict(record_id=f"h{rid[0]:07d}", last_name=last, first_name=first, birth_name=birth,
                         birth_date=written_date(rng, p.dob, noise), sex=sex, commune=commune,
                         person=p.pid, family=p.family, relation=p.relation,
                         noise=";".join(sorted(noise))))
    return rows


def hard_negatives(rng, base, fam):
    """Two distinct persons a register easily merges: twins, namesakes, parent and child of one first name."""
    kind = rng.choices(["twin", "namesake", "father_son", "mother_daughter"], weights=[3, 4, 4, 3])[0]
    a = base
    a.family = fam
    if kind == "twin":
        # Same birth, surname and commune; any sexes; first names two parents would give two children.
        # Parents tell their twins apart: no first name in common, none a letter or two from the other's.
        sex = rng.choice("FM")
        pool = POOLS[a.origin][2 if sex == "F" else 3]
        taken = {fold(n) for n in (a.first, a.second) if n}
        while True:
            b = new_person(rng, a.pid + "t", origin=a.origin, sex=sex, surname=a.birth_name or a.surname,
                           dob=a.dob, commune=a.commune, first=rng.choice(pool))
            mine = {fold(n) for n in (b.first, b.second) if n}
            if all(similarity(x, y) < 0.8 for x in mine for y in taken):
                break
        a.relation = b.relation = "twin"
    elif kind == "namesake":
        dob = datetime.date(a.dob.year, 1, 1) + datetime.timedelta(days=rng.randrange(365))
        while dob == a.dob:
            dob = datetime.date(a.dob.year, 1, 1) + datetime.timedelta(days=rng.randrange(365))
        b = new_person(rng, a.pid + "n", origin=a.origin, sex=a.sex, surname=a.birth_name or a.surname,
                       dob=dob, first=a.first)
        b.birth_name, b.surname = a.birth_name, a.surname   # same names as written on referrals
        a.relation = b.relation = "namesake"
    else:
        # The child was born 20 to 35 years after the parent and carries the parent's first name.
        if a.dob.year > 1985:
            day = 28 if (a.dob.month, a.dob.day) == (2, 29) else a.dob.day
            a.dob = datetime.date(a.dob.year - 30, a.dob.month, day)
        sex = "M" if kind == "father_son" else "F"
        a.sex, a.first = sex, a.first if a.sex == sex else zipf(rng, POOLS[a.origin][2 if sex == "F" else 3])
        if sex == "M":
            a.birth_name = None
        child_dob = datetime.date(min(2023, a.dob.year + rng.randint(20, 35)), 1, 1) + datetime.timedelta(days=rng.randrange(365))
        b = new_person(rng, a.pid + "c", origin=a.origin, sex=sex, surname=a.surname, dob=child_dob,
                       commune=a.commune if rng.random() < 0.7 else None, first=a.first)
        b.birth_name, b.surname = None, a.surname
        a.relation, b.relation = "parent", "child"
    b.family = fam
    return b


def main():
    a, rng = generator_args.parse(default_seed=13)
    rows, rid, pid = [], [0], 0
    while len(rows) < a.n:
        pid += 1
        p = new_person(rng, f"p{pid}")
        persons = [p]
        if rng.random() < 0.03:
            persons.append(hard_negatives(rng, p, f"f{pid}"))
        for q in persons:
            rows += make_records(rng, q, record_count(rng) if q is p else max(1, record_count(rng)), rid)
    rows = rows[:a.n]
    rng.shuffle(rows)
    rec_cols = ["record_id", "last_name", "first_name", "birth_name", "birth_date", "sex", "commune"]
    with open(os.path.join(a.out, f"hard-records-{a.n}.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, rec_cols, extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)
    with open(os.path.join(a.out, f"hard-truth-{a.n}.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, ["record_id", "person", "family", "relation", "noise"], extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)


if __name__ == "__main__":
    main()
