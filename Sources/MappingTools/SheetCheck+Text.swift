// One sheet's lines in `isg mapping check`: how it reads, then one line per thing to fix.

import Consolidation
import Mapping
import Model

extension SheetCheck {
    func name(identified: Bool) -> String { identified ? sheet : shownName ?? sheet }

    /// `issues: false`: only the heading and the matched columns (shared by a group of files).
    func lines(mappingFile: String, showMatched: Bool, sameAs: String? = nil, issues: Bool = true, identified: Bool = false) -> [String] {
        let sheet = name(identified: identified)
        if let pattern = proposedPattern {
            guard issues else { return [] }
            return ["  sheet \"\(sheet)\": NOT READ: no `feuilles:` claims it, yet it reads as a sheet of the table; add \"\(pattern.pattern)\" to `feuilles:` (\(mappingFile) line \(pattern.line)). Read as if claimed:"]
                + issueLines(mappingFile: mappingFile, layout: layout ?? .table, identified: identified)
        }
        guard let layout else {
            guard issues else { return [] }
            return isCovered ? ["  sheet \"\(sheet)\": no rule of the mapping claims it (not read)"]
                             : ["  sheet \"\(sheet)\": NOT READ: " + (findings.first { $0.severity != .info }?.message ?? "")]
        }
        var out: [String] = []
        var head = "  sheet \"\(sheet)\": \(table?.rawValue ?? ""), "
        if layout == .form {
            head += "form, \(columns.count) of \(columns.count + missing.count) labels found"
            if dataRows == 0 { head += ", no value (an empty template: not a record)" }
        } else if let headerRows {
            let rows = headerRows.count == 1 ? "row \(headerRows.lowerBound)" : "rows \(headerRows.lowerBound)-\(headerRows.upperBound)"
            head += "header \(rows)"
            if issues { head += ", \(dataRows) data \(dataRows == 1 ? "row" : "rows")" }
        } else {
            head += "table"
        }
        if let sameAs { head += ", same columns as \"\(sameAs)\"" }
        out.append(head)
        if showMatched {
            for c in columns {
                let target = c.code.map { "\(c.field) \($0)" } ?? c.field
                out.append("    ok       \(c.cell) \"\(c.header)\" -> \(target) (line \(c.line))")
            }
        }
        if issues { out += issueLines(mappingFile: mappingFile, layout: layout, identified: identified) }
        return out
    }

    func issueLines(mappingFile: String, layout: Layout, identified: Bool = false) -> [String] {
        var out: [String] = []
        if let problem { out.append("    NOT READ: \(problem). Check `entete:` and `colonnes:` in \(mappingFile).") }
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
                if let evidence = m.evidence, evidence.contains("values are all wordings") {
                    line += "\n             evidence: " + evidence
                }
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
        for g in other {
            let cells = g.firstCells.joined(separator: ", ") + (g.count > g.firstCells.count ? ", ..." : "")
            let label = g.severity == .error ? "ERROR" : "DATA"
            out.append("    \(label.padding(toLength: 8, withPad: " ", startingAt: 0)) \(g.kind)\(g.field.map { " \($0)" } ?? "") ×\(g.count)\(cells.isEmpty ? "" : " (\(cells))"): \(g.message)")
        }
        return out
    }

    private func format(_ d: Double) -> String {
        let hundredths = Int((d * 100).rounded())
        return hundredths >= 100 ? "1.00" : "0." + (hundredths < 10 ? "0" : "") + String(max(0, hundredths))
    }
}
