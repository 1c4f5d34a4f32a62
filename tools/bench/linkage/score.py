#!/usr/bin/env python3
"""Scores a linkage against the truth: pairwise precision/recall/F1, B-cubed, hard negatives merged.

Usage: score.py TRUTH.csv PREDICTION.csv [--column person_id]
PREDICTION has record_id and a cluster column; a record missing from it is a person of its own.
"""
import argparse, csv, json
from collections import Counter, defaultdict


def load(path, column):
    with open(path, newline="", encoding="utf-8") as f:
        return {row["record_id"]: row[column] for row in csv.DictReader(f)}


def score(truth_rows, predicted):
    truth = {r: row["person"] for r, row in truth_rows.items()}
    pred = {r: predicted.get(r) or f"__alone_{r}" for r in truth}
    pairs = lambda n: n * (n - 1) // 2
    cells = Counter((truth[r], pred[r]) for r in truth)
    t_sizes, p_sizes = Counter(truth.values()), Counter(pred.values())
    tp = sum(pairs(n) for n in cells.values())
    t_pairs, p_pairs = sum(pairs(n) for n in t_sizes.values()), sum(pairs(n) for n in p_sizes.values())
    precision = tp / p_pairs if p_pairs else 1.0
    recall = tp / t_pairs if t_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    # B-cubed: per record, the share of its predicted cluster that is truly its person, and back.
    bp = sum(cells[(truth[r], pred[r])] / p_sizes[pred[r]] for r in truth) / len(truth)
    br = sum(cells[(truth[r], pred[r])] / t_sizes[truth[r]] for r in truth) / len(truth)
    bf = 2 * bp * br / (bp + br)
    # Hard negatives: distinct persons of one family put in one predicted cluster.
    merged = Counter()
    by_family = defaultdict(lambda: defaultdict(set))
    for r, row in truth_rows.items():
        if row["family"]:
            by_family[row["family"]][row["person"]].add(pred[r])
    relation_of = {row["family"]: row["relation"] for row in truth_rows.values() if row["family"]}
    for fam, persons in by_family.items():
        clusters = list(persons.values())
        if len(clusters) == 2 and clusters[0] & clusters[1]:
            rel = relation_of[fam]
            merged["parent_child" if rel in ("parent", "child") else rel] += 1
    return {
        "pairwise_precision": precision, "pairwise_recall": recall, "pairwise_f1": f1,
        "bcubed_precision": bp, "bcubed_recall": br, "bcubed_f1": bf,
        "true_pairs": t_pairs, "predicted_pairs": p_pairs,
        "merged_twins": merged["twin"], "merged_parent_child": merged["parent_child"],
        "merged_siblings": merged["sibling"], "merged_namesakes": merged["namesake"],
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("truth")
    ap.add_argument("prediction")
    ap.add_argument("--column", default="person_id")
    a = ap.parse_args()
    with open(a.truth, newline="") as f:
        truth_rows = {row["record_id"]: row for row in csv.DictReader(f)}
    print(json.dumps(score(truth_rows, load(a.prediction, a.column)), indent=1))


if __name__ == "__main__":
    main()
