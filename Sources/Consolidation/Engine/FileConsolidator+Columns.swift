// A table's header against its rule: missing columns, unknown ones, and the renames that pair them.

import Mapping
import Model
import Spreadsheet
import Texts

extension FileConsolidator {
    /// `missing_column` per field not found, `unknown_column` per header no field claims, and a
    /// `renamed_column` where an unknown header is a missing field renamed: by its words (the one
    /// wording similarity) or by its values (all wordings of the field's vocabulary), never when
    /// its values contradict the field (see `ValueFit`).
    mutating func columnFindings(_ table: CompiledTable, _ binding: TableBinding, rows: [Row], context: inout SheetContext) {
        let headerRow = binding.headerRows.lowerBound
        // A "NOM Prénom" column found for `nom` supplies `prenom`.
        let namesSplit = table.rule.fields.indices.contains { index in
            binding.columns[index] != nil && table.rule.fields[index].split(forColumn: binding.headerWordings[index]) != nil
        }
        var absent: [(field: Int, wording: String, line: Int)] = []
        for (index, field) in table.rule.fields.enumerated() where field.constant == nil && !field.mayBeAbsent {
            if field.field == "prenom" && namesSplit && binding.columns[index] == nil { continue }
            if !field.columns.isEmpty && binding.columns[index] == nil {
                absent.append((index, field.columns.written.first ?? field.field, field.columns.line))
            }
            for option in field.boxes where binding.boxes[index]?.contains(where: { $0.code == option.code }) != true {
                absent.append((index, option.wordings.written.first ?? option.code, option.wordings.line))
            }
        }
        let below = rows.filter { $0.number > binding.headerRows.upperBound }
        let renames = Self.renames(absent.map { ($0.field, $0.wording) }, unknown: binding.unknown, rule: table.rule, rows: below)
        var renamed: Set<Int> = []
        for (position, entry) in absent.enumerated() {
            let field = table.rule.fields[entry.field]
            if let rename = renames[position] {
                let header = binding.unknown[rename.header]
                renamed.insert(rename.header)
                context.report("renamed_column", .warning, row: header.row, column: header.column, field: field.field,
                               rawText: header.text,
                               message: Texts.current("finding.renamed-column.message", ["header": header.text, "evidence": rename.evidence,
                                                                                         "wording": entry.wording, "field": field.field]),
                               hint: Texts.current("finding.renamed-column.hint", ["header": header.text, "field": field.field, "line": mapping.linePlace(entry.line)]))
            }
            context.report("missing_column", field.required ? .error : .warning, row: headerRow, column: nil, field: field.field,
                           rawText: entry.wording,
                           message: Texts.current("finding.missing-column.message", ["field": field.field, "wording": entry.wording]),
                           hint: Texts.current("finding.missing-column.hint", ["field": field.field, "line": mapping.linePlace(entry.line)]))
        }
        for (position, header) in binding.unknown.enumerated() where !renamed.contains(position) {
            context.report("unknown_column", .warning, row: header.row, column: header.column, field: nil, rawText: header.text,
                           message: Texts.current("finding.unknown-column.message", ["header": header.text]),
                           hint: Texts.current("finding.unknown-column.hint", ["mapping": mapping.file, "line": String(table.rule.line)]))
        }
    }

    /// Absent entry (by position) -> the unknown header (by position) it was renamed to, and why.
    /// Pairs are taken best first, each header and each entry once.
    static func renames(_ absent: [(field: Int, wording: String)], unknown: [(column: Int, row: Int, text: String)],
                        rule: TableRule, rows: [Row]) -> [Int: (header: Int, evidence: String)] {
        var candidates: [(entry: Int, header: Int, score: Double, evidence: String)] = []
        for (h, header) in unknown.enumerated() {
            let values = rows.prefix(500).compactMap { $0[header.column] }
            for (e, entry) in absent.enumerated() {
                let field = rule.fields[entry.field]
                let wordings = field.columns.written + field.boxes.flatMap(\.wordings.written)
                let similarity = wordings.map { Suggestion.wordingSimilarity(header.text, $0) }.max() ?? 0
                let fit = ValueFit.of(field, values)
                if fit.contradicts { continue }
                let texts = Texts.current
                let percent = texts.percent(similarity * 100)
                if fit.confirms {
                    candidates.append((e, h, 1 + similarity,
                                       texts("finding.rename.values", ["count": texts.number(fit.read), "field": field.field, "similarity": percent])))
                } else if similarity >= Suggestion.renameThreshold {
                    candidates.append((e, h, similarity, texts("finding.rename.close", ["wording": entry.wording, "similarity": percent])))
                }
            }
        }
        candidates.sort { $0.score != $1.score ? $0.score > $1.score : ($0.entry, $0.header) < ($1.entry, $1.header) }
        var chosen: [Int: (header: Int, evidence: String)] = [:]
        var used: Set<Int> = []
        for candidate in candidates where chosen[candidate.entry] == nil && !used.contains(candidate.header) {
            // One field's several absent wordings (boxes) take one header each, not the same twice.
            chosen[candidate.entry] = (candidate.header, candidate.evidence)
            used.insert(candidate.header)
        }
        return chosen
    }
}

/// Whether a column's values can be a field's: the evidence behind a rename, and its veto.
struct ValueFit {
    /// Non-empty values, and how many of them read as the field.
    var read = 0
    var fitting = 0

    /// At least 3 values, fewer than half of them readable as the field: never this field.
    var contradicts: Bool { read >= 3 && fitting * 2 < read }
    /// At least 3 values of a coded field, every one a wording of its vocabulary.
    var confirms: Bool { read >= 3 && fitting == read && coded }
    private var coded = false

    static func of(_ field: FieldRule, _ values: [CellValue]) -> ValueFit {
        var fit = ValueFit()
        fit.coded = field.vocabulary.map { !$0.isEmpty } ?? false
        if case .boolean = field.kind { fit.coded = false } // oui/non fits every yes/no field alike
        for value in values {
            guard let text = TextValue.clean(value) else { continue }
            fit.read += 1
            if fits(field, value, text) { fit.fitting += 1 }
        }
        return fit
    }

    static func fits(_ field: FieldRule, _ value: CellValue, _ text: String) -> Bool {
        switch field.kind {
        case .text: return true
        case .date:
            if case .date = DateValue.read(value) { return true }
            if case .monthOnly = DateValue.read(value) { return true }
            return false
        case .age: if case .value = NumberValue.age(value) { return true } else { return false }
        case .count: if case .value = NumberValue.count(value, bound: Int.max / 2) { return true } else { return false }
        case .boolean:
            if case .boolean = value { return true }
            return field.vocabulary.map { $0.match(text) != .untranslated } ?? true
        case .code:
            return field.vocabulary.map { $0.match(text) != .untranslated } ?? true
        case .codeList:
            guard let vocabulary = field.vocabulary else { return true }
            if vocabulary.match(text) != .untranslated { return true }
            let items = ListItems.split(text, separators: field.separators).map(\.text).filter { !$0.allSatisfy(\.isWhitespace) }
            return !items.isEmpty && items.allSatisfy { vocabulary.match($0) != .untranslated }
        }
    }
}
