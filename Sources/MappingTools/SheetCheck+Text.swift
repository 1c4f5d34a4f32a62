// One sheet's lines in `isg mapping check`: how it reads, then one line per thing to fix, in the
// run's language. What is to be copied into the YAML keeps straight quotes.

import Consolidation
import Mapping
import Model
import Texts

extension SheetCheck {
    func name(identified: Bool) -> String { identified ? sheet : shownName ?? sheet }

    /// `issues: false`: only the heading and the matched columns (shared by a group of files).
    func lines(mappingFile: String, showMatched: Bool, sameAs: String? = nil, issues: Bool = true, identified: Bool = false,
               _ t: Texts = Texts.current) -> [String] {
        let sheet = name(identified: identified)
        func heading(_ detail: String) -> String { "  " + t("check.sheet", ["sheet": sheet, "detail": detail]) }
        if let pattern = proposedPattern {
            guard issues else { return [] }
            return [heading(t("check.sheet.proposed", ["pattern": pattern.pattern, "mapping": mappingFile, "line": String(pattern.line)]))]
                + issueLines(mappingFile: mappingFile, layout: layout ?? .table, identified: identified, t)
        }
        guard let layout else {
            guard issues else { return [] }
            return isCovered ? [heading(t("check.sheet.unclaimed"))]
                             : [heading(t("check.sheet.not-read", ["message": findings.first { $0.severity != .info }?.message ?? ""]))]
        }
        var out: [String] = []
        var head = (table?.rawValue ?? "") + ", "
        if layout == .form {
            head += t("check.sheet.form", ["found": String(columns.count), "total": String(columns.count + missing.count)])
            if dataRows == 0 { head += t("check.sheet.empty-form") }
        } else if let headerRows {
            head += headerRows.count == 1 ? t("check.sheet.header-row", ["row": String(headerRows.lowerBound)])
                : t("check.sheet.header-rows", ["from": String(headerRows.lowerBound), "to": String(headerRows.upperBound)])
            if issues { head += ", " + t.plural("check.sheet.data-rows", count: dataRows) }
        } else {
            head += t("check.sheet.table")
        }
        if let sameAs { head += t("check.sheet.same", ["sheet": sameAs]) }
        out.append(heading(head))
        if showMatched {
            for c in columns {
                let target = c.code.map { "\(c.field) \($0)" } ?? c.field
                out.append("    " + tag(t("check.tag.ok"))
                           + t("check.matched", ["cell": c.cell, "header": c.header, "target": target, "line": String(c.line)]))
            }
        }
        if issues { out += issueLines(mappingFile: mappingFile, layout: layout, identified: identified, t) }
        return out
    }

    func issueLines(mappingFile: String, layout: Layout, identified: Bool = false, _ t: Texts = Texts.current) -> [String] {
        var out: [String] = []
        if let problem { out.append("    " + t("check.issue.not-read", ["problem": problem, "mapping": mappingFile])) }
        let what = t(layout == .form ? "check.what.label" : "check.what.header")
        for u in unknown {
            var closest = ""
            if let c = u.closest, c.similarity > 0 {
                closest = t("check.unknown.closest", ["field": c.field, "wording": c.wording, "similarity": format(c.similarity, t),
                                                      "line": String(c.line)])
            }
            out.append("    " + tag(t("check.tag.unknown"))
                       + t("check.unknown", ["what": what, "cell": u.cell, "header": u.header, "closest": closest]))
        }
        for m in missing {
            let key = layout == .form ? "etiquettes" : "colonnes"
            var line = "    " + tag(t("check.tag.missing")) + t("check.missing", [
                "field": m.field, "required": m.required ? t("check.missing.required") : "",
                "what": t(layout == .form ? "check.what.label" : "check.what.column"), "mapping": mappingFile, "line": String(m.line)])
            let indent = "\n             "
            if let renamed = m.renamedTo, let s = m.similarity {
                line += indent + t("check.missing.renamed", ["cell": renamed.cell, "header": renamed.header, "similarity": format(s, t),
                                                             "key": key, "field": m.field, "line": String(m.line)])
                if let evidence = m.evidence, evidence.contains(Self.renamedByValues(t)) {
                    line += indent + t("check.missing.evidence", ["evidence": evidence])
                }
            } else {
                line += t("check.missing.optional")
            }
            out.append(line)
        }
        for u in untranslated {
            let cells = u.firstCells.joined(separator: ", ") + (u.count > u.firstCells.count ? ", ..." : "")
            let value = identified || u.mayShow ? t("check.quoted", ["text": u.value]) : ValuePrivacy.mask(u.value)
            out.append("    " + tag(t("check.tag.value")) + t("check.value", ["field": u.field, "value": value, "count": String(u.count),
                                                                            "cells": cells, "line": String(u.line)]))
        }
        for g in other {
            let cells = g.firstCells.joined(separator: ", ") + (g.count > g.firstCells.count ? ", ..." : "")
            out.append("    " + tag(t(g.severity == .error ? "check.tag.error" : "check.tag.data")) + t("check.other", [
                "kind": g.kind, "field": g.field.map { " \($0)" } ?? "", "count": String(g.count),
                "cells": cells.isEmpty ? "" : " (\(cells))", "message": g.message]))
        }
        return out
    }

    /// The fixed words of the engine's "renamed by its values" evidence, in this language: only that
    /// evidence is worth a line of its own (a similarity of words is already on the line above).
    static func renamedByValues(_ t: Texts) -> String {
        let filled = t("finding.rename.values", ["count": "\u{1}", "field": "\u{1}", "similarity": "\u{1}"])
        return filled.split(separator: "\u{1}").map(String.init).max { $0.count < $1.count } ?? filled
    }

    /// The verdicts in one column: `MANQUANT `, `ok       `.
    private func tag(_ word: String) -> String { word.padding(toLength: 8, withPad: " ", startingAt: 0) + " " }

    /// `87 %`, as the engine's findings write a similarity.
    private func format(_ d: Double, _ t: Texts) -> String { t.percent(d * 100) }
}
