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
        # The indicator linkage feeds: distinct persons, as found against the truth.
        "true_persons": len(t_sizes), "predicted_persons": len(p_sizes),
        "merged_twins": merged["twin"], "merged_parent_child": merged["parent_child"],
        "merged_siblings": merged["sibling"], "merged_namesakes": merged["namesake"],
    }


def pairs_touching(groups, flagged):
    """Pairs inside each group with at least one flagged record: C(n,2) - C(n-k,2)."""
    n, k = Counter(), Counter()
    for r, g in groups.items():
        n[g] += 1
        if r in flagged:
            k[g] += 1
    return sum(c * (c - 1) // 2 - (c - k[g]) * (c - k[g] - 1) // 2 for g, c in n.items() if k[g])


def score_by_noise(truth_rows, predicted):
    """Pairwise P/R/F1 over the pairs that touch a record carrying each noise kind (truth column
    `noise`), and over the pairs of clean records. A pair counts for each kind either record carries."""
    truth = {r: row["person"] for r, row in truth_rows.items()}
    pred = {r: predicted.get(r) or f"__alone_{r}" for r in truth}
    both = {r: (truth[r], pred[r]) for r in truth}
    kinds = defaultdict(set)
    for r, row in truth_rows.items():
        for k in filter(None, row.get("noise", "").split(";")):
            kinds[k].add(r)
    clean = {r for r, row in truth_rows.items() if not row.get("noise")}
    out = {}
    for kind, flagged in sorted(kinds.items()) + [("(clean pairs)", None)]:
        if flagged is None:
            # Pairs of two clean records: all pairs minus those touching a noisy record.
            noisy = set(truth) - clean
            tp = pairs_touching(both, set(truth)) - pairs_touching(both, noisy)
            t = pairs_touching(truth, set(truth)) - pairs_touching(truth, noisy)
            p = pairs_touching(pred, set(truth)) - pairs_touching(pred, noisy)
        else:
            tp, t, p = pairs_touching(both, flagged), pairs_touching(truth, flagged), pairs_touching(pred, flagged)
        precision = tp / p if p else 1.0
        recall = tp / t if t else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out[kind] = {"records": len(flagged) if flagged else len(clean), "true_pairs": t,
                     "precision": precision, "recall": recall, "f1": f1}
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("truth")
    ap.add_argument("prediction")
    ap.add_argument("--column", default="person_id")
    a = ap.parse_args()
    with open(a.truth, newline="") as f:
        truth_rows = {row["record_id"]: row for row in csv.DictReader(f)}
    pred = load(a.prediction, a.column)
    print(json.dumps(score(truth_rows, pred), indent=1))
    if any(row.get("noise") for row in truth_rows.values()):
        print(json.dumps(score_by_noise(truth_rows, pred), indent=1))


if __name__ == "__main__":
    main()
