// `mapping draft`: reading a table sheet (header band, columns, values); forms are in MappingDraft+Form.swift.

import Consolidation
import Mapping
import Model
import Texts
import Spreadsheet

extension MappingDraft {
    static func readTable(_ sheet: CheckedSheet, file: String, headerRow: Row, matched: Set<String>,
                          wordings: [(field: String, wordings: [String])], into table: inout DraftTable) {
        let place = { (cell: String) in Texts.current("draft.place", ["file": file, "sheet": sheet.info.name, "cell": cell]) }
        // A two-row header: the row above or below names other fields (group cells over sub-headers).
        var band = [headerRow]
        for neighbour in sheet.rows where abs(neighbour.number - headerRow.number) == 1 {
            let fields = Set(neighbour.cells.compactMap { cell -> String? in
                guard case .string(let text) = cell.value else { return nil }
                return matchField(text, wordings: wordings)?.field
            })
            // Only text: a first data row (dates, counts) is never taken for a sub-header.
            let allText = neighbour.cells.allSatisfy { if case .string = $0.value { return true } else { return false } }
            if allText && (fields.count >= 2 || (!fields.isEmpty && fields.isDisjoint(with: matched))) { band.append(neighbour) }
        }
        band.sort { $0.number < $1.number }
        table.headerRows = max(table.headerRows, band.count)
        let lastHeader = band.last?.number ?? headerRow.number

        // Per column, the band text that best matches a field (else the lowest text, unmatched).
        var byColumn: [Int: (text: String, row: Int, match: (field: String, wording: String, similarity: Double)?)] = [:]
        for row in band {
            for cell in row.cells {
                guard let text = TextValue.clean(cell.value) else { continue }
                let match = matchField(text, wordings: wordings)
                if let current = byColumn[cell.column], (current.match?.similarity ?? 0) >= (match?.similarity ?? 0), current.match != nil || match == nil {
                    continue
                }
                byColumn[cell.column] = (text, row.number, match)
            }
        }
        // Each field once per sheet: the closest header wins, the others are listed as unknown.
        var taken: [String: (column: Int, similarity: Double)] = [:]
        for (column, entry) in byColumn {
            guard let m = entry.match else { continue }
            if let other = taken[m.field], other.similarity > m.similarity || (other.similarity == m.similarity && other.column < column) { continue }
            taken[m.field] = (column, m.similarity)
        }
        let data = sheet.rows.filter { row in
            row.number > lastHeader && row.cells.filter({ TextValue.clean($0.value) != nil }).count >= 2
                && !(row.cells.first.flatMap { TextValue.clean($0.value) }.map { Wording.normalize($0).hasPrefix("total") } ?? false)
        }
        let kinds = Dictionary(Field.mapped(in: table.kind).map { ($0.column, $0.kind) }, uniquingKeysWith: { a, _ in a })
        // "x" columns, one per orientation (under a group cell "Orientations" that is no column itself).
        var boxColumns: [Int: String] = [:]
        if table.kind == .saisines {
            for row in band {
                for cell in row.cells {
                    guard let text = TextValue.clean(cell.value), let code = guessBoxCode(text, codes: Field.orientations.kind.codes) else { continue }
                    let values = data.compactMap { $0[cell.column] }
                    if !values.isEmpty, values.allSatisfy({ BoxMark.of($0) != .other }), values.contains(where: { BoxMark.of($0) == .ticked }) {
                        boxColumns[cell.column] = code
                    }
                }
            }
            if boxColumns.count >= 2 {
                if let c = taken["orientations"]?.column, boxColumns[c] != nil { taken["orientations"] = nil }
            } else {
                boxColumns = [:]
            }
        }

        for column in byColumn.keys.sorted() {
            guard let entry = byColumn[column] else { continue }
            var cell = CellRef(row: entry.row, column: column).description
            var index: Int?
            var text = entry.text
            if let code = boxColumns[column] {
                index = table.column("orientations", code: code, similarity: 1, evidence: Texts.current("draft.box-evidence", ["code": code]))
                // The sub-header naming the code, not the group cell above it.
                if let named = band.reversed().lazy.compactMap({ r in r[column].flatMap(TextValue.clean).map { (r.number, $0) } })
                    .first(where: { guessBoxCode($0.1, codes: Field.orientations.kind.codes) == code }) {
                    text = named.1
                    cell = CellRef(row: named.0, column: column).description
                }
            } else if let m = entry.match, taken[m.field]?.column == column {
                index = table.column(m.field, code: nil, similarity: m.similarity, evidence: m.wording)
            }
            guard let index else { table.addUnmatched(text, place: place(cell)); continue }
            table.columns[index].addHeader(text, place: place(cell))
            table.columns[index].sheetsSeen.insert(sheet.info.name)
            let field = table.columns[index].field
            guard table.columns[index].code == nil, let kind = kinds[field], !kind.codes.isEmpty else { continue }
            for row in data {
                guard let value = row[column], let text = TextValue.clean(value) else { continue }
                if case .boolean = value { continue }
                let items = kind == .codeList(kind.codes) ? ListItems.split(text, separators: FieldRule(field: field, kind: kind, line: 0).separators)
                    .compactMap { TextValue.clean(.string($0.text)) } : [text]
                for item in items { table.columns[index].addValue(item, place: place(CellRef(row: row.number, column: column).description)) }
            }
        }
    }
}
