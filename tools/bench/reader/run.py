#!/usr/bin/env python3
"""Runs the reader benchmark: isg (release build, `isg inspect --stats` reads every cell into typed
values) against python-calamine and the inflate+SAX floor, alternating, several runs each, and
prints medians of wall time, CPU time and peak memory.

usage: run.py --rows 100000 [--runs 3] [--kinds shared,inline,ods] [--markdown]
Generates the files with generate.py when missing (in tools/bench/out, never committed)."""
import argparse
import pathlib
import statistics
import subprocess
import sys
import tempfile
import time

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "out"


def build():
    """Compiles the floor and the release isg; returns their paths."""
    OUT.mkdir(parents=True, exist_ok=True)
    floor = OUT / "floor"
    flags = subprocess.run(["pkg-config", "--cflags", "--libs", "libxml-2.0"], check=True,
                           capture_output=True, text=True).stdout.split()
    subprocess.run(["cc", "-O2", str(HERE / "floor.c"), "-o", str(floor), *flags, "-lz"], check=True)
    package = HERE.parents[2]
    subprocess.run(["swift", "build", "-c", "release", "--product", "isg", "--package-path", str(package)], check=True)
    bin_dir = subprocess.run(["swift", "build", "-c", "release", "--package-path", str(package), "--show-bin-path"],
                             check=True, capture_output=True, text=True).stdout.strip()
    return floor, pathlib.Path(bin_dir) / "isg"


def measure(command):
    """Wall time and CPU time (user + system) in seconds, and peak resident memory in MiB, of one
    child process. CPU time is the steadier figure on a machine shared with other jobs. GNU time
    reports the memory: a child's own ru_maxrss would count the Python process it was forked from."""
    with tempfile.NamedTemporaryFile("r") as report:
        start = time.perf_counter()
        result = subprocess.run(["/usr/bin/time", "-f", "%U %S %M", "-o", report.name, *command],
                                capture_output=True, text=True)
        elapsed = time.perf_counter() - start
        if result.returncode != 0:
            sys.exit(f"failed: {' '.join(map(str, command))}\n{result.stderr}")
        user, system, peak_kib = report.read().split()[-3:]
    output = result.stdout.strip().splitlines()
    return elapsed, float(user) + float(system), int(peak_kib) / 1024, output[-1] if output else ""


def verdict(kind, isg, calamine, floor):
    """The bar, judged on wall time and on CPU time: XLSX at least 1.5x faster than calamine
    and within 2x of the floor; ODS at least 1.2x faster; peak memory under a tenth of calamine's."""
    notes = []
    for label, index in (("wall", 0), ("CPU", 1)):
        speedup = calamine[index] / isg[index]
        if kind == "ods":
            ok = speedup >= 1.2
        else:
            ok = speedup >= 1.5 and isg[index] / floor[index] <= 2
        notes.append(f"{label} {'met' if ok else 'missed'}")
    notes.append(f"memory {'met' if isg[2] < calamine[2] / 10 else 'missed'}")
    return ", ".join(notes)


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
    lines = ["| file | isg s | calamine s | floor s | calamine/isg | isg/floor | isg CPU s | calamine CPU s | floor CPU s "
             "| calamine/isg CPU | isg/floor CPU | isg MiB | calamine MiB | floor MiB | isg/calamine mem | bar |",
             "|" + "---|" * 16]
    for kind in args.kinds.split(","):
        path, entry = files[kind]
        tools = {
            "isg": [str(isg), "inspect", "--stats", str(path)],
            "calamine": [sys.executable, str(HERE / "calamine_read.py"), str(path)],
            "floor": [str(floor), str(path), entry],
        }
        samples = {name: [] for name in tools}
        order = list(tools)
        for run in range(args.runs):
            # Alternate who goes first so caches and the other jobs' load fall evenly.
            for name in order[run % 3:] + order[:run % 3]:
                elapsed, cpu, peak, output = measure(tools[name])
                samples[name].append((elapsed, cpu, peak))
                print(f"{kind} run {run + 1} {name}: {elapsed:.2f} s, CPU {cpu:.2f} s, {peak:.0f} MiB ({output})",
                      file=sys.stderr)
        med = {name: [statistics.median(s[i] for s in v) for i in range(3)] for name, v in samples.items()}
        i, c, f = med["isg"], med["calamine"], med["floor"]
        lines.append(f"| {path.name} | {i[0]:.2f} | {c[0]:.2f} | {f[0]:.2f} | {c[0] / i[0]:.2f}× | {i[0] / f[0]:.2f}× "
                     f"| {i[1]:.2f} | {c[1]:.2f} | {f[1]:.2f} | {c[1] / i[1]:.2f}× | {i[1] / f[1]:.2f}× "
                     f"| {i[2]:.0f} | {c[2]:.0f} | {f[2]:.0f} | {i[2] / c[2]:.3f} | {verdict(kind, i, c, f)} |")
    print("\n".join(lines) if args.markdown else "\n".join(lines).replace("|", " "))


if __name__ == "__main__":
    main()
