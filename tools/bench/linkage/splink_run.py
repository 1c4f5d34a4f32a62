#!/usr/bin/env python3
"""Runs Splink 5 (DuckDB) on a records file, configured as a competent user would.

Usage: splink_run.py RECORDS.csv OUT_PREFIX
Writes OUT_PREFIX-pairs.csv (scored pairs above 0.01, for the best-threshold search) and
OUT_PREFIX-clusters.csv (record_id,cluster at the default threshold 0.9).

The configuration: names lower-cased, accents stripped, a "née"/"ép." birth name pulled out of
the last-name cell (so Splink gets the same help isg's normaliser gives itself), Jaro-Winkler
name levels with term frequencies, a date comparison with typo and distance levels, commune
and sex, seven blocking rules (names with the birth year or the commune, one name with the
birth date, birth and usage names crossed, names swapped); u by random sampling, m by EM on two blocking rules.
"""
import re, sys, time, unicodedata
import pandas as pd
import splink.comparison_library as cl
import splink.comparison_level_library as cll
from splink import DuckDBAPI, Linker, SettingsCreator, block_on


def fold(s):
    s = unicodedata.normalize("NFD", str(s or "")).lower()
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = s.replace("œ", "oe").replace("ß", "ss")
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


def split_birth(last, birth):
    m = re.match(r"^(.*)\b(?:nee|ne)\b(.*)$", last)
    if m and m.group(1).strip() and m.group(2).strip():
        return m.group(1).strip(), m.group(2).strip()
    m = re.match(r"^(.*)\b(?:ep|epouse|epse)\b(.*)$", last)
    if m and m.group(1).strip() and m.group(2).strip():
        return m.group(2).strip(), m.group(1).strip()
    return last, birth


def prepare(path):
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    out = pd.DataFrame({"unique_id": df["record_id"]})
    last, birth = [], []
    for l, b in zip(df["last_name"].map(fold), df["birth_name"].map(fold)):
        l2, b2 = split_birth(l, b)
        last.append(l2 or None); birth.append(b2 or None)
    out["last_name"] = last
    out["birth_name"] = birth
    out["first_name"] = [fold(x) or None for x in df["first_name"]]
    out["birth_date"] = [x or None for x in df["birth_date"]]
    out["sex"] = [x or None for x in df["sex"]]
    out["commune"] = [fold(x).replace("st ", "saint ").replace("ste ", "sainte ") or None for x in df["commune"]]
    out["year"] = [x[:4] if x else None for x in df["birth_date"]]
    return out


def main():
    records, prefix = sys.argv[1], sys.argv[2]
    started = time.time()
    df = prepare(records)
    db_api = DuckDBAPI()
    sdf = db_api.register(df, dataset_display_name="records")
    settings = SettingsCreator(
        link_type="dedupe_only",
        comparisons=[
            cl.NameComparison("first_name", jaro_winkler_thresholds=[0.92, 0.8]).configure(term_frequency_adjustments=True),
            cl.NameComparison("last_name", jaro_winkler_thresholds=[0.92, 0.8]).configure(term_frequency_adjustments=True),
            cl.CustomComparison(
                output_column_name="birth_name",
                comparison_levels=[
                    cll.NullLevel("birth_name"),
                    cll.ExactMatchLevel("birth_name"),
                    cll.CustomLevel("birth_name_l = last_name_r or last_name_l = birth_name_r", "birth and usage names cross"),
                    cll.ElseLevel(),
                ]),
            cl.DateOfBirthComparison("birth_date", input_is_string=True,
                                     datetime_thresholds=[1, 1, 10], datetime_metrics=["month", "year", "year"]),
            cl.ExactMatch("commune").configure(term_frequency_adjustments=True),
            cl.ExactMatch("sex"),
        ],
        # Names alone would put every "Marie Muller" against every other at 500,000 records
        # (tens of millions of pairs): each rule adds a date part or the commune.
        blocking_rules_to_generate_predictions=[
            block_on("first_name", "last_name", "year"),
            block_on("first_name", "last_name", "commune"),
            block_on("last_name", "birth_date"),
            block_on("first_name", "birth_date"),
            block_on("birth_name", "first_name", "year"),
            "l.birth_name = r.last_name and l.first_name = r.first_name and l.year = r.year",
            "l.first_name = r.last_name and l.last_name = r.first_name",
        ],
        retain_intermediate_calculation_columns=False,
    )
    linker = Linker(sdf, settings)
    linker.training.estimate_probability_two_random_records_match(
        [block_on("first_name", "last_name", "birth_date")], recall=0.7)
    linker.training.estimate_u_using_random_sampling(max_pairs=5e6, seed=1)
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("birth_date"))
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("first_name", "last_name"))
    pairs = linker.inference.predict(threshold_match_probability=0.01)
    clusters = linker.clustering.cluster_pairwise_predictions_at_threshold(pairs, 0.9)
    elapsed = time.time() - started
    p = pairs.as_pandas_dataframe()[["unique_id_l", "unique_id_r", "match_probability"]]
    p.to_csv(prefix + "-pairs.csv", index=False)
    c = clusters.as_pandas_dataframe()[["unique_id", "cluster_id"]].rename(columns={"unique_id": "record_id", "cluster_id": "cluster"})
    c.to_csv(prefix + "-clusters.csv", index=False)
    print(f"splink: {len(df)} records, {len(p)} pairs, {elapsed:.1f} s (excluding CSV writing)")


if __name__ == "__main__":
    main()
