#!/usr/bin/env python3
"""Runs Splink 5 (DuckDB) on a records file, configured as its documentation recommends for persons.

Usage: splink_run.py RECORDS.csv OUT_PREFIX [--u-pairs N]
Writes OUT_PREFIX-pairs.csv (scored pairs above 0.01, for the best-threshold search) and
OUT_PREFIX-clusters.csv (record_id,cluster at the default threshold 0.9).

The configuration follows Splink's topic guides and examples for person data:
- clean-up first (case, accents, the `née`/`ép.` split of the surname cell), so that exact levels
  mean something; arrays of surnames (usage and birth names, each word of a two-name cell) and of
  first-name words (double names);
- term-frequency adjustments on first name, surname, birth date and commune;
- a surname comparison that accepts the birth name and the usage name in either field (exact,
  array intersection of usage and birth names, Jaro-Winkler, columns reversed), a first-name
  comparison with Jaro-Winkler levels, a double-name level (array intersection) and a reversed
  level; a birth date comparison with exact / one edit (Damerau-Levenshtein) / month-day swap /
  year-only levels; commune and sex each with a level for missing values;
- probability two random records match from deterministic rules with an estimated recall;
  u by random sampling over 5 million pairs; m by EM over three blocking rules;
- prediction through several blocking rules that together reach every noisy pair kind
  (names with or without a date, a date with one name, the two surnames crossed, names swapped).
"""
import argparse, re, time, unicodedata
import pandas as pd
import splink.comparison_library as cl
import splink.comparison_level_library as cll
from splink import DuckDBAPI, Linker, SettingsCreator, block_on

PARTICLES = {"de", "du", "des", "d", "le", "la", "les", "l", "van", "von", "der", "da", "dos", "el", "al"}


def fold(s):
    s = unicodedata.normalize("NFD", str(s or "")).lower().replace("ı", "i")
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = s.replace("œ", "oe").replace("æ", "ae").replace("ß", "ss")
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


def split_birth(last, birth):
    m = re.match(r"^(.*)\b(?:nee|ne)\b(.*)$", last)
    if m and m.group(1).strip() and m.group(2).strip():
        return m.group(1).strip(), m.group(2).strip()
    m = re.match(r"^(.*)\b(?:ep|epouse|epse)\b(.*)$", last)
    if m and m.group(1).strip() and m.group(2).strip():
        return m.group(2).strip(), m.group(1).strip()
    return last, birth


def joined(name):
    return "".join(w for w in name.split() if w not in PARTICLES) or name.replace(" ", "")


def surname_array(*names):
    out = []
    for n in names:
        if not n:
            continue
        for w in [joined(n)] + [w for w in n.split() if len(w) >= 3 and w not in PARTICLES]:
            if w not in out:
                out.append(w)
    return out or None


def prepare(path):
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    rows = []
    for rid, l, f, b, d, s, c in zip(df["record_id"], df["last_name"], df["first_name"], df["birth_name"],
                                     df["birth_date"], df["sex"], df["commune"]):
        usage, birth = split_birth(fold(l), fold(b))
        first = fold(f)
        commune = re.sub(r"\bste\b", "sainte", re.sub(r"\bst\b", "saint", fold(c)))
        rows.append(dict(
            unique_id=rid, surname=joined(usage) if usage else None, birth_name=joined(birth) if birth else None,
            surname_arr=surname_array(usage, birth), first_name=first.replace(" ", "") or None,
            first_arr=first.split() or None, dob=d or None, year=d[:4] if d else None,
            sex=s or None, commune=commune or None))
    return pd.DataFrame(rows)


