// `mapping check` on a table sheet: header binding, unknown and missing columns, untranslated values.

import Consolidation
import Foundation
import Mapping
import Model
import Spreadsheet

extension MappingCheck {
    static func checkTable(_ table: CompiledTable, sheet: CheckedSheet) -> SheetCheck {
        let rule = table.rule
        var check = SheetCheck(sheet: sheet.info.name, table: rule.table, layout: .table)
        guard let binding = TableLayout.bind(table, rows: sheet.rows) else {
            check.problem = rule.headerRow.map { "row \($0), given by `entete:`, holds no known column name" }
                ?? "no header found: none of the first \(TableLayout.searchDepth) rows holds a column name the mapping knows"
            check.missing = rule.fields.filter { $0.constant == nil && !$0.mayBeAbsent }.map {
                MissingField(field: $0.field, required: $0.required, line: $0.line)
            }
            return check
        }
        check.headerRows = binding.headerRows
        let headerText = headerTexts(sheet.rows, band: binding.headerRows)

        for (index, column) in binding.columns.sorted(by: { $0.value < $1.value }) {
            let field = rule.fields[index]
            let (row, text) = headerText[column] ?? (binding.headerRows.lowerBound, "")
            check.columns.append(CheckedColumn(field: field.field, header: text, cell: CellRef(row: row, column: column).description,
                                               code: nil, line: field.columns.line))
        }
        for (index, boxes) in binding.boxes.sorted(by: { $0.key < $1.key }) {
            let field = rule.fields[index]
            for (code, column) in boxes {
                let (row, text) = headerText[column] ?? (binding.headerRows.lowerBound, "")
                let line = field.boxes.first { $0.code == code }?.wordings.line ?? field.line
                check.columns.append(CheckedColumn(field: field.field, header: text, cell: CellRef(row: row, column: column).description,
                                                   code: code, line: line))
            }
        }
        check.columns.sort {
            let a = FindingOrderKey.column($0.cell), b = FindingOrderKey.column($1.cell)
            return (a.0, a.1, $0.line) < (b.0, b.1, $1.line)
        }

        check.unknown = binding.unknown.map { entry in
            UnknownHeader(header: entry.text, cell: CellRef(row: entry.row, column: entry.column).description,
                          closest: closestField(to: entry.text, in: rule))
        }
        let absent = rule.fields.indices.filter { index in
            let field = rule.fields[index]
            return field.constant == nil && binding.columns[index] == nil && binding.boxes[index] == nil && !field.mayBeAbsent
        }
        check.missing = missingWithRenames(absent, rule: rule, unknown: check.unknown)

        let data = dataRows(sheet.rows, after: binding.headerRows.upperBound, rule: rule,
                            columns: Set(binding.columns.values).union(binding.boxes.values.flatMap { $0.map(\.column) }))
        check.dataRows = data.count
        var tally = UntranslatedTally()
        for row in data {
            for (index, column) in binding.columns {
                let field = rule.fields[index]
                guard let vocabulary = field.vocabulary, let value = row[column] else { continue }
                tally.check(value, field: field, vocabulary: vocabulary, cell: CellRef(row: row.number, column: column).description)
            }
            for (index, boxes) in binding.boxes {
                let field = rule.fields[index]
                for (_, column) in boxes {
                    guard let value = row[column], BoxMark.of(value) == .other, let text = TextValue.clean(value) else { continue }
                    tally.add(text, field: field.field, line: field.line, cell: CellRef(row: row.number, column: column).description)
                }
            }
        }
        check.untranslated = tally.values
        return check
    }

    /// Each header column's text, from the lowest row of the band that names it.
    static func headerTexts(_ rows: [Row], band: ClosedRange<Int>) -> [Int: (row: Int, text: String)] {
        var texts: [Int: (Int, String)] = [:]
        for row in rows where band.contains(row.number) {
            for cell in row.cells {
                if let text = TextValue.clean(cell.value) { texts[cell.column] = (row.number, text) }
            }
        }
        return texts
    }

