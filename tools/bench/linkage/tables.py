#!/usr/bin/env python3
"""Prints RESULTS.md's tables from the results `bench.py` wrote, so a rerun is pasted, not retyped.

Usage: tables.py OUT/bench-results-SET.json [--before EARLIER.json]
Prints the summary table (F1, twins, time, memory, the persons found, the review list) and, for a
set whose truth labels noise, F1 per noise kind; with --before, isg's earlier F1 in brackets.
"""
import argparse, json


def f1(s):
    return f"{s['pairwise_f1']:.3f} ({s['pairwise_precision']:.3f} / {s['pairwise_recall']:.3f})"


def persons_off(s):
    return f"{100 * (s['predicted_persons'] - s['true_persons']) / s['true_persons']:+.1f} %"


def summary(rows):
    print("| records | isg pairwise F1 (P / R) | Splink F1 at 0.9 (P / R) | Splink best F1 (threshold) "
          "| twins merged isg / Splink 0.9 | wall time isg / Splink | peak memory isg / Splink "
          "| distinct persons found, off by: isg / Splink best | isg review list (decisions) "
          "| left to the model: decisions (records misplaced, expected) | of which may change the count of persons |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        i, s9, sb = r["isg"], r["splink_0.9"], r["splink_best"]
        print(f"| {r['n']:,} | **{f1(i)}** | {f1(s9)} | {sb['pairwise_f1']:.3f} ({sb['threshold']}) "
              f"| {i['merged_twins']} / {s9['merged_twins']} | {i['seconds']:.2f} s / {s9['seconds']:.1f} s "
              f"| {i['mb']:,.0f} MB / {s9['mb']:,.0f} MB | {persons_off(i)} / {persons_off(sb)} "
              f"| {i['review_decisions']:,} ({100 * i['review_decisions'] / r['n']:.2f} %) "
              f"| {i['unlisted_decisions']:,} ({i['unlisted_misplaced']:,}) | {i.get('unlisted_counting', 0):,} |")


def noise(rows, before):
    sizes = [r["n"] for r in rows]
    head = "| noise kind | records (" + f"{sizes[-1]:,}" + ") | " + " | ".join(
        f"isg {n:,} (before) | Splink best {n:,}" for n in sizes) + " |"
    print(head)
    print("|---|" + "---:|" * (1 + 2 * len(sizes)))
    kinds = list(rows[-1]["noise"]["isg"])
    for k in kinds:
        cells = []
        for r in rows:
            mine, theirs = r["noise"]["isg"][k]["f1"], r["noise"]["splink_best"][k]["f1"]
            earlier = before.get(r["n"], {}).get("noise", {}).get("isg", {}).get(k)
            text = f"{mine:.3f}" + (f" ({earlier['f1']:.3f})" if earlier else "")
            cells += [f"**{text}**" if round(mine, 3) >= round(theirs, 3) else text, f"{theirs:.3f}"]
        print(f"| {k} | {rows[-1]['noise']['isg'][k]['records']} | " + " | ".join(cells) + " |")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("results")
    ap.add_argument("--before")
    a = ap.parse_args()
    with open(a.results) as f:
        rows = json.load(f)
    before = {}
    if a.before:
        with open(a.before) as f:
            before = {r["n"]: r for r in json.load(f)}
    summary(rows)
    if all("noise" in r for r in rows):
        print()
        noise(rows, before)


if __name__ == "__main__":
    main()