def name_comparison(column, array, other, shared_before_close, null):
    """Exact (with term frequencies), a shared word of the arrays and Jaro-Winkler 0.92 (a shared
    surname word is the stronger level, a close first name the stronger one), the two name columns
    reversed, Jaro-Winkler 0.8, else."""
    shared, close = cll.ArrayIntersectLevel(array, 1), cll.JaroWinklerLevel(column, 0.92)
    return cl.CustomComparison(
        output_column_name=column,
        comparison_levels=[
            null,
            cll.ExactMatchLevel(column).configure(tf_adjustment_column=column),
            *([shared, close] if shared_before_close else [close, shared]),
            cll.ColumnsReversedLevel(column, other),
            cll.JaroWinklerLevel(column, 0.8),
            cll.ElseLevel(),
        ])


def settings():
    surname = name_comparison("surname", "surname_arr", "first_name", shared_before_close=True,
                              null=cll.And(cll.NullLevel("surname"), cll.NullLevel("birth_name")))
    first = name_comparison("first_name", "first_arr", "surname", shared_before_close=False,
                            null=cll.NullLevel("first_name"))
    dob = cl.CustomComparison(
        output_column_name="dob",
        comparison_levels=[
            cll.NullLevel("dob"),
            cll.ExactMatchLevel("dob").configure(tf_adjustment_column="dob"),
            cll.DamerauLevenshteinLevel("dob", 1),
            cll.CustomLevel("year_l = year_r and substr(dob_l, 6, 2) = substr(dob_r, 9, 2) "
                            "and substr(dob_l, 9, 2) = substr(dob_r, 6, 2)", "month and day swapped"),
            cll.ExactMatchLevel("year"),
            cll.ElseLevel(),
        ])
    commune = cl.CustomComparison(
        output_column_name="commune",
        comparison_levels=[
            cll.NullLevel("commune"),
            cll.ExactMatchLevel("commune").configure(tf_adjustment_column="commune"),
            cll.ElseLevel(),
        ])
    return SettingsCreator(
        link_type="dedupe_only",
        comparisons=[first, surname, dob, commune, cl.ExactMatch("sex")],
        blocking_rules_to_generate_predictions=[
            block_on("first_name", "surname"),
            block_on("surname", "dob"),
            block_on("first_name", "dob"),
            "l.birth_name = r.surname and l.first_name = r.first_name",
            "l.surname = r.birth_name and l.first_name = r.first_name",
            "l.first_name = r.surname and l.surname = r.first_name",
            block_on("dob", "commune"),
            block_on("surname", "commune", "year"),
        ],
        retain_intermediate_calculation_columns=False,
    )


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("records")
    ap.add_argument("prefix")
    ap.add_argument("--u-pairs", type=float, default=5e6)
    a = ap.parse_args()
    started = time.time()
    df = prepare(a.records)
    db_api = DuckDBAPI()
    sdf = db_api.register(df, dataset_display_name="records")
    linker = Linker(sdf, settings())
    linker.training.estimate_probability_two_random_records_match(
        [block_on("first_name", "surname", "dob"), block_on("first_name", "dob", "commune")], recall=0.7)
    linker.training.estimate_u_using_random_sampling(max_pairs=a.u_pairs, seed=1)
    for rule in (block_on("first_name", "surname"), block_on("dob"), block_on("commune", "year")):
        linker.training.estimate_parameters_using_expectation_maximisation(rule, max_pairs=5e6)
    pairs = linker.inference.predict(threshold_match_probability=0.01)
    clusters = linker.clustering.cluster_pairwise_predictions_at_threshold(pairs, 0.9)
    elapsed = time.time() - started
    p = pairs.as_pandas_dataframe()[["unique_id_l", "unique_id_r", "match_probability"]]
    p.to_csv(a.prefix + "-pairs.csv", index=False)
    c = clusters.as_pandas_dataframe()[["unique_id", "cluster_id"]].rename(columns={"unique_id": "record_id", "cluster_id": "cluster"})
    c.to_csv(a.prefix + "-clusters.csv", index=False)
    print(f"splink: {len(df)} records, {len(p)} pairs, {elapsed:.1f} s (excluding CSV writing)")


if __name__ == "__main__":
    main()