    /// Missing fields, each paired with the unknown header most like it (each header used once).
    static func missingWithRenames(_ absent: [Int], rule: TableRule, unknown: [UnknownHeader]) -> [MissingField] {
        var candidates: [(field: Int, header: Int, similarity: Double)] = []
        for index in absent {
            for (h, header) in unknown.enumerated() {
                if let s = closestField(to: header.header, in: rule, onlyFields: [index])?.similarity, s >= renameThreshold {
                    candidates.append((index, h, s))
                }
            }
        }
        candidates.sort { $0.similarity != $1.similarity ? $0.similarity > $1.similarity : ($0.field, $0.header) < ($1.field, $1.header) }
        var pairedField: [Int: (Int, Double)] = [:]
        var usedHeaders: Set<Int> = []
        for c in candidates where pairedField[c.field] == nil && !usedHeaders.contains(c.header) {
            pairedField[c.field] = (c.header, c.similarity)
            usedHeaders.insert(c.header)
        }
        return absent.map { index in
            let field = rule.fields[index]
            var missing = MissingField(field: field.field, required: field.required,
                                       line: field.columns.isEmpty ? field.line : field.columns.line)
            if let (h, s) = pairedField[index] {
                missing.renamedTo = unknown[h]
                missing.similarity = s
            }
            return missing
        }
    }

    /// Rows below the header with something in a mapped column, minus totals lines and the like.
    static func dataRows(_ rows: [Row], after header: Int, rule: TableRule, columns: Set<Int>) -> [Row] {
        rows.filter { row in
            guard row.number > header, row.cells.contains(where: { columns.contains($0.column) && TextValue.clean($0.value) != nil }) else {
                return false
            }
            let firstText = row.cells.lazy.compactMap { cell -> String? in
                if case .string(let s) = cell.value, TextValue.clean(cell.value) != nil { return Wording.normalize(s) }
                return nil
            }.first
            guard let firstText else { return true }
            return !rule.nonDataMarkers.contains { !$0.isEmpty && firstText.hasPrefix($0) }
        }
    }
}

/// A1 references compared in sheet order (column letters, then row).
enum FindingOrderKey {
    static func column(_ a1: String) -> (Int, Int) {
        var column = 0, row = 0
        for scalar in a1.unicodeScalars {
            if let digit = Int(String(scalar)) { row = row * 10 + digit }
            else if scalar.properties.isAlphabetic { column = column * 26 + Int(scalar.value & 0x1F) }
        }
        return (column, row)
    }
}

/// Untranslated values of a sheet, counted by field and normalised text, in first-seen order.
struct UntranslatedTally {
    private var index: [String: Int] = [:]
    private(set) var values: [UntranslatedValue] = []

    mutating func check(_ value: CellValue, field: FieldRule, vocabulary: Vocabulary, cell: String) {
        if case .boolean = value, field.kind == .boolean { return }
        guard let text = TextValue.clean(value) else { return }
        let parts: [String]
        if case .codeList = field.kind { parts = MappingCheck.listItems(text, separators: field.separators) } else { parts = [text] }
        for part in parts where vocabulary.match(part) == .untranslated {
            add(part, field: field.field, line: vocabulary.line, cell: cell)
        }
    }

    mutating func add(_ text: String, field: String, line: Int, cell: String) {
        let key = field + "\u{1}" + Wording.normalize(text)
        if let i = index[key] {
            values[i].count += 1
            if values[i].firstCells.count < 3 { values[i].firstCells.append(cell) }
        } else {
            index[key] = values.count
            values.append(UntranslatedValue(field: field, value: text, count: 1, firstCells: [cell], line: line))
        }
    }
}

extension MappingCheck {
    /// "Médical, logement / justice" -> ["Médical", "logement", "justice"], split on the field's separators.
    static func listItems(_ text: String, separators: [String]) -> [String] {
        var parts = [text]
        for separator in separators where !separator.isEmpty {
            parts = parts.flatMap { part -> [String] in
                var out: [String] = []
                var rest = Substring(part)
                while let range = rest.range(of: separator, options: .caseInsensitive) {
                    out.append(String(rest[..<range.lowerBound]))
                    rest = rest[range.upperBound...]
                }
                out.append(String(rest))
                return out
            }
        }
        return parts.map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }.filter { !$0.isEmpty }
    }
}
