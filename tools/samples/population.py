"""Builds the year's invented persons and referrals, with quotas that make the published indicators hold."""

import datetime as dt
import random

import names
from wordings import ORIGIN_DETAILS, WORDINGS, pick
from common import ORIENTATIONS, Person, Record, age_at, month_days

YEAR = 2023
VOLUME = {"STRASBOURG": 3968, "MULHOUSE": 540, "COLMAR": 360, "ALTKIRCH": 92}
MEETINGS = {"STRASBOURG": 48, "MULHOUSE": 16, "COLMAR": 13, "ALTKIRCH": 13}
MISSING_MONTH = {"COLMAR": 8}        # no file for August
FORM_CHANGE_MONTH = 7                # Mulhouse splits the motive column from July

# Published 2023 indicators (DATA-MODEL.md): share of the value among known rows.
SHARES = {
    ("origine", "GENDARMERIE"): 0.91,
    ("connu_isg", False): 0.66,
    ("connu_cea", False): 0.75,
    ("sexe", "F"): 0.70,
    ("mineur", True): 0.15,
    ("motif_saisine", "VIF"): 0.78,
    ("motif_intervention", "VIF"): 0.55,
}
SUMS = {"nb_entretiens": 5457, "nb_liens_partenaires": 2552, "orientations": 3583}

# How the age is written, per site: birth date, age only, or neither.
AGE_FORMS = {
    "STRASBOURG": [("birth", 92), ("none", 8)],
    "MULHOUSE": [("birth", 86), ("none", 14)],
    "COLMAR": [("birth", 45), ("age", 45), ("none", 10)],
    "ALTKIRCH": [("birth", 80), ("age", 12), ("none", 8)],
}

# Share of rows left unknown (blank cell or an "unknown" wording), per site and field.
UNKNOWN_RATES = {
    "STRASBOURG": {"connu_isg": 0.015, "connu_cea": 0.06, "role": 0.004, "commune": 0.02},
    "MULHOUSE": {"connu_isg": 0.03, "connu_cea": 0.09, "motif_saisine": 0.01, "motif_intervention": 0.03,
                 "commune": 0.03, "sexe": 0.004},
    "COLMAR": {"connu_isg": 0.05, "connu_cea": 0.10, "sexe": 0.01, "origine": 0.01, "role": 0.01,
               "motif_intervention": 0.04, "nb_liens_partenaires": 0.03, "commune": 0.03},
    "ALTKIRCH": {"connu_isg": 0.04, "connu_cea": 0.08, "motif_intervention": 0.03, "commune": 0.02},
}

NON_VIF = {
    "STRASBOURG": [("PROTECTION_ENFANCE", 22), ("MAJEUR_VULNERABLE", 14), ("PRECARITE", 14), ("ADDICTION", 8),
                   ("RUPTURE_SOCIALE", 9), ("ERRANCE", 5), ("DECES_SUICIDE", 18), ("AUTRE", 10)],
    "HR": [("PROTECTION_ENFANCE", 26), ("MAJEUR_VULNERABLE", 16), ("PRECARITE", 18), ("ADDICTION", 10),
           ("RUPTURE_SOCIALE", 12), ("ERRANCE", 6), ("AUTRE", 12)],
}

