#!/usr/bin/env python3
"""End-to-end test of `isg serve` in a real headless browser (Debian's chromium + chromium-driver,
through selenium), plus the security rules over plain HTTP.

    tools/workbench/e2e.py ISG_BINARY [--screenshots docs/workbench]

Works on copies: the mappings are copied to a scratch folder (the test edits them, and plants a
renamed and an unknown column in Colmar's copy), the samples are read in place. Prints 'workbench e2e: N passed, 0 failed' or stops at the first failure.
"""
import argparse, fcntl, http.client, os, re, shutil, signal, subprocess, sys, tempfile, threading, time, urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
passed = 0


def check(condition, what):
    global passed
    if not condition:
        print(f"workbench e2e: FAILED: {what}", file=sys.stderr)
        sys.exit(1)
    passed += 1
    print(f"  ok  {what}")


def request(port, method, path, body=None, cookie=None, host=None):
    """One request without a browser: no cookie unless given, redirects not followed."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    headers = {"Content-Type": "application/x-www-form-urlencoded"} if body is not None else {}
    if host:
        headers["Host"] = host
    if cookie:
        headers["Cookie"] = cookie
    conn.request(method, path, body=body, headers=headers)
    response = conn.getresponse()
    data = response.read().decode("utf-8", "replace")
    conn.close()
    return response.status, {k.lower(): v for k, v in response.getheaders()}, data


def listening_addresses(port):
    """The local addresses bound to `port`, read from /proc (no traffic sent anywhere)."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        if not os.path.exists(table):
            continue
        for line in open(table).read().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.split(":")
            if int(hex_port, 16) == port and state == "0A":
                found.add(address)
    return found


def start_server(isg, out, mappings):
    process = subprocess.Popen([isg, "serve", "--out", out, "--mappings", mappings, "--inputs",
                                os.path.join(ROOT, "Samples"), "--port", "0"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    deadline = time.time() + 60
    while time.time() < deadline:
        line = process.stdout.readline()
        match = re.search(r"(http://127\.0\.0\.1:(\d+)/\?token=([0-9a-f]+))", line)
        if match:
            return process, match.group(1), int(match.group(2)), match.group(3)
        if process.poll() is not None:
            break
    print(process.stderr.read(), file=sys.stderr)
    sys.exit("workbench e2e: isg serve printed no address")


def security(port, token, out):
    print("security (no browser):")
    status, headers, _ = request(port, "GET", "/")
    check(status == 403, "a request without the token is refused (403)")
    check("default-src 'none'" in headers.get("content-security-policy", "") and headers.get("cache-control") == "no-store",
          "the refusal carries the strict Content-Security-Policy and Cache-Control: no-store")
    status, _, _ = request(port, "GET", "/?token=" + "0" * len(token))
    check(status == 403, "a request with a wrong token is refused")
    status, _, _ = request(port, "GET", "/style.css")
    check(status == 403, "even the style sheet needs the token")
    status, headers, _ = request(port, "GET", "/constats?token=" + token)
    check(status == 303 and headers.get("location") == "/constats", "the token in the address sets a cookie and leaves the address")
    cookie = headers.get("set-cookie", "").split(";")[0]
    check("HttpOnly" in headers.get("set-cookie", "") and "SameSite=Strict" in headers.get("set-cookie", ""),
          "the cookie is HttpOnly and SameSite=Strict")
    status, headers, page = request(port, "GET", "/", cookie=cookie)
    check(status == 200 and "default-src 'none'" in headers.get("content-security-policy", ""), "pages carry the CSP")
    check(headers.get("cache-control") == "no-store", "pages carry Cache-Control: no-store")
    csrf = re.search(r'name="csrf" value="([0-9a-f]+)"', page).group(1)
    status, _, body = request(port, "POST", "/importer", body="csrf=" + "f" * len(csrf), cookie=cookie)
    check(status == 403 and not os.path.exists(os.path.join(out, "consolidation.sqlite")),
          "a form with a bad CSRF token is refused and imports nothing")
    status, _, _ = request(port, "POST", "/importer", body="", cookie=cookie)
    check(status == 403, "a form without a CSRF token is refused")
    status, _, _ = request(port, "POST", "/importer", body="csrf=" + csrf, cookie=None)
    check(status == 403, "a form with the CSRF token but without the access token is refused")
    for hostile in ["../person-id.key", "../consolidation.sqlite", "/etc/passwd", "..%2F..%2F..%2F..%2Fetc%2Fpasswd",
                    "%2Fetc%2Fpasswd", ".", ""]:
        status, _, body = request(port, "GET", "/telecharger?chemin=" + hostile, cookie=cookie)
        check(status == 404 and "root:" not in body, f"a path outside current/ is refused: {urllib.parse.unquote(hostile)!r}")
    status, _, _ = request(port, "GET", "/", cookie=cookie, host=f"rebinding.example:{port}")
    check(status == 403, "a request naming another host (DNS rebinding) is refused even with the cookie")
    status, _, _ = request(port, "GET", "/../../etc/passwd", cookie=cookie)
    check(status in (400, 403, 404), "a path with .. in the address serves nothing")
    bound = listening_addresses(port)
    check(bound == {"0100007F"}, f"the server listens on 127.0.0.1 only ({bound})")
    return cookie, csrf


def lock_refusal(port, cookie, csrf, out):
    """The store's writer lock held as `isg import` holds it: the button's import is refused."""
    fd = os.open(os.path.join(out, "consolidation.lock"), os.O_RDWR | os.O_CREAT, 0o600)
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        status, headers, _ = request(port, "POST", "/importer", body="csrf=" + csrf, cookie=cookie)
        _, _, page = request(port, "GET", "/", cookie=cookie)
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)
    check(status == 303 and "déjà en cours" in page, "an import while another holds the store's lock is refused with a clear message")


def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for flag in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900",
                 "--lang=fr-FR", "--disable-gpu"]:
        options.add_argument(flag)
    return webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)


