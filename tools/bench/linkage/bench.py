#!/usr/bin/env python3
"""Runs isg link and Splink side by side on generated records and prints both scores.

Usage: bench.py [SIZES...] [--set project|hard] [--isg PATH] [--out DIR] [--no-splink | --reuse-splink]
       (default sizes 5000 50000; `project` is generate.py, `hard` is hard_generate.py)
Needs a release build: swift build -c release (PATH defaults to .build/release/isg).
Wall time and peak memory (max RSS) come from /usr/bin/time; Splink's best threshold is chosen
with the truth by clustering its scored pairs (connected components) at each threshold.
--reuse-splink scores the Splink outputs an earlier run left in DIR (same files, same seed) and
takes its time and memory from that run's bench-results json, instead of running Splink again.
"""
import argparse, csv, json, os, re, subprocess, sys
from score import score, score_by_noise

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))


def timed(cmd):
    """Wall seconds, peak MB and the command's standard error."""
    out = subprocess.run(["/usr/bin/time", "-f", "TIME %e %M"] + cmd, capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{out.stderr[-3000:]}")
    line = [l for l in out.stderr.splitlines() if l.startswith("TIME ")][-1]
    _, secs, kb = line.split()
    return float(secs), int(kb) / 1024, out.stderr


def nice_timed(cmd):
    """Splink under nice: the machine is shared, and its time is not the point (isg's is)."""
    return timed(["nice"] + cmd)


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
    ap.add_argument("--reuse-splink", action="store_true")
    ap.add_argument("--set", choices=["project", "hard"], default="project")
    a = ap.parse_args()
    results = []
    previous = {}
    if a.reuse_splink:
        with open(os.path.join(a.out, f"bench-results-{a.set}.json")) as f:
            previous = {r["n"]: r for r in json.load(f)}
    for n in a.sizes:
        tag = "" if a.set == "project" else "hard-"
        rec, truth_path = os.path.join(a.out, f"{tag}records-{n}.csv"), os.path.join(a.out, f"{tag}truth-{n}.csv")
        if not os.path.exists(rec):
            script = "generate.py" if a.set == "project" else "hard_generate.py"
            subprocess.run([sys.executable, os.path.join(HERE, script), str(n), a.out], check=True)
        with open(truth_path, newline="") as f:
            truth = {row["record_id"]: row for row in csv.DictReader(f)}
        isg_out = os.path.join(a.out, f"{tag}isg-{n}.csv")
        t, mem, err = timed([a.isg, "link", rec, "--out", isg_out, "--key", os.path.join(a.out, "bench.key"),
                             "--uncertain", isg_out + ".review.csv", "--lang", "en"])
        unlisted = re.search(r"(\d+) more doubtful decisions.*in the wrong person: (\d+).*number of persons: (\d+)", err)
        with open(isg_out, newline="") as f:
            isg_pred = {row["record_id"]: row["person_id"] for row in csv.DictReader(f)}
        with open(isg_out + ".review.csv", newline="") as f:
            listed = list(csv.DictReader(f))
        # The pairs of one decision (an undated record's candidates) share its number.
        decisions = len({r["decision"] for r in listed})
        row = {"set": a.set, "n": n, "isg": dict(score(truth, isg_pred), seconds=t, mb=mem,
                                                 review_pairs=len(listed), review_decisions=decisions,
                                                 unlisted_decisions=int(unlisted.group(1)) if unlisted else 0,
                                                 unlisted_misplaced=int(unlisted.group(2)) if unlisted else 0,
                                                 unlisted_counting=int(unlisted.group(3)) if unlisted else 0)}
        noise = {"isg": score_by_noise(truth, isg_pred)}
        if not a.no_splink:
            prefix = os.path.join(a.out, f"{tag}splink-{n}")
            if a.reuse_splink:
                t, mem = previous[n]["splink_0.9"]["seconds"], previous[n]["splink_0.9"]["mb"]
            else:
                t, mem, _ = nice_timed([sys.executable, os.path.join(HERE, "splink_run.py"), rec, prefix])
            with open(prefix + "-clusters.csv", newline="") as f:
                sp = {row["record_id"]: row["cluster"] for row in csv.DictReader(f)}
            row["splink_0.9"] = dict(score(truth, sp), seconds=t, mb=mem)
            noise["splink_0.9"] = score_by_noise(truth, sp)
            with open(prefix + "-pairs.csv", newline="") as f:
                pairs = [(r["unique_id_l"], r["unique_id_r"], float(r["match_probability"])) for r in csv.DictReader(f)]
            best, best_clusters = None, None
            for th in [0.01, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 0.999, 0.9999]:
                clusters = clusters_at(pairs, th)
                s = score(truth, clusters)
                if best is None or s["pairwise_f1"] > best["pairwise_f1"]:
                    best, best_clusters = dict(s, threshold=th), clusters
            row["splink_best"] = best
            noise["splink_best"] = score_by_noise(truth, best_clusters)
        if any(r.get("noise") for r in truth.values()):
            row["noise"] = noise
            print_noise(noise)
        results.append(row)
        print_row(row)
    with open(os.path.join(a.out, f"bench-results-{a.set}.json"), "w") as f:
        json.dump(results, f, indent=1)


def print_row(row):
    print(f"\n== {row['n']} records ({row['isg']['true_persons']} persons; 'persons': the count found, off by)")
    print(f"{'':14} {'pair P':>7} {'pair R':>7} {'pair F1':>7} {'B3 F1':>7} {'twins':>5} {'par/ch':>6} {'sibl':>4} {'names':>5} {'time s':>7} {'MB':>6} {'persons':>8}")
    for name in ("isg", "splink_0.9", "splink_best"):
        if name not in row:
            continue
        s = row[name]
        label = name if name != "splink_best" else f"splink@{s['threshold']}"
        t = f"{s['seconds']:7.2f}" if "seconds" in s else f"{'':>7}"
        m = f"{s['mb']:6.0f}" if "mb" in s else f"{'':>6}"
        print(f"{label:14} {s['pairwise_precision']:7.4f} {s['pairwise_recall']:7.4f} {s['pairwise_f1']:7.4f} {s['bcubed_f1']:7.4f} "
              f"{s['merged_twins']:5d} {s['merged_parent_child']:6d} {s['merged_siblings']:4d} {s['merged_namesakes']:5d} {t} {m} "
              f"{100 * (s['predicted_persons'] - s['true_persons']) / s['true_persons']:+7.2f}%")
    if "review_pairs" in row["isg"]:
        r = row["isg"]
        print(f"isg review list: {r['review_pairs']} pairs, {r['review_decisions']} decisions ({100 * r['review_decisions'] / row['n']:.3f} % of the records); "
              f"{r.get('unlisted_decisions', 0)} doubtful decisions left to the model (about {r.get('unlisted_misplaced', 0)} records misplaced; "
              f"{r.get('unlisted_counting', 0)} may change the number of persons)")
    sys.stdout.flush()


def print_noise(noise):
    tools = list(noise)
    kinds = list(noise["isg"])
    print(f"{'noise kind':24} {'records':>7} {'pairs':>6} " + " ".join(f"{t + ' F1 (P/R)':>24}" for t in tools))
    for k in kinds:
        first = noise["isg"][k]
        cells = []
        for t in tools:
            s = noise[t].get(k)
            cells.append(f"{s['f1']:.3f} ({s['precision']:.3f}/{s['recall']:.3f})" if s else "")
        print(f"{k:24} {first['records']:7d} {first['true_pairs']:6d} " + " ".join(f"{c:>24}" for c in cells))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
