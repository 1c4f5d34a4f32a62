// `isg mapping draft`: a first mapping file for a site nobody has mapped yet, from its files.

import Consolidation
import Mapping
import Model
import Spreadsheet

/// One field as the files show it: its headers (or labels), the evidence, and its values.
struct DraftColumn {
    var field: String
    /// For one check-box column ("x" per code) of a table, the code it ticks.
    var code: String?
    /// Every header (or label) text seen for it, first-seen order, with where it was first seen.
    var headers: [(text: String, place: String)] = []
    var similarity: Double
    /// The usual wording it matched.
    var evidence: String
    /// Distinct values as written (normalised dedup), first-seen order, with counts and first cell.
    var values: [(text: String, count: Int, place: String)] = []
    /// The sheets whose header has it: fewer than the table's sheets means an older or newer form.
    var sheetsSeen: Set<String> = []
    /// A form field whose value is ticked among ☒/☐ options: `values` are the options.
    var hasBoxes = false
    /// (forms) Where the marks of its boxes stood, one vote per sheet that says (the engine's inference).
    var markVotes: [MarkSide: Int] = [:]
    /// (forms) How many rows below the label its options ran, at most.
    var optionDepth = 0
    /// (forms) Where its values stood beside the label: `droite` or `dessous`.
    var valueSides: Set<String> = []

    mutating func addHeader(_ text: String, place: String) {
        if !headers.contains(where: { Wording.normalize($0.text) == Wording.normalize(text) }) { headers.append((text, place)) }
    }

    mutating func addValue(_ text: String, place: String) {
        let key = Wording.normalize(text)
        if let i = values.firstIndex(where: { Wording.normalize($0.text) == key }) {
            values[i].count += 1
        } else {
            values.append((text, 1, place))
        }
    }
}

/// What the draft learnt about one table (referrals or meetings) across the files.
struct DraftTable {
    var kind: TableKind
    var layout: Layout
    var sheets: [String] = []
    var columns: [DraftColumn] = []
    /// Headers or labels seen and not recognised, with where first seen.
    var unmatched: [(text: String, place: String)] = []
    var headerRows: Int = 1
    /// (forms) Sheets with the form's labels and no value at all (a `Modèle`): left out, said so.
    var templates: [(sheet: String, place: String)] = []

    mutating func column(_ field: String, code: String?, similarity: Double, evidence: String) -> Int {
        if let i = columns.firstIndex(where: { $0.field == field && $0.code == code }) { return i }
        columns.append(DraftColumn(field: field, code: code, similarity: similarity, evidence: evidence))
        return columns.count - 1
    }

    mutating func addUnmatched(_ text: String, place: String) {
        if !unmatched.contains(where: { Wording.normalize($0.text) == Wording.normalize(text) }) { unmatched.append((text, place)) }
    }
}

public enum MappingDraft {
    /// Below this, a header is not taken for a field.
    static let matchThreshold = 0.75

    /// The draft mapping file's text for `site`, from the files' sheets (`file` as the user names it).
    public static func draft(site: SiteDeclaration, files: [(file: String, sheets: [CheckedSheet])]) -> String {
        var referrals: DraftTable?
        var meetings: DraftTable?
        var allSheets: [String] = []
        var monthSheets = 0
        for (file, sheets) in files {
            for sheet in sheets where sheet.info.visibility == .visible && sheet.info.kind == .worksheet && !sheet.rows.isEmpty {
                allSheets.append(sheet.info.name)
                // A month's name, not a number: "Saisine 1" is not January.
                if alphanumericTokens(Wording.normalize(sheet.info.name)).contains(where: { FrenchMonths.month($0) != nil }) { monthSheets += 1 }
                let isMeetings = meetingSheetWords.contains { Wording.normalize(sheet.info.name).contains($0) }
                let kind: TableKind = isMeetings ? .reunions : .saisines
                var table = (kind == .saisines ? referrals : meetings) ?? DraftTable(kind: kind, layout: .table)
                read(sheet, file: file, into: &table)
                if kind == .saisines { referrals = table } else { meetings = table }
            }
        }
        let context = DraftContext(site: site, files: files.map(\.file), allSheets: allSheets,
                                   periodFromSheets: monthSheets > 0 && monthSheets * 2 >= allSheets.count)
        let text = DraftWriter(context: context, referrals: referrals, meetings: meetings).text()
        // The draft is verified through the engine: what the import would find closes it.
        return text + verification(text, site: site, files: files).joined(separator: "\n") + "\n"
    }

