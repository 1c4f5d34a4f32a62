#!/usr/bin/env python3
"""Kill `isg import` at random moments, over a first and a second import, and check what it leaves.

    tools/killtest/run.py [--kills 60] [--seed 12] [--isg .build/debug/isg] [--results tools/killtest/RESULTS.md]

Phase 1 imports the first half of the year of every site (not Mulhouse's yearly workbook) into an
empty output folder; phase 2 imports the whole of Samples/ into a folder holding phase 1's result.
Each attempt starts the import, sends SIGKILL after a random delay drawn over the length of an
uninterrupted run, then checks:

  - the store: `PRAGMA integrity_check` is ok, and its data is the state before the import or the
    state after it (compared table by table with uninterrupted reference runs), never a mix;
  - the exports: `current/` holds one generation: every file its manifest lists, at its size, and
    byte-equal to the reference exports of that generation; when the store says that generation
    is the current one, the exports equal the store (same record ids);
  - the rerun: the same import run again to the end leaves no temporary file or staging folder,
    a store equal to the uninterrupted run's and exports byte-equal to its exports.

It is slow (two runs per kill) and kept out of tools/test. Exit status 0 when every check held.
"""

import argparse, hashlib, json, os, random, shutil, signal, sqlite3, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
KEY = bytes(range(32))  # one person-id key for every folder, so person ids compare across folders
EXPORTS = ["saisines.csv", "reunions.csv", "persons.csv", "rejets.csv", "consolidation.xlsx"]
# The data of the store; the run log (runs, run_files, generations) differs by design after a kill.
TABLES = {
    "saisines": "SELECT * FROM saisines ORDER BY record_id",
    "reunions": "SELECT * FROM reunions ORDER BY record_id",
    "persons": "SELECT * FROM persons ORDER BY person_id",
    "rejets": "SELECT * FROM rejets ORDER BY file, sheet, \"row\", reason",
    "person_ids": "SELECT * FROM person_ids ORDER BY record_id",
    "imports": "SELECT file, site, content_hash, rows_read, kept, rejected, non_data, duplicates, periods, real_path FROM imports ORDER BY file",
    "findings": "SELECT origin, kind, severity, site, file, sheet, \"row\", cell, field, value, message FROM findings "
                "WHERE kind != 'temporary_files_removed' ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11",
}


def store_state(out):
    """(integrity, digest of the data) of out/consolidation.sqlite; (None, 'empty') when absent."""
    path = os.path.join(out, "consolidation.sqlite")
    if not os.path.exists(path):
        return None, "empty"
    # Read a copy of the files as the kill left them: opening them in place would let SQLite
    # recover the journal first, which is what the next isg run does anyway.
    with tempfile.TemporaryDirectory() as copy:
        for suffix in ["", "-wal", "-shm"]:
            if os.path.exists(path + suffix):
                shutil.copy(path + suffix, os.path.join(copy, "c.sqlite" + suffix))
        db = sqlite3.connect(os.path.join(copy, "c.sqlite"))
        try:
            integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
            tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "saisines" not in tables or db.execute("SELECT COUNT(*) FROM saisines").fetchone()[0] == 0:
                return integrity, "empty"
            digest = hashlib.sha256()
            for name, query in TABLES.items():
                for row in db.execute(query):
                    digest.update(repr((name, row)).encode())
            generation = None
            if "generations" in tables:
                generation = db.execute("SELECT run_id, folder, switched FROM generations ORDER BY run_id DESC LIMIT 1").fetchone()
            ids = [r[0] for r in db.execute("SELECT record_id FROM saisines ORDER BY record_id")]
            return integrity, (digest.hexdigest(), generation, ids)
        finally:
            db.close()


def exports_of(folder):
    """{name: bytes} of the exports in a generation folder, and its manifest."""
    manifest = json.load(open(os.path.join(folder, "generation.json")))
    files = {name: open(os.path.join(folder, name), "rb").read() for name in EXPORTS}
    return manifest, files


def leftovers(out):
    names = os.listdir(out) if os.path.isdir(out) else []
    return sorted(n for n in names if ".isg-tmp-" in n or ".tmp-" in n or n.startswith(".isg-gen-"))


def prepare(out, template=None):
    if os.path.exists(out):
        shutil.rmtree(out)
    if template:
        shutil.copytree(template, out, symlinks=True)
    else:
        os.makedirs(out, mode=0o700)
        with open(os.path.join(out, "person-id.key"), "wb") as f:
            f.write(KEY)
        os.chmod(os.path.join(out, "person-id.key"), 0o600)
    os.chmod(out, 0o700)


