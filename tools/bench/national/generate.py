#!/usr/bin/env python3
"""Writes the national-scale corpus: the four sample layouts replicated under 450 site names.

Usage: python3 tools/bench/national/generate.py [--sites 450] [--variants 4] [--out tools/bench/out/national]

Two steps:
1. Templates. The sample generator's own code (tools/samples: Population, the four site
   writers, LibreOffice for Colmar and Altkirch) writes a year of the four layouts `--variants`
   times, each with its own seed and at the volumes of VOLUME (about 3,550 referrals for the
   four layouts together, so 450 sites give about 400,000).
2. Sites. Site n takes layout n mod 4 and a template of that layout; its files are copied into
   its own folder with every person's names redrawn from a national name pool by a per-site
   seed (the text of the cells is rewritten inside the XML, so the LibreOffice and Excel
   structure stays as written). The same person keeps the same new name within a site, so a
   site's repeat referrals still link; two sites never share their persons.
Writes OUT/input/<CODE>/... and OUT/mappings/ (sites.yaml and one mapping file per site).
Deterministic: fixed seeds, fixed zip times.
"""

import argparse
import datetime as dt
import os
import random
import re
import shutil
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "tools", "samples"))

import names as sample_names  # noqa: E402  (tools/samples/names.py)

LAYOUTS = ["STRASBOURG", "MULHOUSE", "COLMAR", "ALTKIRCH"]
# Referrals per site and year, per layout: 3,550 per four sites, ~400,000 for 450.
VOLUME = {"STRASBOURG": 1500, "MULHOUSE": 900, "COLMAR": 700, "ALTKIRCH": 450}
MEETINGS = {"STRASBOURG": 24, "MULHOUSE": 16, "COLMAR": 13, "ALTKIRCH": 13}
FIXED = (2023, 12, 31, 12, 0, 0)


def build_templates(out, variants):
    """Runs the sample generator's population and writers once per variant, into out/templates/vK."""
    import common
    import population
    population.VOLUME.clear()
    population.VOLUME.update(VOLUME)
    population.MEETINGS.clear()
    population.MEETINGS.update(MEETINGS)
    writers = {site: __import__(site.lower()) for site in LAYOUTS}
    for k in range(variants):
        target = os.path.join(out, "templates", f"v{k}")
        if os.path.isdir(target) and os.path.exists(os.path.join(target, ".done")):
            continue
        shutil.rmtree(target, ignore_errors=True)
        os.makedirs(target)
        for module in [common] + list(writers.values()):
            module.SAMPLES = target
        pop = population.Population(seed=9000 + k)
        pop.build()
        truth = common.Truth()
        for site in LAYOUTS:
            writers[site].write(pop, truth)
        open(os.path.join(target, ".done"), "w").close()
        print(f"template v{k}: {len(pop.records)} referrals", flush=True)


