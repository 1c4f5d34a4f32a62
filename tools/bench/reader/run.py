#!/usr/bin/env python3
"""Runs the reader benchmark: isg (release build of isg-read) against python-calamine and the
inflate+SAX floor, alternating, several runs each, and prints medians of time and peak memory.

usage: run.py --rows 100000 [--runs 3] [--kinds shared,inline,ods] [--markdown]
Generates the files with generate.py when missing (in tools/bench/out, never committed)."""
import argparse
import os
import pathlib
import statistics
import subprocess
import sys
import time

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "out"


def build():
    """Compiles the floor and the release isg-read; returns their paths."""
    OUT.mkdir(parents=True, exist_ok=True)
    floor = OUT / "floor"
    flags = subprocess.run(["pkg-config", "--cflags", "--libs", "libxml-2.0"], check=True,
                           capture_output=True, text=True).stdout.split()
    subprocess.run(["cc", "-O2", str(HERE / "floor.c"), "-o", str(floor), *flags, "-lz"], check=True)
    package = HERE / "isg-read"
    subprocess.run(["swift", "build", "-c", "release", "--package-path", str(package)], check=True)
    bin_dir = subprocess.run(["swift", "build", "-c", "release", "--package-path", str(package), "--show-bin-path"],
                             check=True, capture_output=True, text=True).stdout.strip()
    return floor, pathlib.Path(bin_dir) / "isg-read"


def measure(command):
    """Wall time in seconds and peak resident memory in MiB of one child process."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    output = process.stdout.read().decode().strip()
    errors = process.stderr.read().decode().strip()
    process.stdout.close()
    process.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed: {' '.join(map(str, command))}\n{errors}")
    return elapsed, usage.ru_maxrss / 1024, output


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--kinds", default="shared,inline,ods")
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args()

    subprocess.run([sys.executable, str(HERE / "generate.py"), str(args.rows)]
                   + ([] if "ods" in args.kinds else ["--no-ods"]), check=True, stdout=subprocess.DEVNULL)
    floor, isg = build()
    files = {
        "shared": (OUT / f"referrals-{args.rows}-shared.xlsx", "xl/worksheets/sheet1.xml"),
        "inline": (OUT / f"referrals-{args.rows}-inline.xlsx", "xl/worksheets/sheet1.xml"),
        "ods": (OUT / f"referrals-{args.rows}.ods", "content.xml"),
    }
    lines = ["| file | isg s | calamine s | floor s | calamine/isg | isg/floor | isg MiB | calamine MiB | floor MiB | isg/calamine mem |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for kind in args.kinds.split(","):
        path, entry = files[kind]
        tools = {
            "isg": [str(isg), str(path)],
            "calamine": [sys.executable, str(HERE / "calamine_read.py"), str(path)],
            "floor": [str(floor), str(path), entry],
        }
        samples = {name: [] for name in tools}
        order = list(tools)
        for run in range(args.runs):
            # Alternate who goes first so caches and the other engineers' load fall evenly.
            for name in order[run % 3:] + order[:run % 3]:
                elapsed, peak, output = measure(tools[name])
                samples[name].append((elapsed, peak))
                print(f"{kind} run {run + 1} {name}: {elapsed:.2f} s, {peak:.0f} MiB ({output})", file=sys.stderr)
        med = {name: (statistics.median(s[0] for s in v), statistics.median(s[1] for s in v))
               for name, v in samples.items()}
        lines.append(f"| {path.name} | {med['isg'][0]:.2f} | {med['calamine'][0]:.2f} | {med['floor'][0]:.2f} "
                     f"| {med['calamine'][0] / med['isg'][0]:.2f}× | {med['isg'][0] / med['floor'][0]:.2f}× "
                     f"| {med['isg'][1]:.0f} | {med['calamine'][1]:.0f} | {med['floor'][1]:.0f} "
                     f"| {med['isg'][1] / med['calamine'][1]:.3f} |")
    print("\n".join(lines) if args.markdown else "\n".join(lines).replace("|", " "))


if __name__ == "__main__":
    main()
