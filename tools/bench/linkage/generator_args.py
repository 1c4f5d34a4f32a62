"""The command line both generators share: N OUT [--seed S], and the random source it seeds."""
import argparse, os, random


def parse(default_seed):
    """Reads N, OUT and --seed; makes OUT; returns the arguments and the generator's random source
    (seeded by seed and size, so each size is a different draw and every run the same)."""
    ap = argparse.ArgumentParser()
    ap.add_argument("n", type=int)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=default_seed)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    return a, random.Random(a.seed * 1_000_003 + a.n)