# The planted mistakes: (site, kind, field, raw or None when the generator chooses it).
PLANTS = [
    ("STRASBOURG", "impossible_date", "date_saisine", "31/02/2023"),
    ("STRASBOURG", "birth_after_referral", "date_naissance", None),
    ("STRASBOURG", "birth_after_referral", "date_naissance", None),
    ("STRASBOURG", "invalid_value", "nb_entretiens", -1),
    ("STRASBOURG", "invalid_value", "nb_liens_partenaires", -1),
    ("STRASBOURG", "invalid_value", "nb_entretiens", 99),
    ("STRASBOURG", "untranslated_value", "motif_saisine", "voir mail"),
    ("STRASBOURG", "untranslated_value", "role", "cf. mail du 12"),
    ("STRASBOURG", "date_outside_period", "date_saisine", None),
    ("STRASBOURG", "date_outside_period", "date_saisine", None),
    ("MULHOUSE", "impossible_date", "date_saisine", "31/06/2023"),
    ("MULHOUSE", "birth_after_referral", "date_naissance", None),
    ("MULHOUSE", "invalid_value", "nb_liens_partenaires", -1),
    ("MULHOUSE", "invalid_value", "nb_entretiens", 99),
    ("MULHOUSE", "untranslated_value", "motif_saisine", "voir mail"),
    ("MULHOUSE", "date_outside_period", "date_saisine", None),
    ("COLMAR", "impossible_date", "date_naissance", "31/02/1980"),
    ("COLMAR", "impossible_date", "date_saisine", "30/02/2023"),
    ("COLMAR", "birth_after_referral", "date_naissance", None),
    ("COLMAR", "invalid_value", "nb_entretiens", -1),
    ("COLMAR", "untranslated_value", "role", "cf dossier"),
    ("COLMAR", "untranslated_value", "connu_cea", "voir mail"),
    ("COLMAR", "date_outside_period", "date_saisine", None),
    ("ALTKIRCH", "impossible_date", "date_naissance", "31/04/1990"),
    ("ALTKIRCH", "invalid_value", "nb_entretiens", 99),
    ("ALTKIRCH", "minor_age_mismatch", "mineur", "Oui"),
    ("ALTKIRCH", "minor_age_mismatch", "mineur", "Non"),
    ("ALTKIRCH", "date_outside_period", "date_saisine", None),
]
CONNU_ISG_PLANTS = {"STRASBOURG": 2, "MULHOUSE": 1, "COLMAR": 1}
DUPLICATES = {"STRASBOURG": 3, "MULHOUSE": 2, "COLMAR": 1, "ALTKIRCH": 1}
REJECTS = {"STRASBOURG": 3, "MULHOUSE": 2, "COLMAR": 1, "ALTKIRCH": 1}
# Fields whose truth is emptied by the plant (the others keep a truth value).
EMPTYING = {"impossible_date", "birth_after_referral", "invalid_value", "untranslated_value", "ambiguous_mark"}

# Habits planted after the tuning, with their own dice (pop.rng untouched, so every other row stays
# as it was); check.py still checks the published indicators on the result.
HABITS_SEED = "habits-2023"
COLMAR_MERGED_MONTH = 9              # Colmar's form merges birth date and age into one column from September
MULHOUSE_ALT_ENTER_MONTH = 10        # from October Mulhouse's orientations are often typed one per line
# (site, field, the second option ticked by mistake): two ☒ on a single-choice field of an Altkirch form.
AMBIGUOUS_TICKS = [("origine", "SERVICE_EXTERIEUR"), ("origine", "PRESENTATION_DIRECTE"), ("role", "MINEUR_CONCERNE")]


def weighted(rng, pairs):
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def split(total, months, rng):
    """Spreads `total` over `months` with a little noise, largest remainder."""
    w = {m: rng.uniform(0.85, 1.15) for m in months}
    s = sum(w.values())
    raw = {m: total * w[m] / s for m in months}
    out = {m: int(raw[m]) for m in months}
    for m in sorted(months, key=lambda m: raw[m] - out[m], reverse=True)[: total - sum(out.values())]:
        out[m] += 1
    return out


def clean_declared(r):
    """Declared unknowns other than a column the form did not have yet."""
    return [f for f, m in r.declared.items() if m != "absent"]