def shoot(driver, folder, name):
    """The whole page at 1280 px wide."""
    if not folder:
        return
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(1280, min(max(height + 120, 700), 6000))
    driver.save_screenshot(os.path.join(folder, name))
    driver.set_window_size(1280, 900)


def text(driver, css):
    from selenium.webdriver.common.by import By
    found = driver.find_elements(By.CSS_SELECTOR, css)
    return found[0].text if found else None


def submit(driver, button):
    """Clicks a form's button and waits for the page the POST redirects to."""
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait
    old = driver.find_element(By.TAG_NAME, "html")

    def replaced(_):
        # Chromium says "stale element" or "node does not belong to the document": either way,
        # the page of the click is gone.
        try:
            old.is_enabled()
            return False
        except WebDriverException:
            return True
    button.click()
    WebDriverWait(driver, 180).until(replaced)
    WebDriverWait(driver, 180).until(lambda d: d.execute_script("return document.readyState") == "complete")


def after_import(driver, port):
    """An import takes seconds: wait for the overview it redirects to, with its message."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait
    WebDriverWait(driver, 180).until(lambda d: d.current_url.endswith(f":{port}/") and d.find_elements(By.ID, "notice"))


def browse(driver, address, port, out, mappings, shots):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select
    print("browser:")
    base = address.split("?")[0]
    driver.get(base)
    check("Accès refusé" in driver.page_source, "the browser without the token gets the refusal")
    driver.get(address)
    check(driver.current_url.endswith(f":{port}/"), "the printed address opens the workbench and the token leaves the address bar")
    check("Aucune importation" in driver.page_source, "before any import the page says so, in French")
    submit(driver, driver.find_element(By.ID, "import-button"))
    after_import(driver, port)
    check("Importation terminée" in (text(driver, "#notice") or ""), "the samples are imported from the page")
    persons_before = int(text(driver, "#persons-count").replace("\u202f", "").replace(" ", ""))
    check(persons_before > 0 and len(driver.find_elements(By.CSS_SELECTOR, "#accounts tbody tr")) > 10,
          f"the overview shows the persons ({persons_before}) and the account of each file")
    check(len(driver.find_elements(By.CSS_SELECTOR, "td.missing")) >= 1, "the coverage grid shows a missing month")
    shoot(driver, shots, "1-vue-du-mois.png")

    driver.get(base + "constats")
    rows = len(driver.find_elements(By.CSS_SELECTOR, "#findings tbody tr"))
    Select(driver.find_element(By.NAME, "severity")).select_by_value("error")
    submit(driver, driver.find_element(By.CSS_SELECTOR, "form.filters button"))
    errors = driver.find_elements(By.CSS_SELECTOR, "#findings tbody tr")
    check(0 < len(errors) < rows and all("error" in r.get_attribute("class") for r in errors),
          f"the findings filter by severity ({len(errors)} errors of {rows})")
    driver.get(base + "constats")
    check("caractères»" in driver.page_source, "values that may name a person are masked by default")
    shoot(driver, shots, "2-constats.png")
    journal = os.path.join(out, "workbench-journal.log")
    before = open(journal).read() if os.path.exists(journal) else ""
    submit(driver, driver.find_element(By.ID, "identities-toggle"))
    after = open(journal).read()
    user = subprocess.run(["id", "-un"], capture_output=True, text=True).stdout.strip()
    new = after[len(before):]
    check("identities shown" in new and f"\t{user}\t" in new, f"showing identities is written to the journal with the OS user ({user})")
    run_log(driver, base, out, user)

    # Mapping fixes: the first wording offered, its first code.
    driver.get(base + "correspondances")
    form = driver.find_element(By.CSS_SELECTOR, "form.add-wording")
    site = form.find_element(By.NAME, "site").get_attribute("value")
    field = form.find_element(By.NAME, "field").get_attribute("value")
    value = form.find_element(By.NAME, "value").get_attribute("value")
    code = Select(form.find_element(By.NAME, "code")).options[0].text
    mapping_files = {n: open(os.path.join(mappings, n)).read() for n in os.listdir(mappings) if n.endswith(".yaml")}
    submit(driver, form.find_element(By.CSS_SELECTOR, "button"))
    check("Libellé ajouté" in (text(driver, "#notice") or ""), f"the wording {value!r} of {site}/{field} is added as {code}")
    changed = [n for n in mapping_files if open(os.path.join(mappings, n)).read() != mapping_files[n]]
    check(len(changed) == 1, f"exactly one mapping file changed ({changed})")
    old, new = mapping_files[changed[0]].split("\n"), open(os.path.join(mappings, changed[0])).read().split("\n")
    differing = [i for i in range(min(len(old), len(new))) if old[i] != new[i]]
    check(len(old) == len(new) and len(differing) == 1 or len(new) == len(old) + 1,
          "the edit is one line: comments, order and formatting kept")
    check(any(n.startswith(changed[0] + ".") and n.endswith(".avant") for n in os.listdir(mappings)),
          "a dated copy of the previous mapping file is kept")
    check("+" in (text(driver, "#last-edit pre") or "") and "Vérification" in (text(driver, "#check") or ""),
          "the page shows the diff and the check")
    check(len(driver.find_elements(By.CSS_SELECTOR, "#check-files tbody tr")) > 0, "mapping check ran on the site's files of the folder")
    submit(driver, driver.find_element(By.ID, "reimport-button"))
    after_import(driver, port)
    driver.get(base + "correspondances")
    still = [f for f in driver.find_elements(By.CSS_SELECTOR, "form.add-wording")
             if (f.find_element(By.NAME, "site").get_attribute("value"), f.find_element(By.NAME, "field").get_attribute("value"),
                 f.find_element(By.NAME, "value").get_attribute("value")) == (site, field, value)]
    check(not still, "after the re-import the finding of that wording is gone")
    options = [o.get_attribute("value") for o in driver.find_elements(By.CSS_SELECTOR, "form.add-wording select option")]
    check("inconnu" in options and driver.find_elements(By.CSS_SELECTOR, "form.fix-cell button"),
          "each wording offers the code 'inconnu' and 'not a value: fix the cell'")
    columns(driver, base, port, mappings, shots)

    # Persons: a pair whose records are two persons now -> "same"; else "two persons" on a linked pair.
    driver.get(base + "personnes")
    shoot(driver, shots, "4-personnes.png")
    pairs = driver.find_elements(By.CSS_SELECTOR, "section.pair")
    check(len(pairs) > 0, f"uncertain pairs are listed side by side ({len(pairs)})")
    # "Passer" hides the pair for this session and writes nothing.
    skipped = pairs[0].find_element(By.NAME, "a").get_attribute("value"), pairs[0].find_element(By.NAME, "b").get_attribute("value")
    submit(driver, pairs[0].find_element(By.CLASS_NAME, "skip-button"))
    remaining = driver.find_elements(By.CSS_SELECTOR, "section.pair")
    check(len(remaining) == len(pairs) - 1 and not os.path.exists(os.path.join(mappings, "personnes.csv"))
          and all((p.find_element(By.NAME, "a").get_attribute("value"), p.find_element(By.NAME, "b").get_attribute("value")) != skipped
                  for p in remaining), "skipping a pair hides it and writes nothing")
    pairs = remaining
    chosen, expected = None, None
    for pair in pairs:
        a = pair.find_element(By.CSS_SELECTOR, "tr.trait-person td.a").text
        b = pair.find_element(By.CSS_SELECTOR, "tr.trait-person td.b").text
        if a != b:
            chosen, expected, button = pair, persons_before - 1, "same-button"
            break
    if chosen is None:
        chosen, expected, button = pairs[0], persons_before + 1, "never-button"
    record_a = chosen.find_element(By.NAME, "a").get_attribute("value")
    submit(driver, chosen.find_element(By.CLASS_NAME, button))
    decisions = open(os.path.join(mappings, "personnes.csv")).read().splitlines()
    check(decisions[0] == "decision,record_a,record_b,comment" and record_a in decisions[-1]
          and decisions[-1].startswith("same," if button == "same-button" else "never,"),
          f"the decision is appended to personnes.csv: {decisions[-1].split(',')[0]}")
    submit(driver, driver.find_element(By.CSS_SELECTOR, "form.action button"))
    after_import(driver, port)
    persons_after = int(text(driver, "#persons-count").replace("\u202f", "").replace(" ", ""))
    check(persons_after == expected, f"after the re-import the person count changes ({persons_before} -> {persons_after})")

    driver.get(base + "indicateurs?accepter=1")
    check(len(driver.find_elements(By.CSS_SELECTOR, "table.indicators tbody tr")) >= 10, "the indicators table is shown")
    shoot(driver, shots, "5-indicateurs.png")
    driver.get(base)
    shoot(driver, shots, "1-vue-du-mois.png")


def plant_column_changes(path):
    """The copy of Colmar's mapping as if the sites' files had changed under it: it knows the
    column "Précision" (the files say "Précision origine": a renamed column) and no longer
    ignores "Commentaire" (an unknown column)."""
    text = open(path).read()
    for old, new in [('origine_detail: ["Précision origine"]', 'origine_detail: ["Précision"]'),
                     ("  ignorer: [Commentaire]\n", "")]:
        if old not in text:
            sys.exit(f"workbench e2e: {path} no longer holds {old!r}: update plant_column_changes")
        text = text.replace(old, new)
    open(path, "w").write(text)


def columns(driver, base, port, mappings, shots):
    """Accept the renamed column and ignore the unknown one through the page, see the folder's
    check say OK for the columns, then the findings go at the re-import."""
    from selenium.webdriver.common.by import By
    driver.get(base + "correspondances")
    rows = {r.find_element(By.CSS_SELECTOR, "td.value").text: r for r in driver.find_elements(By.CSS_SELECTOR, "#columns tbody tr")}
    check("Précision origine" in rows and "Commentaire" in rows,
          f"the renamed and the unknown column are offered on the mapping page ({sorted(rows)})")
    path = os.path.join(mappings, "colmar.yaml")
    before = open(path).read()

    def copies():
        return {n for n in os.listdir(mappings) if n.startswith("colmar.yaml.") and n.endswith(".avant")}
    earlier = copies()
    submit(driver, rows["Précision origine"].find_element(By.CSS_SELECTOR, "form.accept-rename button"))
    check("Nouveau titre accepté" in (text(driver, "#notice") or ""), "the renamed column is accepted from the page")
    after = open(path).read()
    old_lines, new_lines = before.split("\n"), after.split("\n")
    changed = [i for i in range(len(old_lines)) if old_lines[i] != new_lines[i]]
    check(len(old_lines) == len(new_lines) and len(changed) == 1
          and new_lines[changed[0]].strip() == 'origine_detail: ["Précision", "Précision origine"]',
          "the header joins the field's list: one line changed, the rest of colmar.yaml as written")
    check("Précision origine" in (text(driver, "#last-edit pre") or ""), "the page shows the diff of the rename")
    verdicts = driver.find_elements(By.CSS_SELECTOR, "#check-files tbody tr")
    check(len(verdicts) >= 10 and all(r.find_element(By.CSS_SELECTOR, "td.columns").text == "1 colonne inconnue" for r in verdicts),
          f"mapping check ran on the {len(verdicts)} Colmar files: only the unknown column is left")
    row = [r for r in driver.find_elements(By.CSS_SELECTOR, "#columns tbody tr")
           if r.find_element(By.CSS_SELECTOR, "td.value").text == "Commentaire"][0]
    submit(driver, row.find_element(By.CSS_SELECTOR, "form.ignore-column button"))
    check("Colonne ignorée" in (text(driver, "#notice") or "") and '  ignorer: ["Commentaire"]' in open(path).read().split("\n"),
          "the unknown column is ignored from the page (an ignorer: line in its table)")
    check(len(copies() - earlier) == 2, "each of the two edits kept a dated copy of colmar.yaml")
    verdicts = driver.find_elements(By.CSS_SELECTOR, "#check-files tbody tr")
    check(verdicts and all(r.find_element(By.CSS_SELECTOR, "td.columns").text == "OK" for r in verdicts)
          and any(r.find_element(By.CSS_SELECTOR, "td.verdict").text == "OK" for r in verdicts),
          "the check's verdict turns OK: no unknown or missing column in any Colmar file")
    shoot(driver, shots, "3-correspondances.png")
    submit(driver, driver.find_element(By.ID, "reimport-button"))
    after_import(driver, port)
    driver.get(base + "correspondances")
    check(driver.find_elements(By.ID, "no-columns") and not driver.find_elements(By.CSS_SELECTOR, "#columns"),
          "after the re-import the column findings are gone")


def run_log(driver, base, out, user):
    """The identity toggle is an entry of the store's run log, shown on the overview."""
    import sqlite3
    db = sqlite3.connect(f"file:{os.path.join(out, 'consolidation.sqlite')}?mode=ro", uri=True)
    try:
        entries = db.execute("SELECT kind, user FROM run_events ORDER BY event_id").fetchall()
    finally:
        db.close()
    check(("identities_shown", user) in entries, f"showing identities is in the store's run log with the OS user ({entries})")
    driver.get(base)
    check("identités affichées" in (text(driver, "#run-events") or "") and user in text(driver, "#run-events"),
          "the overview lists the run log's identity entries")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("isg")
    parser.add_argument("--screenshots")
    args = parser.parse_args()
    scratch = tempfile.mkdtemp(prefix="isg-workbench-e2e-")
    out, mappings = os.path.join(scratch, "out"), os.path.join(scratch, "Mappings")
    shutil.copytree(os.path.join(ROOT, "Mappings"), mappings)
    plant_column_changes(os.path.join(mappings, "colmar.yaml"))
    if args.screenshots:
        os.makedirs(args.screenshots, exist_ok=True)
    process, address, port, token = start_server(os.path.abspath(args.isg), out, mappings)
    try:
        cookie, csrf = security(port, token, out)
        driver = browser()
        try:
            browse(driver, address, port, out, mappings, args.screenshots)
        finally:
            driver.quit()
        lock_refusal(port, cookie, csrf, out)
    finally:
        process.send_signal(signal.SIGINT)
        try:
            code = process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            code = None
    check(code == 0, f"Ctrl-C stops the workbench cleanly (exit {code})")
    shutil.rmtree(scratch, ignore_errors=True)
    print(f"workbench e2e: {passed} passed, 0 failed")


if __name__ == "__main__":
    main()
