// Reading a form (one record per sheet): each value found beside its label, check boxes ☒/☐ or an X beside an option.

import Mapping
import Model
import Spreadsheet

/// A form sheet's cells, indexed by position and by normalised text.
package struct FormGrid {
    private var cells: [Int: [Int: CellValue]] = [:]
    /// Normalised text -> positions, in reading order.
    private(set) var texts: [String: [(row: Int, column: Int)]] = [:]
    /// Every text cell in reading order: normalised and as written.
    private(set) var ordered: [(row: Int, column: Int, text: String, raw: String)] = []

    package init(rows: [Row]) {
        for row in rows {
            for cell in row.cells {
                cells[row.number, default: [:]][cell.column] = cell.value
                if case .string(let text) = cell.value {
                    let key = Wording.normalize(text)
                    texts[key, default: []].append((row.number, cell.column))
                    ordered.append((row.number, cell.column, key, text))
                }
            }
        }
    }

    package func value(_ row: Int, _ column: Int) -> CellValue? {
        guard let value = cells[row]?[column] else { return nil }
        if case .string(let text) = value, text.allSatisfy(\.isWhitespace) { return nil }
        return value
    }
}

package enum FormLayout {
    /// The position of a field's label: the first of its wordings found, in reading order.
    static func findLabel(_ field: FieldRule, in grid: FormGrid) -> (row: Int, column: Int)? {
        for wording in field.labels.normalized {
            if let position = grid.texts[wording]?.first { return position }
        }
        return nil
    }

    /// Each field's input. `missing` lists fields whose label (or boxes) was not found.
    static func read(_ table: CompiledTable, grid: FormGrid) -> (inputs: [FieldInput], missing: [Int]) {
        let labelPositions = table.rule.fields.map { findLabel($0, in: grid) }
        let found = labelPositions.compactMap { $0 }
        let labelCells = Set(found.map { $0.row * 100_000 + $0.column })
        var inputs: [FieldInput] = []
        var missing: [Int] = []
        var allOptions: [String: String] = [:]
        for field in table.rule.fields { for option in field.boxes { for wording in option.wordings.normalized { allOptions[wording] = option.code } } }
        let sheetSide = allOptions.isEmpty ? nil : FormMarks.inferSide(grid, options: allOptions)
        for (index, field) in table.rule.fields.enumerated() {
            if let constant = field.constant { inputs.append(.constant(constant)); continue }
            let label = labelPositions[index]
            if !field.boxes.isEmpty {
                if !field.labels.isEmpty && label == nil { missing.append(index); inputs.append(.absent); continue }
                // The options of a label run down to the next label below, and right up to the next
                // label on the same row (two questions side by side).
                var area = BoxArea()
                if let label {
                    area.rows = label.row...(label.row + field.distance)
                    if let below = found.filter({ $0.row > label.row }).map(\.row).min() { area.rows = label.row...max(label.row, min(area.rows.upperBound, below - 1)) }
                    let right = found.filter { $0.row == label.row && $0.column > label.column }.map(\.column).min()
                    area.columns = label.column...((right ?? Int.max / 2) - 1)
                }
                let cells = grid.ordered.filter { area.rows.contains($0.row) && area.columns.contains($0.column) }
                let input = FormMarks.read(field, grid: grid, cells: cells, sheetSide: sheetSide)
                if case .absent = input { missing.append(index) }
                inputs.append(input)
                continue
            }
            guard let label else { missing.append(index); inputs.append(.absent); continue }
            inputs.append(readValue(field, grid: grid, label: label, labelCells: labelCells))
        }
        return (inputs, missing)
    }

    struct BoxArea {
        var rows: ClosedRange<Int> = Int.min...Int.max
        var columns: ClosedRange<Int> = 0...(Int.max / 2)
    }

    static func readValue(_ field: FieldRule, grid: FormGrid, label: (row: Int, column: Int), labelCells: Set<Int>) -> FieldInput {
        var places: [(Int, Int)] = []
        if field.position != .below { places += (1...field.distance).map { (label.row, label.column + $0) } }
        if field.position != .right { places += (1...field.distance).map { (label.row + $0, label.column) } }
        for (row, column) in places {
            if labelCells.contains(row * 100_000 + column) { break }
            if let value = grid.value(row, column) { return .cell(value, row: row, column: column) }
        }
        return .cell(.string(""), row: label.row, column: label.column + 1)
    }
}

extension FormLayout {
    /// "☒ gendarmerie ☐ presentation directe" -> [(true, "gendarmerie"), (false, "presentation directe")],
    /// boxes before or after their options; empty when the cell holds no box (for `mapping draft`).
    package static func boxSegments(_ text: String) -> [(Bool, String)] {
        FormMarks.inCell(text)?.map { ($0.ticked, $0.text) } ?? []
    }
}

extension FormLayout {
    /// A mark in a cell of its own (`X`, `x`, `✓`, `☒`, `1`, `oui`, or an empty `☐`), as the
    /// engine reads one beside an option (for `mapping draft`, so it sees the marks the import sees).
    package static func isStandaloneMark(_ value: CellValue) -> Bool { FormMarks.standalone(value) != nil }

    /// The side the marks of `options` stand on in this sheet, by the engine's own inference for
    /// `marque: auto` (for `mapping draft`): nil when the sheet says nothing or both sides.
    package static func markSide(_ grid: FormGrid, options: [String]) -> MarkSide? {
        let codes = Dictionary(options.map { (Wording.normalize($0), $0) }, uniquingKeysWith: { a, _ in a })
        return FormMarks.inferSide(grid, options: codes)
    }
}
