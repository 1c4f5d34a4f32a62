"""File plumbing: fixed zip timestamps for reproducible files, and LibreOffice headless conversion."""

import os
import re
import shutil
import subprocess
import tempfile
import zipfile

FIXED = (2023, 12, 31, 12, 0, 0)
STAMP = re.compile(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?")
META = ("meta.xml", "docProps/core.xml")


def normalise_zip(path):
    """Rewrites a zip (xlsx/ods) with fixed entry times and document dates, keeping order and compression."""
    with zipfile.ZipFile(path) as z:
        entries = [(info, z.read(info.filename)) for info in z.infolist()]
    entries = [(info, STAMP.sub(b"2023-12-31T12:00:00", data) if info.filename in META else data)
               for info, data in entries]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w") as out:
        for info, data in entries:
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED)
            fixed.compress_type = info.compress_type
            fixed.external_attr = info.external_attr
            out.writestr(fixed, data)
    os.replace(tmp, path)


def convert(sources, fmt, outdir):
    """Passes files through LibreOffice (`soffice --headless --convert-to fmt`), with a private profile."""
    os.makedirs(outdir, exist_ok=True)
    profile = tempfile.mkdtemp(prefix="isg-soffice-")
    try:
        cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
               "--convert-to", fmt, "--outdir", outdir] + list(sources)
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    outs = []
    for s in sources:
        out = os.path.join(outdir, os.path.splitext(os.path.basename(s))[0] + "." + fmt)
        if not os.path.exists(out):
            raise SystemExit(f"LibreOffice did not write {out}")
        normalise_zip(out)
        outs.append(out)
    return outs
