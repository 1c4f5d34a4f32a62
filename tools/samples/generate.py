#!/usr/bin/env python3
"""Regenerates Samples/ (the four sites' synthetic 2023 files) and tools/samples/truth/, then checks the indicators.

Usage: python3 tools/samples/generate.py [--sites STRASBOURG,MULHOUSE,...]
"""

import argparse
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import check  # noqa: E402
from common import SAMPLES, Truth  # noqa: E402
from population import Population  # noqa: E402

WRITERS = ["STRASBOURG", "MULHOUSE", "COLMAR", "ALTKIRCH"]


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sites", default=",".join(WRITERS), help="comma-separated site codes to write")
    args = ap.parse_args()
    sites = [s.strip().upper() for s in args.sites.split(",") if s.strip()]
    pop = Population(seed=2023)
    pop.build()
    truth = Truth()
    for site in sites:
        module = __import__(site.lower())
        shutil.rmtree(os.path.join(SAMPLES, site), ignore_errors=True)
        module.write(pop, truth)
    for r in truth.saisines:
        r.t = pop.truth_of(r)
    check_unique(truth)
    truth.write()
    import readme
    readme.write([(s, __import__(s.lower()).README) for s in WRITERS if s in sites])
    check.check(partial=set(sites) != set(WRITERS))


def check_unique(truth):
    """Two kept rows of a site equal in every field would be taken for a duplicate entry."""
    seen = {}
    for r in truth.saisines:
        key = (r.site, tuple(sorted((k, str(v)) for k, v in r.t.items())))
        if key in seen:
            raise SystemExit(f"accidental duplicate: {r.record_id} and {seen[key]}")
        seen[key] = r.record_id


if __name__ == "__main__":
    main()
