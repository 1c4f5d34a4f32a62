// `mapping draft`: writing the draft as a mapping file, with the evidence and TODOs as comments.

import Consolidation
import Foundation
import Mapping
import Model
import Texts

struct DraftContext {
    var site: SiteDeclaration
    var files: [String]
    var allSheets: [String]
    var periodFromSheets: Bool
}

struct DraftWriter {
    var context: DraftContext
    var referrals: DraftTable?
    var meetings: DraftTable?
    /// The comments' language; the mapping's keys and values are the same in every language.
    var t = Texts.current
    private var lines: [String] = []

    init(context: DraftContext, referrals: DraftTable?, meetings: DraftTable?) {
        self.context = context
        self.referrals = referrals
        self.meetings = meetings
    }

    func text() -> String {
        var w = self
        w.writeTop()
        for table in [referrals, meetings].compactMap({ $0 }) where !table.columns.isEmpty { w.writeTable(table) }
        return w.lines.joined(separator: "\n") + "\n"
    }

    private mutating func writeTop() {
        let site = context.site
        lines.append(t("draft.header", ["code": site.code, "name": site.name]))
        for file in context.files { lines.append("#   \(file)") }
        lines += t("draft.intro").components(separatedBy: "\n")
        lines.append("site: \(site.code)")
        lines.append("fichiers: \(list(filePatterns))  # " + t("draft.files.todo"))
        lines.append("periode: \(context.periodFromSheets ? "feuille" : "fichier")")
    }

    private var filePatterns: [String] {
        var patterns: [String] = []
        for file in context.files {
            let parts = file.split(separator: "/")
            let name = parts.last.map(String.init) ?? file
            let ext = name.split(separator: ".").count > 1 ? "." + (name.split(separator: ".").last.map(String.init) ?? "") : ""
            let pattern = parts.count > 1 && Wording.normalize(String(parts[parts.count - 2])) == Wording.normalize(context.site.code)
                ? "\(parts[parts.count - 2])/*\(ext)" : "*\(ext)"
            if !patterns.contains(pattern) { patterns.append(pattern) }
        }
        return patterns
    }

    private mutating func writeTable(_ table: DraftTable) {
        lines.append("\(table.kind.rawValue):")
        for template in table.templates {
            lines += t("draft.template", ["sheet": quote(template.sheet), "place": template.place]).components(separatedBy: "\n")
        }
        lines.append("  feuilles: \(list(sheetPatterns(table)))")
        lines.append("  disposition: \(table.layout.rawValue)")
        if table.layout == .table && table.headerRows > 1 { lines.append("  entete: {lignes: \(table.headerRows)}") }
        if !table.unmatched.isEmpty {
            lines.append(t("draft.unmatched"))
            for u in table.unmatched { lines.append("  #   " + t("draft.at", ["text": quote(u.text), "place": u.place])) }
            lines.append("  ignorer: \(list(table.unmatched.map { table.layout == .form ? label($0.text) : $0.text }))")
        }
        lines.append("  champs:")
        let kinds = Field.mapped(in: table.kind).map { ($0.column, $0.kind) }
        for (field, kind) in kinds {
            let columns = table.columns.filter { $0.field == field }
            guard !columns.isEmpty else { continue }
            if let plain = columns.first(where: { $0.code == nil }) {
                writeField(plain, kind: kind, layout: table.layout)
                let absent = table.sheets.filter { !plain.sheetsSeen.contains($0) }
                if table.layout == .table && !absent.isEmpty {
                    insertBeforeVocabulary("      peut_manquer: oui  # " + t("draft.absent", ["files": absent.map { quote($0) }.joined(separator: ", ")]))
                }
            } else {
                writeBoxColumns(field, columns)
            }
        }
    }

    /// Explicit sheet names, or a pattern when they share a beginning (`Saisine 1`, `Saisine 2` -> `Saisine*`).
    private func sheetPatterns(_ table: DraftTable) -> [String] {
        let others = [referrals, meetings].compactMap { $0 }.filter { $0.kind != table.kind }.flatMap(\.sheets)
        // A shared beginning first: next month's `Fiche 24` is claimed too, a `Modèle` left out is not.
        let minimum = table.layout == .form ? 2 : 3
        if table.sheets.count >= minimum, let first = table.sheets.first {
            var prefix = first
            for name in table.sheets.dropFirst() { while !name.hasPrefix(prefix) { prefix.removeLast() } }
            var trimmed = prefix
            while let last = trimmed.last, last == " " || last.isNumber { trimmed.removeLast() }
            if trimmed.count >= 3 && !others.contains(where: { $0.hasPrefix(trimmed) }) { return [trimmed + "*"] }
        }
        // Every sheet but the templates left out (which the import counts as non-data anyway).
        if others.isEmpty && Set(table.sheets) == Set(context.allSheets).subtracting(table.templates.map(\.sheet)) { return ["*"] }
        return table.sheets
    }