class Population:
    """The whole year's truth before any layout: persons, referrals, plants, meetings."""

    def __init__(self, seed=2023):
        self.rng = random.Random(seed)
        self.records = []       # kept referrals
        self.extras = []        # (rejected row, model record it imitates)
        self.persons = []
        self.meetings = {}      # site -> [(date, domain)]

    def day(self, site, month):
        days = month_days(YEAR, month)
        if site != "STRASBOURG":
            days = [d for d in days if d.weekday() < 5]
        return self.rng.choice(days)

    def build(self):
        self.skeleton()
        for p in self.persons:
            p.sex = "F" if self.rng.random() < 0.70 else "M"
            p.minor = self.rng.random() < 0.155
        self.plant()
        from tuning import tune_persons, tune_records
        tune_persons(self)
        for p in self.persons:
            self.person_details(p)
        self.assign_records()
        tune_records(self)
        for r in self.records:
            self.derive(r)
        self.written_names()
        self.make_meetings()
        self.plant_habits()

    # -- skeleton: dates, persons -------------------------------------------------------
    def skeleton(self):
        rng = self.rng
        persons = []
        for site, n in VOLUME.items():
            months = [m for m in range(1, 13) if MISSING_MONTH.get(site) != m]
            slots = []
            for m, k in split(n, months, rng).items():
                slots += [self.day(site, m) for _ in range(k)]
            rng.shuffle(slots)
            i = 0
            while i < len(slots):
                k = weighted(rng, [(1, 79), (2, 15), (3, 4.5), (4, 1.5)])
                persons.append([(site, d) for d in slots[i:i + k]])
                i += k
        # Persons who moved between sites: Colmar -> Mulhouse, Altkirch -> Mulhouse, Strasbourg -> Colmar.
        for a, b, n in [("COLMAR", "MULHOUSE", 14), ("ALTKIRCH", "MULHOUSE", 3), ("STRASBOURG", "COLMAR", 2)]:
            singles_b = [p for p in persons if len(p) == 1 and p[0][0] == b]
            done = 0
            for pa in [p for p in persons if len(p) == 1 and p[0][0] == a]:
                for pb in singles_b:
                    if pb and pb[0][1] > pa[0][1] + dt.timedelta(days=20):
                        pa.append(pb[0])
                        pb.clear()
                        done += 1
                        break
                if done == n:
                    break
            persons = [p for p in persons if p]
        for idx, slots in enumerate(persons):
            person = Person(f"P{idx + 1:05d}")
            slots.sort(key=lambda s: s[1])
            seen = set()
            for site, d in slots:
                while d in seen:
                    d = self.day(site, d.month)
                seen.add(d)
                person.referrals.append(Record(site, d, person))
            person.referrals.sort(key=lambda r: r.date)
            self.records += person.referrals
            self.persons.append(person)
        for rec in self.records:
            rec.age_form = weighted(rng, AGE_FORMS[rec.site])
            rec.u = [rng.random() for _ in range(8)]     # the record's own dice, reused after tuning
            for field, rate in UNKNOWN_RATES[rec.site].items():
                if rng.random() < rate:
                    rec.declared[field] = "unknown"
            if rec.site == "MULHOUSE" and rec.date.month < FORM_CHANGE_MONTH:
                rec.declared["motif_intervention"] = "absent"   # column not on the form yet

    # -- planted mistakes ---------------------------------------------------------------
    def free(self, site, cond=lambda r: True):
        pool = [r for r in self.records if r.site == site and not r.plants and not r.dup
                and len(r.person.referrals) == 1 and not clean_declared(r) and cond(r)]
        return self.rng.choice(pool)

    def plant(self):
        rng = self.rng
        for site, kind, field, raw in PLANTS:
            if kind == "date_outside_period":
                rec = self.free(site, lambda r: 2 <= r.date.month <= 11)
                rec.date = self.day(site, rec.date.month + rng.choice([-1, 1]))
            elif kind == "minor_age_mismatch":
                want_minor = raw == "Non"
                rec = self.free(site, lambda r: r.age_form == "birth" and r.person.minor == want_minor)
            elif field == "date_naissance":
                rec = self.free(site, lambda r: r.age_form == "birth" and not r.person.minor)
            elif kind == "impossible_date" and field == "date_saisine":
                month = int(raw.split("/")[1])
                rec = self.free(site, lambda r: r.date.month == month)
            else:
                rec = self.free(site)
            rec.plant(field, kind, raw)
        for site, n in CONNU_ISG_PLANTS.items():
            pool = [r for r in self.records if r.site == site and r.is_repeat() and not r.plants
                    and "connu_isg" not in r.declared and r.date > r.person.referrals[0].date]
            for rec in rng.sample(pool, n):
                rec.plant("connu_isg", "connu_isg_inconsistent", "false")
        for site, n in DUPLICATES.items():
            for _ in range(n):
                self.free(site).dup = True
        for site, n in REJECTS.items():
            for _ in range(n):
                model = self.free(site)
                model.declared["_model"] = "taken"        # keeps a second reject off this row
                rec = Record(site, model.date, model.person)
                rec.rejected = True
                self.extras.append((rec, model))
        for rec, model in self.extras:
            del model.declared["_model"]

    # -- person and referral attributes ---------------------------------------------------
    def person_details(self, p):
        rng = self.rng
        first = p.referrals[0].date
        age = rng.randint(1, 16) if p.minor else int(min(88, max(18, rng.gauss(38, 13))))
        birth = dt.date(first.year - age - 1, rng.randint(1, 12), rng.randint(1, 28))
        if age_at(birth, first) != age:
            birth = birth.replace(year=birth.year + 1)
        p.birth = birth
        p.nom = rng.choice(names.FAMILY_NAMES)
        p.prenom = rng.choice(names.FEMALE_FIRST if p.sex == "F" else names.MALE_FIRST)
        p.nom_naissance = None
        if p.sex == "F" and not p.minor and rng.random() < 0.06:
            p.nom_naissance = rng.choice([n for n in names.FAMILY_NAMES if n != p.nom])
        for r in p.referrals:
            if r.site not in p.commune:
                p.commune[r.site] = rng.choice(names.COMMUNES[r.site])

    def written_names(self):
        """How each referral writes the person: married/birth names, casing, a birth date typo."""
        for p in self.persons:
            for i, r in enumerate(p.referrals):
                self.write_person(r, p, i, r.u[5], r.u[6])
        for rec, model in self.extras:
            for attr in ("name_style", "written_names", "written_birth_name", "written_birth", "flag"):
                setattr(rec, attr, getattr(model, attr, None))
            rec.t = dict(model.t)
            rec.age_form = model.age_form
            rec.u = model.u

    def write_person(self, r, p, i, u, v):
        upper = {"STRASBOURG": u < 0.5, "MULHOUSE": True, "COLMAR": u < 0.7, "ALTKIRCH": True}[r.site]
        nom = p.nom.upper() if upper else p.nom
        r.name_style = "plain"
        r.written_birth_name = None
        if p.nom_naissance and r.site != "MULHOUSE" and v < 0.7:
            r.name_style = "nee" if (r.site == "STRASBOURG" or v < 0.35) else "ep"
            r.written_birth_name = p.nom_naissance.upper() if upper else p.nom_naissance
        r.written_names = (nom, p.prenom)
        r.written_birth = p.birth
        if i > 0 and v > 0.96 and p.birth.day < 28:
            r.written_birth = p.birth + dt.timedelta(days=1)      # a typo on a later referral
        kind = r.plants.get("date_naissance", ("",))[0]
        if kind == "birth_after_referral":
            after = p.birth.replace(year=r.date.year)
            if after <= r.date:
                after = after.replace(year=r.date.year + 1)
            r.written_birth = after
            r.plants["date_naissance"] = (kind, after)

    def non_vif(self, site, u):
        pairs = NON_VIF["STRASBOURG" if site == "STRASBOURG" else "HR"]
        total = sum(w for _, w in pairs)
        acc = 0
        for code, w in pairs:
            acc += w / total
            if u < acc:
                return code
        return pairs[-1][0]

    def assign_records(self):
        rng = self.rng
        for r in self.records:
            t = r.t
            t["date_saisine"] = r.date
            t["origine"] = "GENDARMERIE" if rng.random() < 0.91 else rng.choice(["PRESENTATION_DIRECTE", "SERVICE_EXTERIEUR"])
            t["connu_isg"] = r.is_repeat() or rng.random() < 0.2
            t["connu_cea"] = rng.random() > 0.75
            t["motif_saisine"] = "VIF" if rng.random() < 0.78 else self.non_vif(r.site, rng.random())
            t["motif_intervention"] = t["motif_saisine"]
            t["nb_entretiens"] = weighted(rng, [(0, 20), (1, 55), (2, 18), (3, 5), (4, 2)])
            t["nb_liens_partenaires"] = weighted(rng, [(0, 58), (1, 33), (2, 7), (3, 2)])
            t["orientations"] = rng.sample(ORIENTATIONS, weighted(rng, [(0, 45), (1, 40), (2, 12), (3, 3)]))
            if r.plants.get("connu_isg", ("",))[0] == "connu_isg_inconsistent":
                t["connu_isg"] = False

    def derive(self, r):
        """Fields that follow from the person: sex, role, the form's minor flag."""
        p, t, u = r.person, r.t, r.u
        t["sexe"] = p.sex
        if p.minor:
            t["role"] = "MINEUR_CONCERNE" if u[0] < 0.8 else "VICTIME"
        else:
            t["role"] = "VICTIME" if u[0] < 0.75 else ("AUTEUR" if u[0] < 0.9 else "AUTRE")
        if "origine" in r.declared:
            t["origine_detail"] = None
        elif r.site == "MULHOUSE":     # one free-text cell: its text is the detail
            t["origine_detail"] = pick(WORDINGS["MULHOUSE"]["origine"][t["origine"]], u[1])
        else:
            t["origine_detail"] = pick(ORIGIN_DETAILS[r.site][t["origine"]], u[2]) or None
        if r.site == "ALTKIRCH":
            r.flag = p.minor
            if "mineur" in r.plants:
                r.flag = r.plants["mineur"][1] == "Oui"

    def truth_of(self, r):
        """The truth row after unknowns and plants: what a perfect import reads."""
        t = dict(r.t)
        p = r.person
        t["nom"], t["prenom"] = r.written_names
        t["nom_naissance"] = r.written_birth_name
        t["commune"] = p.commune.get(r.site)
        t["date_naissance"] = r.written_birth if r.age_form == "birth" else None
        t["age"] = None
        t["mineur"] = None
        for field, meaning in r.declared.items():
            t[field] = [] if meaning == "none" else None
        for field, (kind, raw) in r.plants.items():
            if kind in EMPTYING and (kind, field) != ("untranslated_value", "orientations"):
                t[field] = None
        if t["date_naissance"] and t["date_saisine"]:
            t["age"] = age_at(t["date_naissance"], t["date_saisine"])
        elif r.age_form == "age":
            t["age"] = age_at(p.birth, r.date)
        if t["age"] is not None:
            t["mineur"] = t["age"] < 18
        flag = getattr(r, "flag", None)
        if flag is not None:
            t["mineur"] = bool(t["mineur"]) or flag
        return t

    def plant_habits(self):
        """Habits of unseen files: two ticks on a single choice (Altkirch), a birth date or age nobody can read in
        Colmar's merged column, an orientation outside the vocabulary in an Alt+Enter list (Mulhouse),
        a referral with no name (Strasbourg). Rows of persons referred once, with nothing else planted."""
        rng = random.Random(HABITS_SEED)
        models = {id(m) for _, m in self.extras}

        def pool(site, cond):
            return sorted((r for r in self.records if r.site == site and not r.plants and not r.dup
                           and len(r.person.referrals) == 1 and not r.declared and id(r) not in models
                           and cond(r)), key=lambda r: (r.date, r.person.key))

        for field, second in AMBIGUOUS_TICKS:
            if field == "origine":
                cond = lambda r, s=second: r.t["origine"] == "GENDARMERIE"
            else:       # a child: both Victime and Mineur concerné ticked
                cond = lambda r: r.person.minor and r.t["role"] in ("VICTIME", "MINEUR_CONCERNE")
            rec = rng.choice(pool("ALTKIRCH", cond))
            if field == "role" and rec.t["role"] == second:
                second = "VICTIME"
            rec.extra_tick = (field, second)
            rec.plant(field, "ambiguous_mark", None)
        rec = rng.choice(pool("COLMAR", lambda r: r.date.month >= COLMAR_MERGED_MONTH and r.age_form == "age"
                              and not r.person.minor))
        rec.plant("date_naissance", "invalid_value", f"env. {round(age_at(rec.person.birth, rec.date), -1)} ans")
        rec.age_form = "none"
        rec = rng.choice(pool("MULHOUSE", lambda r: r.date.month >= MULHOUSE_ALT_ENTER_MONTH
                              and len(r.t["orientations"]) == 1))
        rec.extra_orientation = "PMI"
        rec.plant("orientations", "untranslated_value", "PMI")
        rec = rng.choice(pool("STRASBOURG", lambda r: r.name_style == "plain"))
        rec.written_names = (None, None)
        rec.plant("nom", "missing_name", None)

    def make_meetings(self):
        rng = self.rng
        for site, n in MEETINGS.items():
            months = [m for m in range(1, 13) if MISSING_MONTH.get(site) != m]
            out = []
            for m, k in split(n, months, rng).items():
                for _ in range(k):
                    out.append((self.day(site, m), weighted(rng, [("ENFANCE", 30), ("ASSOCIATIF", 25),
                                                                 ("JEUNESSE", 15), ("MEDICAL", 15), ("AUTRE", 15)])))
            self.meetings[site] = sorted(out)
