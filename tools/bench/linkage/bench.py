#!/usr/bin/env python3
"""Runs isg link and Splink side by side on generated records and prints both scores.

Usage: bench.py [SIZES...] [--isg PATH] [--out DIR]     (default sizes 5000 50000)
Needs a release build: swift build -c release (PATH defaults to .build/release/isg).
Wall time and peak memory (max RSS) come from /usr/bin/time; Splink's best threshold is chosen
with the truth by clustering its scored pairs (connected components) at each threshold.
"""
import argparse, csv, json, os, subprocess, sys
from score import score

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))


def timed(cmd):
    out = subprocess.run(["/usr/bin/time", "-f", "TIME %e %M"] + cmd, capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{out.stderr[-3000:]}")
    line = [l for l in out.stderr.splitlines() if l.startswith("TIME ")][-1]
    _, secs, kb = line.split()
    return float(secs), int(kb) / 1024


def clusters_at(pairs, threshold):
    parent = {}
    def find(x):
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root
    for a, b, p in pairs:
        if p >= threshold:
            parent.setdefault(a, a); parent.setdefault(b, b)
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[ra] = rb
    return {r: find(r) for r in list(parent)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("sizes", nargs="*", type=int, default=[5000, 50000])
    ap.add_argument("--isg", default=os.path.join(ROOT, ".build", "release", "isg"))
    ap.add_argument("--out", default=os.path.join(ROOT, "tools", "bench", "out"))
    ap.add_argument("--no-splink", action="store_true")
    a = ap.parse_args()
    results = []
    for n in a.sizes:
        rec, truth_path = os.path.join(a.out, f"records-{n}.csv"), os.path.join(a.out, f"truth-{n}.csv")
        if not os.path.exists(rec):
            subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), str(n), a.out], check=True)
        with open(truth_path, newline="") as f:
            truth = {row["record_id"]: row for row in csv.DictReader(f)}
        isg_out = os.path.join(a.out, f"isg-{n}.csv")
        t, mem = timed([a.isg, "link", rec, "--out", isg_out, "--key", os.path.join(a.out, "bench.key")])
        with open(isg_out, newline="") as f:
            isg_pred = {row["record_id"]: row["person_id"] for row in csv.DictReader(f)}
        row = {"n": n, "isg": dict(score(truth, isg_pred), seconds=t, mb=mem)}
        if not a.no_splink:
            prefix = os.path.join(a.out, f"splink-{n}")
            t, mem = timed([sys.executable, os.path.join(HERE, "splink_run.py"), rec, prefix])
            with open(prefix + "-clusters.csv", newline="") as f:
                sp = {row["record_id"]: row["cluster"] for row in csv.DictReader(f)}
            row["splink_0.9"] = dict(score(truth, sp), seconds=t, mb=mem)
            with open(prefix + "-pairs.csv", newline="") as f:
                pairs = [(r["unique_id_l"], r["unique_id_r"], float(r["match_probability"])) for r in csv.DictReader(f)]
            best = None
            for th in [0.01, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 0.999, 0.9999]:
                s = score(truth, clusters_at(pairs, th))
                if best is None or s["pairwise_f1"] > best["pairwise_f1"]:
                    best = dict(s, threshold=th)
            row["splink_best"] = best
        results.append(row)
        print_row(row)
    with open(os.path.join(a.out, "bench-results.json"), "w") as f:
        json.dump(results, f, indent=1)


def print_row(row):
    print(f"\n== {row['n']} records")
    print(f"{'':14} {'pair P':>7} {'pair R':>7} {'pair F1':>7} {'B3 F1':>7} {'twins':>5} {'par/ch':>6} {'sibl':>4} {'names':>5} {'time s':>7} {'MB':>6}")
    for name in ("isg", "splink_0.9", "splink_best"):
        if name not in row:
            continue
        s = row[name]
        label = name if name != "splink_best" else f"splink@{s['threshold']}"
        t = f"{s['seconds']:7.2f}" if "seconds" in s else f"{'':>7}"
        m = f"{s['mb']:6.0f}" if "mb" in s else f"{'':>6}"
        print(f"{label:14} {s['pairwise_precision']:7.4f} {s['pairwise_recall']:7.4f} {s['pairwise_f1']:7.4f} {s['bcubed_f1']:7.4f} "
              f"{s['merged_twins']:5d} {s['merged_parent_child']:6d} {s['merged_siblings']:4d} {s['merged_namesakes']:5d} {t} {m}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