    private mutating func writeField(_ c: DraftColumn, kind: FieldKind, layout: Layout) {
        let evidence = c.headers.first.map { t("draft.at", ["text": quote($0.text), "place": $0.place]) } ?? ""
        lines.append(t("draft.evidence", ["evidence": evidence, "wording": quote(c.evidence), "similarity": t.percent(c.similarity * 100)]))
        lines.append("    \(c.field):")
        lines.append("      \(layout == .form ? "etiquettes" : "colonnes"): \(list(c.headers.map { layout == .form ? label($0.text) : $0.text }))")
        let joined = c.headers.map { Wording.normalize($0.text) }.joined(separator: " ")
        if c.field == "nom" && joined.contains("prenom") && layout == .table { lines.append("      format: nom_prenom") }
        if layout == .form { writeFormPlacement(c) }
        guard !kind.codes.isEmpty, !c.values.isEmpty else { return }
        let (byCode, unknown, none, todo) = classify(c.values, kind: kind)
        let key = c.hasBoxes ? "cases" : "vocabulaire"
        if !byCode.isEmpty || (!c.hasBoxes && (!unknown.isEmpty || !none.isEmpty)) {
            lines.append("      \(key):")
            for (code, wordings) in byCode { lines.append("        \(codeKey(code)): \(list(wordings))") }
            if !c.hasBoxes {
                if !unknown.isEmpty { lines.append("        inconnu: \(list(unknown))") }
                if !none.isEmpty && kind == .codeList(kind.codes) { lines.append("        aucun: \(list(none))") }
            }
        }
        for value in todo {
            lines.append(t("draft.todo.value", ["value": quote(value.text), "times": t.plural("draft.times", count: value.count),
                                                "place": value.place, "codes": kind.codes.map(codeKey).joined(separator: ", ")]))
        }
    }

    /// (forms) Where the value or the marks stand, as the sheets showed it; the engine's default otherwise.
    private mutating func writeFormPlacement(_ c: DraftColumn) {
        if c.hasBoxes {
            let sides = c.markVotes.keys.sorted { (c.markVotes[$0] ?? 0, $0.rawValue) > (c.markVotes[$1] ?? 0, $1.rawValue) }
            if sides.count == 1, let side = sides.first {
                lines.append("      marque: \(side.rawValue)")
            } else if sides.count > 1 {
                lines.append("      marque: auto  # " + t("draft.mark.todo", ["sides": sides.map(\.rawValue).joined(separator: t("draft.and"))]))
            } else {
                lines.append("      marque: auto  # " + t("draft.mark.none"))
            }
            // The options run this many rows below the label (the engine looks 3 rows down by default).
            if c.optionDepth > 3 { lines.append("      distance: \(c.optionDepth)") }
        } else if c.valueSides != [LabelPosition.right.rawValue, LabelPosition.below.rawValue] {
            // Where the values stood (right when no sheet showed one): only there, so an empty value
            // never reads a section title (`ACCOMPAGNEMENT`) or the next group below instead.
            lines.append("      position: \(c.valueSides.first ?? LabelPosition.right.rawValue)")
        }
        // A form without its date is half filled in: rejected and listed, as every shipped mapping says.
        if c.field == "date_saisine" { lines.append("      requis: oui") }
    }

    /// Options go right after `colonnes:`, before a vocabulary and its TODOs.
    private mutating func insertBeforeVocabulary(_ line: String) {
        guard let at = lines.lastIndex(where: { $0.hasPrefix("      colonnes:") || $0.hasPrefix("      format:") }) else { lines.append(line); return }
        lines.insert(line, at: at + 1)
    }

    private mutating func writeBoxColumns(_ field: String, _ columns: [DraftColumn]) {
        lines.append(t("draft.boxes"))
        lines.append("    \(field):")
        lines.append("      cases:")
        for c in columns {
            guard let code = c.code else { continue }
            lines.append("        \(code): \(list(c.headers.map(\.text)))")
        }
    }

    /// Values under their likely code (DATA-MODEL order), declared unknown or none, or left TODO.
    private func classify(_ values: [(text: String, count: Int, place: String)], kind: FieldKind)
        -> ([(String, [String])], [String], [String], [(text: String, count: Int, place: String)]) {
        var byCode: [String: [String]] = [:]
        var unknown: [String] = [], none: [String] = []
        var todo: [(text: String, count: Int, place: String)] = []
        for v in values {
            let key = Wording.normalize(v.text)
            if let code = MappingDraft.guessCode(v.text, codes: kind.codes) {
                byCode[code, default: []].append(v.text)
            } else if MappingDraft.unknownWordings.contains(key) {
                unknown.append(v.text)
            } else if MappingDraft.noneWordings.contains(key) {
                none.append(v.text)
            } else {
                todo.append(v)
            }
        }
        let ordered = kind.codes.compactMap { code in byCode[code].map { (code, $0) } }
        return (ordered, unknown, none, todo)
    }

    private func codeKey(_ code: String) -> String {
        switch code {
        case "true": return "oui"
        case "false": return "non"
        default: return code
        }
    }

    /// A form label as a person writes it in a mapping: `Nom :` -> `Nom` (wordings ignore the colon anyway).
    private func label(_ text: String) -> String {
        var trimmed = Substring(text)
        while let last = trimmed.last, last == ":" || last == " " { trimmed = trimmed.dropLast() }
        return trimmed.isEmpty ? text : String(trimmed)
    }

    private func list(_ items: [String]) -> String { "[" + items.map(quote).joined(separator: ", ") + "]" }

    /// A YAML double-quoted scalar, always quoted so `no`, `067462` or `?` stay text: a JSON
    /// string literal is one (YAML's double-quoted escapes include JSON's).
    private func quote(_ s: String) -> String { JSONText.quoted(s) }
}
