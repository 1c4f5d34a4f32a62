"""Sets values on unplanted rows so that each published 2023 share and sum holds exactly for the truth."""

from population import EMPTYING, SHARES, SUMS, clean_declared


def target(share, known):
    # round(share * known) puts the truth at the middle of the published rounding interval.
    return round(share * known)


def emptied(r, field):
    kind = r.plants.get(field, ("",))[0]
    return kind in EMPTYING or field in r.declared


def single(p):
    r = p.referrals[0]
    return len(p.referrals) == 1 and not r.plants and not clean_declared(r) and not r.dup


def tune_persons(pop):
    """Sex and minority live on the person: flip persons referred once until the shares hold."""
    rng = pop.rng
    rows = pop.records

    def sex_known(r):
        return not emptied(r, "sexe")

    def minor_known(r):
        if r.site == "ALTKIRCH":
            return True
        if r.age_form == "age":
            return True
        return (r.age_form == "birth" and not emptied(r, "date_naissance")
                and r.plants.get("date_saisine", ("",))[0] != "impossible_date")

    def minor_value(r):
        if r.plants.get("mineur", ("", ""))[1] == "Oui":
            return True
        return r.person.minor

    for known, value, attr, want, share in [
        (sex_known, lambda r: r.person.sex == "F", "sex", ("F", "M"), SHARES[("sexe", "F")]),
        (minor_known, minor_value, "minor", (True, False), SHARES[("mineur", True)]),
    ]:
        kr = [r for r in rows if known(r)]
        goal = target(share, len(kr))
        count = sum(1 for r in kr if value(r))
        candidates = [p for p in pop.persons if single(p) and known(p.referrals[0])]
        rng.shuffle(candidates)
        for p in candidates:
            if count == goal:
                break
            is_yes = getattr(p, attr) == want[0]
            if count < goal and not is_yes:
                setattr(p, attr, want[0])
                count += 1
            elif count > goal and is_yes:
                setattr(p, attr, want[1])
                count -= 1
        assert count == goal, (attr, count, goal)


def tune_records(pop):
    rng = pop.rng
    rows = pop.records

    def free(r, field):
        return not emptied(r, field) and field not in r.plants

    # Origin: GENDARMERIE on exactly the target count of known rows.
    kr = [r for r in rows if not emptied(r, "origine")]
    fixed = [r for r in kr if "origine" in r.plants]
    goal = target(SHARES[("origine", "GENDARMERIE")], len(kr)) - sum(r.t["origine"] == "GENDARMERIE" for r in fixed)
    movable = [r for r in kr if free(r, "origine")]
    chosen = set(map(id, rng.sample(movable, goal)))
    for r in movable:
        if id(r) in chosen:
            r.t["origine"] = "GENDARMERIE"
        elif r.t["origine"] == "GENDARMERIE":
            r.t["origine"] = "PRESENTATION_DIRECTE" if r.u[1] < 0.5 else "SERVICE_EXTERIEUR"

    # Known to the ISG: false only on a person's first referral (except the planted inconsistencies).
    kr = [r for r in rows if not emptied(r, "connu_isg")]
    fixed_false = sum(1 for r in kr if "connu_isg" in r.plants and r.t["connu_isg"] is False)
    goal = target(SHARES[("connu_isg", False)], len(kr)) - fixed_false
    firsts = [r for r in kr if free(r, "connu_isg") and not r.is_repeat()]
    chosen = set(map(id, rng.sample(firsts, goal)))
    for r in kr:
        if free(r, "connu_isg"):
            r.t["connu_isg"] = id(r) not in chosen

    kr = [r for r in rows if not emptied(r, "connu_cea")]
    goal = target(SHARES[("connu_cea", False)], len(kr))
    movable = [r for r in kr if free(r, "connu_cea")]
    goal -= sum(1 for r in kr if not free(r, "connu_cea") and r.t["connu_cea"] is False)
    chosen = set(map(id, rng.sample(movable, goal)))
    for r in movable:
        r.t["connu_cea"] = id(r) not in chosen

    # Motives: VIF at referral, then VIF retained after assessment, preferably where it was VIF at referral.
    kr = [r for r in rows if not emptied(r, "motif_saisine")]
    goal = target(SHARES[("motif_saisine", "VIF")], len(kr))
    chosen = set(map(id, rng.sample(kr, goal)))
    for r in kr:
        if id(r) in chosen:
            r.t["motif_saisine"] = "VIF"
        elif r.t["motif_saisine"] == "VIF":
            r.t["motif_saisine"] = pop.non_vif(r.site, r.u[2])
    kr = [r for r in rows if not emptied(r, "motif_intervention")]
    goal = target(SHARES[("motif_intervention", "VIF")], len(kr))
    vif_first = sorted(kr, key=lambda r: (r.t["motif_saisine"] != "VIF" or emptied(r, "motif_saisine"), r.u[3]))
    chosen = set(map(id, vif_first[:goal]))
    for r in kr:
        if id(r) in chosen:
            r.t["motif_intervention"] = "VIF"
        elif r.t["motif_saisine"] != "VIF" and not emptied(r, "motif_saisine"):
            r.t["motif_intervention"] = r.t["motif_saisine"]
        else:
            r.t["motif_intervention"] = pop.non_vif(r.site, r.u[4])

    # Sums: nudge unplanted counts by one until the totals are exact.
    for field in ("nb_entretiens", "nb_liens_partenaires"):
        movable = [r for r in rows if free(r, field)]
        total = sum(r.t[field] for r in movable)
        diff = SUMS[field] - total
        while diff:
            r = rng.choice(movable)
            if diff > 0 and r.t[field] < 5:
                r.t[field] += 1
                diff -= 1
            elif diff < 0 and r.t[field] > 0:
                r.t[field] -= 1
                diff += 1
    movable = [r for r in rows if free(r, "orientations")]
    diff = SUMS["orientations"] - sum(len(r.t["orientations"]) for r in movable)
    from common import ORIENTATIONS
    while diff:
        r = rng.choice(movable)
        cur = r.t["orientations"]
        if diff > 0 and len(cur) < 4:
            cur.append(rng.choice([c for c in ORIENTATIONS if c not in cur]))
            diff -= 1
        elif diff < 0 and cur:
            cur.pop(rng.randrange(len(cur)))
            diff += 1