def load_bench_names():
    """tools/bench/linkage/names.py: the linkage benchmark's larger pool of French names."""
    import importlib.util
    spec = importlib.util.spec_from_file_location("bench_names", os.path.join(ROOT, "tools", "bench", "linkage", "names.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class NameRedraw:
    """One site's redrawing of the template's names: the same written name always gives the same new one."""

    def __init__(self, seed):
        bench_names = load_bench_names()
        self.rng = random.Random(seed)
        self.surnames = sorted(set(sample_names.FAMILY_NAMES) | set(bench_names.SURNAMES))
        self.female = sorted(set(sample_names.FEMALE_FIRST) | set(bench_names.FEMALE))
        self.male = sorted(set(sample_names.MALE_FIRST) | set(bench_names.MALE))
        self.family_of = {}
        self.first_of = {}
        self.families = {n.upper(): n for n in sample_names.FAMILY_NAMES}
        self.females = set(sample_names.FEMALE_FIRST)
        self.males = set(sample_names.MALE_FIRST)
        # Birth dates move by one offset per site: the sites sharing a template then share no
        # birth dates by construction, while a site's own repeat referrals keep theirs.
        self.shift = self.rng.choice([d for d in range(-365, 366) if d])

    def family(self, written):
        key = written.upper()
        if key not in self.families:
            return None
        if key not in self.family_of:
            self.family_of[key] = self.rng.choice(self.surnames)
        new = self.family_of[key]
        return new.upper() if written.isupper() else new

    def first(self, written):
        if written not in self.females and written not in self.males:
            return None
        if written not in self.first_of:
            self.first_of[written] = self.rng.choice(self.female if written in self.females else self.male)
        return self.first_of[written]

    def birth(self, day):
        """A birth date (before 2022; referral dates and planted later dates stay) moved by the site's offset."""
        return day + dt.timedelta(days=self.shift) if day < BIRTH_BEFORE else None

    def text_date(self, t):
        m = re.fullmatch(r"(\d\d?)/(\d\d?)/(\d{4})", t)
        if m:
            day = valid_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            new = day and self.birth(day)
            return new and (f"{new.day:02d}/{new.month:02d}/{new.year}" if len(m.group(1)) == 2 else f"{new.day}/{new.month}/{new.year}")
        m = re.fullmatch(r"(\d\d?) (\w+) (\d{4})", t)
        if m and m.group(2) in MONTHS_FR:
            day = valid_date(int(m.group(3)), MONTHS_FR.index(m.group(2)) + 1, int(m.group(1)))
            new = day and self.birth(day)
            return new and f"{new.day} {MONTHS_FR[new.month - 1]} {new.year}"
        return None

    def text(self, t):
        """The cell's text with its names or birth date redrawn, or None when it is neither."""
        new = self.family(t) or self.first(t) or self.text_date(t)
        if new:
            return new
        m = re.fullmatch(r"(.+) (née|ép\.) (.+)", t)
        if m:
            a, b = self.family(m.group(1)), self.family(m.group(3))
            return f"{a} {m.group(2)} {b}" if a and b else None
        words = t.split(" ")
        for cut in range(len(words) - 1, 0, -1):   # Mulhouse: "DA SILVA Marie-Claire"
            head, tail = " ".join(words[:cut]), " ".join(words[cut:])
            if head.isupper() and self.family(head) and self.first(tail):
                return f"{self.family(head)} {self.first(tail)}"
        return None


TEXT = re.compile(r">([^<>]+)<")
ODS_DATE = re.compile(r'office:date-value="(\d{4})-(\d\d)-(\d\d)"')
XLSX_NUMBER = re.compile(r"<c ([^>]*)><v>(\d+)</v>")
BIRTH_BEFORE = dt.date(2022, 1, 1)
EXCEL_EPOCH = dt.date(1899, 12, 30)
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]


def valid_date(year, month, day):
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def rewrite_xml(data, redraw):
    import html

    def one(m):
        raw = m.group(1)
        text = html.unescape(raw)
        new = redraw.text(text)
        return ">" + html.escape(new, quote=False) + "<" if new else m.group(0)

    def ods_date(m):
        day = valid_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        new = day and redraw.birth(day)
        return f'office:date-value="{new.isoformat()}"' if new else m.group(0)

    def xlsx_number(m):
        # Typed cells (t="s": a shared string index) are not dates; birth dates are serials after 1932.
        serial = int(m.group(2))
        if 't="' in m.group(1) or not 12_000 <= serial < 50_000:
            return m.group(0)
        new = redraw.birth(EXCEL_EPOCH + dt.timedelta(days=serial))
        return f"<c {m.group(1)}><v>{(new - EXCEL_EPOCH).days}</v>" if new else m.group(0)

    text = TEXT.sub(one, data.decode("utf-8"))
    text = ODS_DATE.sub(ods_date, text)
    text = XLSX_NUMBER.sub(xlsx_number, text)
    return text.encode("utf-8")


def copy_with_names(src, dst, redraw):
    """Copies an XLSX/ODS, rewriting the text of its strings and sheets, entries in the same order."""
    with zipfile.ZipFile(src) as z, zipfile.ZipFile(dst, "w") as out:
        for info in z.infolist():
            data = z.read(info.filename)
            if info.filename in ("xl/sharedStrings.xml", "content.xml") or info.filename.startswith("xl/worksheets/sheet"):
                data = rewrite_xml(data, redraw)
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED)
            fixed.compress_type = info.compress_type
            fixed.external_attr = info.external_attr
            out.writestr(fixed, data)


def mapping_text(layout, code, folder_pattern):
    with open(os.path.join(ROOT, "Mappings", layout.lower() + ".yaml"), encoding="utf-8") as f:
        text = f.read()
    text = re.sub(r"(?m)^site: .*$", f"site: {code}", text, count=1)
    text = re.sub(r"(?m)^fichiers: .*$", f"fichiers: [{folder_pattern}]", text, count=1)
    return f"# National benchmark: site {code}, the {layout.title()} layout.\n" + text


def build_sites(out, count, variants):
    input_dir = os.path.join(out, "input")
    mappings = os.path.join(out, "mappings")
    shutil.rmtree(input_dir, ignore_errors=True)
    shutil.rmtree(mappings, ignore_errors=True)
    os.makedirs(input_dir)
    os.makedirs(mappings)
    carriers = {"STRASBOURG": "CEA", "MULHOUSE": "CIDFF68", "COLMAR": "CIDFF68", "ALTKIRCH": "CIDFF68"}
    sites = ["sites:"]
    for n in range(count):
        layout = LAYOUTS[n % 4]
        code = f"ISG{n + 1:03d}"
        template = os.path.join(out, "templates", f"v{(n // 4) % variants}", layout)
        redraw = NameRedraw(f"national-{code}")
        target = os.path.join(input_dir, code)
        os.makedirs(target)
        exts = set()
        for name in sorted(os.listdir(template)):
            copy_with_names(os.path.join(template, name), os.path.join(target, name), redraw)
            exts.add(name.rsplit(".", 1)[1])
        pattern = ", ".join(f'"{code}/*.{e}"' for e in sorted(exts))
        with open(os.path.join(mappings, code.lower() + ".yaml"), "w", encoding="utf-8") as f:
            f.write(mapping_text(layout, code, pattern))
        sites += [f"  - code: {code}", f'    nom: "ISG {code} ({layout.title()} layout)"',
                  f'    territoire: "{n % 95 + 1:02d}"', f"    porteur: {carriers[layout]}"]
    with open(os.path.join(mappings, "sites.yaml"), "w", encoding="utf-8") as f:
        f.write("# National benchmark: 450 sites replicating the four sample layouts.\n")
        f.write("\n".join(sites) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sites", type=int, default=450)
    ap.add_argument("--variants", type=int, default=4, help="templates per layout (each with its own seed)")
    ap.add_argument("--out", default=os.path.join(ROOT, "tools", "bench", "out", "national"))
    args = ap.parse_args()
    build_templates(args.out, args.variants)
    build_sites(args.out, args.sites, args.variants)
    print(f"{args.sites} sites under {args.out}/input, mappings in {args.out}/mappings", flush=True)


if __name__ == "__main__":
    main()