def run_import(isg, inputs, out):
    start = time.monotonic()
    done = subprocess.run([isg, "import", *inputs, "--mappings", os.path.join(ROOT, "Mappings"), "--out", out],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return done.returncode, time.monotonic() - start, done.stderr


def phase(name, isg, inputs, template, reference, kills, rng, scratch, log):
    """Kills the import `kills` times; returns the phase's figures."""
    before_state = store_state(template)[1] if template else "empty"
    ref_state = store_state(reference["out"])[1]
    states = {"before": before_state, "after": ref_state}
    figures = {"kills": 0, "store_before": 0, "store_after": 0, "integrity_failures": 0, "mixed_store": 0,
               "exports_previous": 0, "exports_new": 0, "exports_none": 0, "exports_mixed": 0,
               "exports_not_store": 0, "switch_pending": 0, "leftovers_after_kill": 0,
               "leftovers_after_rerun": 0, "rerun_differs": 0, "rerun_status": set(), "problems": []}
    out = os.path.join(scratch, name + "-out")
    for attempt in range(kills):
        prepare(out, template)
        delay = rng.uniform(0, reference["seconds"] * 1.15)
        child = subprocess.Popen([isg, "import", *inputs, "--mappings", os.path.join(ROOT, "Mappings"), "--out", out],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait()
        figures["kills"] += 1

        integrity, data = store_state(out)
        if integrity not in (None, "ok"):
            figures["integrity_failures"] += 1
            figures["problems"].append(f"{name} {attempt}: integrity {integrity}")
        which = "before" if data == "empty" and before_state == "empty" else None
        if data != "empty":
            for label, state in states.items():
                if state != "empty" and data[0] == state[0]:
                    which = label
        if which is None:
            figures["mixed_store"] += 1
            figures["problems"].append(f"{name} {attempt} (kill at {delay:.2f} s): the store is neither state")
        else:
            figures["store_" + which] += 1

        current = os.path.join(out, "current")
        if not os.path.isdir(current):
            figures["exports_none"] += 1
        else:
            try:
                manifest, files = exports_of(current)
                sizes = {f["name"]: f["bytes"] for f in manifest["files"]}
                whole = all(os.path.getsize(os.path.join(current, n)) == s for n, s in sizes.items())
                generation = manifest["generation"]
                expected = reference["exports"] if generation == reference["generation"] else reference.get("previous_exports")
                if not whole or expected is None or files != expected:
                    figures["exports_mixed"] += 1
                    figures["problems"].append(f"{name} {attempt}: current/ (generation {generation}) is not one whole generation")
                else:
                    figures["exports_new" if generation == reference["generation"] else "exports_previous"] += 1
                # The exports and the store: equal when the store says this generation is current.
                if data != "empty" and data[1] is not None:
                    run_id, folder, switched = data[1]
                    if switched and run_id == generation:
                        ids = [line.split(b";")[0].decode("utf-8-sig") for line in files["saisines.csv"].splitlines()[1:]]
                        if ids != data[2]:
                            figures["exports_not_store"] += 1
                            figures["problems"].append(f"{name} {attempt}: exports differ from the store")

            except (OSError, ValueError, KeyError) as error:
                figures["exports_mixed"] += 1
                figures["problems"].append(f"{name} {attempt}: current/ unreadable: {error}")
        # Killed between the commit and the switch: the committed folder must be whole on disk.
        if data != "empty" and data[1] is not None and not data[1][2]:
            run_id, folder = data[1][0], data[1][1]
            switched_already = os.path.isdir(current) and json.load(open(os.path.join(current, "generation.json")))["generation"] == run_id
            staged = os.path.join(out, folder)
            if switched_already:
                figures["switch_pending"] += 1
            elif os.path.isdir(staged) and exports_of(staged)[1] == reference["exports"]:
                figures["switch_pending"] += 1
            else:
                figures["problems"].append(f"{name} {attempt}: committed generation {run_id} is not whole on disk")
        if leftovers(out):
            figures["leftovers_after_kill"] += 1

        status, _, stderr = run_import(isg, inputs, out)
        figures["rerun_status"].add(status)
        left = leftovers(out)
        if left:
            figures["leftovers_after_rerun"] += 1
            figures["problems"].append(f"{name} {attempt}: left after the rerun: {left}")
        _, rerun_data = store_state(out)
        _, rerun_files = exports_of(current)
        if rerun_data == "empty" or rerun_data[0] != ref_state[0] or rerun_files != reference["exports"] or status != reference["status"]:
            figures["rerun_differs"] += 1
            figures["problems"].append(f"{name} {attempt}: the rerun differs from an uninterrupted run (status {status}) {stderr[-300:]}")
        log(f"{name} kill {attempt + 1}/{kills} at {delay:5.2f} s: store {which}; problems so far: {len(figures['problems'])}")
    return figures


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kills", type=int, default=60, help="kills per phase (default 60)")
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--isg", default=None, help="the isg binary (default: build .build/debug/isg)")
    parser.add_argument("--results", default=None, help="write the figures to this Markdown file")
    args = parser.parse_args()

    isg = args.isg
    if isg is None:
        subprocess.run(["swift", "build", "--product", "isg"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        isg = os.path.join(ROOT, ".build", "debug", "isg")
    rng = random.Random(args.seed)
    scratch = tempfile.mkdtemp(prefix="isg-killtest-")
    try:
        # Inputs: phase 1 the first half-year of each monthly site, phase 2 all of Samples/.
        first, whole = os.path.join(scratch, "first"), os.path.join(scratch, "whole")
        shutil.copytree(os.path.join(ROOT, "Samples"), whole)
        for site in os.listdir(whole):
            for name in sorted(os.listdir(os.path.join(whole, site))):
                month = name.rsplit("-", 1)[-1].split(".")[0] if "-" in name else ""
                if month.isdigit() and int(month) <= 6:
                    os.makedirs(os.path.join(first, site), exist_ok=True)
                    shutil.copy(os.path.join(whole, site, name), os.path.join(first, site, name))

        def reference(inputs, template):
            out = os.path.join(scratch, "ref-" + os.path.basename(inputs))
            prepare(out, template)
            status, seconds, stderr = run_import(isg, [inputs], out)
            assert status in (0, 1), stderr
            manifest, files = exports_of(os.path.join(out, "current"))
            return {"out": out, "status": status, "seconds": seconds, "generation": manifest["generation"], "exports": files}

        ref1 = reference(first, None)
        ref2 = reference(whole, ref1["out"])
        ref2["previous_exports"] = ref1["exports"]
        print(f"uninterrupted: first import {ref1['seconds']:.2f} s, second import {ref2['seconds']:.2f} s", flush=True)

        started = time.monotonic()
        log = lambda line: print(line, flush=True)
        p1 = phase("first", isg, [first], None, ref1, args.kills, rng, scratch, log)
        p2 = phase("second", isg, [whole], ref1["out"], ref2, args.kills, rng, scratch, log)
        elapsed = time.monotonic() - started
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    failed = any(p[k] for p in (p1, p2) for k in
                 ["integrity_failures", "mixed_store", "exports_mixed", "exports_not_store", "leftovers_after_rerun", "rerun_differs"])
    report = results_markdown(args, ref1, ref2, p1, p2, elapsed, failed)
    print(report)
    if args.results:
        with open(args.results, "w") as f:
            f.write(report)
    sys.exit(1 if failed else 0)


def results_markdown(args, ref1, ref2, p1, p2, elapsed, failed):
    rows = [
        ("kills (SIGKILL at a random moment)", "kills"),
        ("store left in the state before the import", "store_before"),
        ("store left in the state after the import", "store_after"),
        ("store integrity_check not ok", "integrity_failures"),
        ("store neither state (a mix)", "mixed_store"),
        ("`current/` absent (killed before the first switch)", "exports_none"),
        ("`current/` whole, previous generation", "exports_previous"),
        ("`current/` whole, new generation", "exports_new"),
        ("`current/` not one whole generation", "exports_mixed"),
        ("`current/` is the store's current generation but differs from it", "exports_not_store"),
        ("store committed, `current/` switch left to the next run (its folder whole)", "switch_pending"),
        ("temporary files or staging folders left by the kill", "leftovers_after_kill"),
        ("... still there after the next run", "leftovers_after_rerun"),
        ("rerun differing from an uninterrupted run", "rerun_differs"),
    ]
    lines = [
        "# Kill test: `isg import` killed at random moments",
        "",
        f"`tools/killtest/run.py --kills {args.kills} --seed {args.seed}` on `Samples/` (debug build, a 2-core machine shared "
        f"with other builds). Phase 1: the first half-year of each monthly site into an empty folder "
        f"(uninterrupted: {ref1['seconds']:.2f} s, exit {ref1['status']}). Phase 2: all of `Samples/` into the result "
        f"of phase 1 (uninterrupted: {ref2['seconds']:.2f} s, exit {ref2['status']}). Each kill falls uniformly within "
        f"1.15 times the uninterrupted run; after each, the same import is run again to the end. Total {elapsed / 60:.1f} min.",
        "",
        "| | first import | second import |",
        "|---|---:|---:|",
    ]
    for label, key in rows:
        lines.append(f"| {label} | {p1[key]} | {p2[key]} |")
    lines.append(f"| exit status of the reruns | {', '.join(map(str, sorted(p1['rerun_status'])))} | "
                 f"{', '.join(map(str, sorted(p2['rerun_status'])))} |")
    lines += ["", "Result: " + ("**FAILED**" if failed else "every check held."), ""]
    problems = p1["problems"] + p2["problems"]
    if problems:
        lines += ["Problems:", ""] + [f"- {p}" for p in problems[:40]] + [""]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
