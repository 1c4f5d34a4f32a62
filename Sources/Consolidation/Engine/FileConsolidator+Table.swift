// Reading a table sheet: header, column findings, then each row kept, rejected or counted as non-data.

import Mapping
import Model
import Spreadsheet
import Texts

extension FileConsolidator {
    /// Always claims the sheet: a claimed table without a header rejects its rows rather than lose them.
    mutating func readTable(_ table: CompiledTable, rows: [Row], merged: [MergedRegion] = [], context: inout SheetContext) -> Bool {
        // Rows read run from the first non-empty row to the last: blank rows between are non-data.
        let span = rows.isEmpty ? 0 : rows[rows.count - 1].number - rows[0].number + 1
        result.account.rowsRead += span
        result.account.nonData += span - rows.count
        guard let binding = TableLayout.bind(table, rows: rows) else {
            for row in rows {
                result.rejections.append(Rejection(file: file.relativePath, sheet: context.sheet, row: row.number, site: mapping.site.code,
                                                   reason: "no header found in the sheet"))
            }
            result.account.rejected += rows.count
            context.report("missing_column", .error, row: nil, column: nil, field: nil,
                           message: Texts.current("finding.no-header.message", ["rows": Texts.current.plural("finding.count.rows", count: rows.count)]),
                           hint: Texts.current("finding.no-header.hint", ["line": mapping.linePlace(table.rule.line)]))
            return true
        }
        context.headerRows = binding.headerRows
        context.bound = Self.bound(table, binding)
        columnFindings(table, binding, rows: rows, context: &context)
        let rows = TableRows.fillingMerges(rows, merged, below: binding.headerRows.upperBound)
        let outside = TableRows.outsideTable(rows, table, binding)
        let fieldColumns = table.rule.fields.indices.map { binding.columns[$0] }
        var splits: [Int: NameSplit] = [:]
        for index in table.rule.fields.indices {
            if let split = table.rule.fields[index].split(forColumn: binding.headerWordings[index]) { splits[index] = split }
        }
        let markers = table.rule.nonDataMarkers
        for row in rows {
            guard row.number > binding.headerRows.upperBound else {
                result.account.nonData += 1
                continue
            }
            if outside.contains(row.number) || isNonData(row, markers: markers, binding: binding) {
                result.account.nonData += 1
                continue
            }
            var inputs: [FieldInput] = []
            inputs.reserveCapacity(table.rule.fields.count)
            for (index, field) in table.rule.fields.enumerated() {
                if let constant = field.constant {
                    inputs.append(.constant(constant))
                } else if let boxes = binding.boxes[index] {
                    inputs.append(ticks(row, boxes))
                } else if let column = fieldColumns[index] {
                    inputs.append(row[column].map { .cell($0, row: row.number, column: column) } ?? .cell(.string(""), row: row.number, column: column))
                } else {
                    inputs.append(.absent)
                }
            }
            let missing = RecordBuilder.missingRequired(table.rule, inputs)
            if !missing.isEmpty {
                reject(missing, table: table, row: row.number, places: binding.columns, context: &context)
                continue
            }
            keep(table, inputs, recordID: RecordID(file: file.relativePath, sheet: context.sheet, row: row.number).description,
                 splits: splits, context: &context)
        }
        return true
    }

    /// A TOTAL line (its first text starts with a marker) or a row with nothing in any mapped column.
    func isNonData(_ row: Row, markers: [String], binding: TableBinding) -> Bool {
        if let first = row.cells.first(where: { if case .string = $0.value { return true } else { return false } }),
           case .string(let text) = first.value {
            let normalized = Wording.normalize(text)
            if markers.contains(where: { normalized.hasPrefix($0) }) { return true }
        }
        for cell in row.cells {
            if case .string(let text) = cell.value, text.allSatisfy(\.isWhitespace) { continue }
            if binding.columns.values.contains(cell.column) { return false }
            if binding.boxes.values.contains(where: { $0.contains { $0.column == cell.column } }) { return false }
        }
        return true
    }

    /// The fields found in the header, in column order.
    static func bound(_ table: CompiledTable, _ binding: TableBinding) -> [BoundField] {
        var bound: [BoundField] = []
        func place(_ column: Int) -> (String, String) {
            let entry = binding.texts[column] ?? (binding.headerRows.lowerBound, "")
            return (entry.text, CellRef(row: entry.row, column: column).description)
        }
        for (index, column) in binding.columns {
            let (text, cell) = place(column)
            bound.append(BoundField(fieldIndex: index, field: table.rule.fields[index].field, text: text, cell: cell, code: nil))
        }
        for (index, boxes) in binding.boxes {
            for (code, column) in boxes {
                let (text, cell) = place(column)
                bound.append(BoundField(fieldIndex: index, field: table.rule.fields[index].field, text: text, cell: cell, code: code))
            }
        }
        let columnOf = Dictionary(binding.texts.map { (CellRef(row: $0.value.row, column: $0.key).description, $0.key) }, uniquingKeysWith: { a, _ in a })
        return bound.sorted { (columnOf[$0.cell] ?? 0, $0.fieldIndex) < (columnOf[$1.cell] ?? 0, $1.fieldIndex) }
    }

    func ticks(_ row: Row, _ boxes: [(code: String, column: Int)]) -> FieldInput {
        var codes: [String] = []
        var others: [(CellValue, row: Int, column: Int)] = []
        var first: (column: Int, raw: String)?
        for box in boxes {
            guard let value = row[box.column] else { continue }
            switch BoxMark.of(value) {
            case .ticked:
                if !codes.contains(box.code) { codes.append(box.code) }
                if first == nil { first = (box.column, SheetContext.display(value)) }
            case .blank: continue
            case .other: others.append((value, row.number, box.column))
            }
        }
        return .ticks(codes, row: row.number, column: first?.column ?? boxes.first?.column ?? 0, raw: first?.raw, marks: others)
    }
}