    /// Adds one sheet's evidence to `table`: as a form when its labels say more than any header row.
    static func read(_ sheet: CheckedSheet, file: String, into table: inout DraftTable) {
        let wordings = table.kind == .saisines ? fieldWordings : meetingWordings
        let labels = formLabels(sheet.rows, wordings: wordings)
        let header = bestHeader(sheet.rows, wordings: wordings)
        if table.kind == .saisines && labels.count > header.matched.count && labels.count >= 3 {
            table.layout = .form
            readForm(sheet, file: file, labels: labels, into: &table)
        } else if let row = header.row {
            if !table.sheets.contains(sheet.info.name) { table.sheets.append(sheet.info.name) }
            readTable(sheet, file: file, headerRow: row, matched: header.matched, wordings: wordings, into: &table)
        }
    }

    /// The field a header most likely is, with the wording it matched and the similarity.
    static func matchField(_ text: String, wordings: [(field: String, wordings: [String])]) -> (field: String, wording: String, similarity: Double)? {
        let key = Wording.normalize(text)
        var best: (String, String, Double)?
        for (field, list) in wordings {
            for wording in list {
                let s = key == wording ? 1 : MappingCheck.similarity(key, wording)
                if s > (best?.2 ?? 0) { best = (field, wording, s) }
            }
        }
        // "Situation déjà connue de l'ISG", "Connu(e) des services de la CeA": the words say it
        // whatever the sentence around them (and "situation" alone would be `role`).
        let words = Set(alphanumericTokens(key))
        if (best?.2 ?? 0) < 1, words.contains(where: { $0.hasPrefix("connu") }), wordings.contains(where: { $0.field == "connu_isg" }) {
            if words.contains("isg") { return ("connu_isg", "connu isg", 0.95) }
            if words.contains("cea") || words.contains("ssd") || key.contains("services sociaux") { return ("connu_cea", "connu cea", 0.95) }
        }
        guard let best, best.2 >= matchThreshold else { return nil }
        return best
    }

    /// The row (of the first 40) whose texts match the most fields.
    static func bestHeader(_ rows: [Row], wordings: [(field: String, wordings: [String])]) -> (row: Row?, matched: Set<String>) {
        var best: (Row?, Set<String>) = (nil, [])
        for row in rows.prefix(40) {
            var fields: Set<String> = []
            for cell in row.cells {
                if case .string(let text) = cell.value, let match = matchField(text, wordings: wordings) { fields.insert(match.field) }
            }
            if fields.count > best.1.count { best = (row, fields) }
        }
        return best
    }

    /// Cells ending with a colon, matched to fields: (field, row, column, text, similarity, wording).
    static func formLabels(_ rows: [Row], wordings: [(field: String, wordings: [String])]) -> [String: (row: Int, column: Int, text: String, similarity: Double, wording: String)] {
        var found: [String: (row: Int, column: Int, text: String, similarity: Double, wording: String)] = [:]
        let titles = sectionTitles(rows)
        for row in rows {
            for cell in row.cells where !titles.contains(key(row.number, cell.column)) {
                guard case .string(let raw) = cell.value, let text = TextValue.clean(cell.value), text.hasSuffix(":"),
                      let match = matchField(raw, wordings: wordings) else { continue }
                if (found[match.field]?.similarity ?? 0) < match.similarity {
                    found[match.field] = (row.number, cell.column, text, match.similarity, match.wording)
                }
            }
        }
        return found
    }
}

extension String {
    /// `PRESENTATION_DIRECTE` -> `PRESENTATION DIRECTE`.
    var underscoresAsSpaces: String { String(map { $0 == "_" ? " " : $0 }) }
}
