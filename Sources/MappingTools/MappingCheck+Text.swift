// The text `isg mapping check` prints: short and readable, to paste into an e-mail asking for help.

import Consolidation
import Mapping
import Model

extension MappingCheckResult {
    /// One block per file, one line per fact, each naming the mapping file's line to edit.
    /// Without `identified`, sheet names and values that may name a person are masked (`ValuePrivacy`).
    public func rendered(showMatched: Bool = true, identified: Bool = false) -> String {
        var lines: [String] = []
        for file in files {
            lines.append(file.heading)
            if let problem = file.problem { lines.append("  " + problem) }
            var previous: SheetCheck?
            for sheet in file.sheets {
                // Monthly sheets of one workbook usually match alike: their columns are listed once.
                let same = previous.map { $0.table == sheet.table && $0.columns == sheet.columns && !sheet.columns.isEmpty } ?? false
                lines += sheet.lines(mappingFile: file.mappingFile ?? "the mapping", showMatched: showMatched && !same,
                                     sameAs: same ? previous.map { $0.name(identified: identified) } : nil, identified: identified)
                if !same { previous = sheet }
            }
            lines.append("")
        }
        lines.append(summary)
        return lines.joined(separator: "\n") + "\n"
    }

    public var summary: String {
        let sheets = files.flatMap(\.sheets)
        let unknown = sheets.reduce(0) { $0 + $1.unknown.count }
        let missing = sheets.reduce(0) { $0 + $1.missing.count }
        let untranslated = sheets.reduce(0) { $0 + $1.untranslated.count }
        let problems = files.filter { $0.problem != nil }.count + sheets.filter { $0.problem != nil }.count
        if isCovered {
            return "OK: the mapping covers \(files.count == 1 ? "this file" : "these \(files.count) files") fully."
        }
        var parts: [String] = []
        if problems > 0 { parts.append(count(problems, "file or sheet", "files or sheets") + " not read") }
        if unknown > 0 { parts.append(count(unknown, "unknown header", "unknown headers")) }
        if missing > 0 { parts.append(count(missing, "missing column or label", "missing columns or labels")) }
        if untranslated > 0 { parts.append(count(untranslated, "untranslated value", "untranslated values")) }
        return "NOT COVERED: " + parts.joined(separator: ", ") + "."
    }

    private func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
}

extension FileCheck {
    var heading: String {
        guard let site, let mappingFile else { return file }
        return "\(file)  (site \(site), \(mappingFile))"
    }
}

extension SheetCheck {
    func name(identified: Bool) -> String { identified ? sheet : shownName ?? sheet }

    func lines(mappingFile: String, showMatched: Bool, sameAs: String? = nil, identified: Bool = false) -> [String] {
        let sheet = name(identified: identified)
        guard let table, let layout else {
            return ["  sheet \"\(sheet)\": no rule of the mapping claims it (not read)"]
        }
        var out: [String] = []
        var head = "  sheet \"\(sheet)\": \(table.rawValue), "
        if layout == .form {
            head += "form, \(columns.count) of \(columns.count + missing.count) labels found"
        } else if let headerRows {
            let rows = headerRows.count == 1 ? "row \(headerRows.lowerBound)" : "rows \(headerRows.lowerBound)-\(headerRows.upperBound)"
            head += "header \(rows), \(dataRows) data \(dataRows == 1 ? "row" : "rows")"
        } else {
            head += "table"
        }
        if let sameAs { head += ", same columns as \"\(sameAs)\"" }
        out.append(head)
        if let problem { out.append("    NOT READ: \(problem). Check `entete:` and `colonnes:` in \(mappingFile).") }
        if showMatched {
            for c in columns {
                let target = c.code.map { "\(c.field) \($0)" } ?? c.field
                out.append("    ok       \(c.cell) \"\(c.header)\" -> \(target) (line \(c.line))")
            }
        }
        let what = layout == .form ? "label" : "header"
        for u in unknown {
            var line = "    UNKNOWN  \(what) \(u.cell) \"\(u.header)\""
            if let closest = u.closest, closest.similarity > 0 {
                line += ": closest field \(closest.field) (\"\(closest.wording)\", similarity \(format(closest.similarity)), line \(closest.line))"
            }
            line += "; map it, or list it under `ignorer:`"
            out.append(line)
        }
        for m in missing {
            let key = layout == .form ? "etiquettes" : "colonnes"
            var line = "    MISSING  \(m.field)\(m.required ? " (required)" : ""): no \(layout == .form ? "label" : "column") found (\(mappingFile) line \(m.line))"
            if let renamed = m.renamedTo, let s = m.similarity {
                line += "\n             renamed? \(renamed.cell) \"\(renamed.header)\" (similarity \(format(s))): add \"\(renamed.header)\" to `\(key):` of \(m.field) at line \(m.line)"
            } else {
                line += "; if the form no longer has it, set `peut_manquer: oui`"
            }
            out.append(line)
        }
        for u in untranslated {
            let cells = u.firstCells.joined(separator: ", ") + (u.count > u.firstCells.count ? ", ..." : "")
            let value = identified || u.mayShow ? "\"\(u.value)\"" : ValuePrivacy.mask(u.value)
            out.append("    VALUE    \(u.field) \(value) ×\(u.count) (\(cells)): no wording covers it; add it under a code of the vocabulary at line \(u.line), or fix the cells")
        }
        return out
    }

    private func format(_ d: Double) -> String {
        let hundredths = Int((d * 100).rounded())
        return hundredths >= 100 ? "1.00" : "0." + (hundredths < 10 ? "0" : "") + String(max(0, hundredths))
    }
}
