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
    package static func findLabel(_ field: FieldRule, in grid: FormGrid) -> (row: Int, column: Int)? {
        for wording in field.labels.normalized {
            if let position = grid.texts[wording]?.first { return position }
        }
        return nil
    }

    /// Each field's input. `missing` lists fields whose label (or boxes) was not found.
    package static func read(_ table: CompiledTable, grid: FormGrid) -> (inputs: [FieldInput], missing: [Int]) {
        let labelPositions = table.rule.fields.map { findLabel($0, in: grid) }
        let found = labelPositions.compactMap { $0 }
        let labelCells = Set(found.map { $0.row * 100_000 + $0.column })
        var inputs: [FieldInput] = []
        var missing: [Int] = []
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
                let input = readBoxes(field, grid: grid, area: area)
                if case .absent = input { missing.append(index) }
                inputs.append(input)
                continue
            }
            guard let label else { missing.append(index); inputs.append(.absent); continue }
            inputs.append(readValue(field, grid: grid, label: label, labelCells: labelCells))
        }
        return (inputs, missing)
    }

    package struct BoxArea {
        var rows: ClosedRange<Int> = Int.min...Int.max
        var columns: ClosedRange<Int> = 0...(Int.max / 2)
    }

    package static func readValue(_ field: FieldRule, grid: FormGrid, label: (row: Int, column: Int), labelCells: Set<Int>) -> FieldInput {
        var places: [(Int, Int)] = []
        if field.position != .below { places += (1...field.distance).map { (label.row, label.column + $0) } }
        if field.position != .right { places += (1...field.distance).map { (label.row + $0, label.column) } }
        for (row, column) in places {
            if labelCells.contains(row * 100_000 + column) { break }
            if let value = grid.value(row, column) { return .cell(value, row: row, column: column) }
        }
        return .cell(.string(""), row: label.row, column: label.column + 1)
    }

    /// Options found in `area`. An option is ticked by ☒ before its text in the same cell, or by
    /// an X (☒) in the cell beside it, left first.
    package static func readBoxes(_ field: FieldRule, grid: FormGrid, area: BoxArea) -> FieldInput {
        var options: [String: String] = [:]
        for option in field.boxes { for wording in option.wordings.normalized { options[wording] = option.code } }
        var ticked: [String] = []
        var first: (row: Int, column: Int, raw: String)?
        var tickedPlace: (row: Int, column: Int, raw: String)?
        for entry in grid.ordered where area.rows.contains(entry.row) && area.columns.contains(entry.column) {
            var codes: [(String, Bool)] = boxSegments(entry.text).compactMap { segment in options[segment.1].map { ($0, segment.0) } }
            if codes.isEmpty, let code = options[entry.text] {
                codes = [(code, isMarked(grid, entry.row, entry.column, options: options))]
            }
            for (code, isTicked) in codes {
                if first == nil { first = (entry.row, entry.column, entry.raw) }
                guard isTicked else { continue }
                if tickedPlace == nil { tickedPlace = (entry.row, entry.column, entry.raw) }
                if !ticked.contains(code) { ticked.append(code) }
            }
        }
        guard let place = tickedPlace ?? first else { return .absent }
        return .ticks(ticked, row: place.row, column: place.column, raw: tickedPlace?.raw, marks: [])
    }

    /// "☒ gendarmerie ☐ presentation directe" -> [(true, "gendarmerie"), (false, "presentation directe")].
    package static func boxSegments(_ text: String) -> [(Bool, String)] {
        var segments: [(Bool, String)] = []
        var current: Bool?
        var buffer = ""
        for character in text {
            let isTicked = BoxMark.tickedBoxes.contains(character), isEmpty = BoxMark.emptyBoxes.contains(character)
            if isTicked || isEmpty {
                if let current { segments.append((current, Wording.normalize(buffer))) }
                current = isTicked
                buffer = ""
            } else {
                buffer.append(character)
            }
        }
        if let current { segments.append((current, Wording.normalize(buffer))) }
        return segments
    }

    /// An X beside an option: the cell on its left, else on its right when that one is not the
    /// mark of the next option.
    package static func isMarked(_ grid: FormGrid, _ row: Int, _ column: Int, options: [String: String]) -> Bool {
        if let left = grid.value(row, column - 1) {
            switch BoxMark.of(left) {
            case .ticked: return true
            case .blank: return false
            case .other: break
            }
        }
        if let right = grid.value(row, column + 1), BoxMark.of(right) == .ticked {
            if let beyond = grid.value(row, column + 2), case .string(let text) = beyond, options[Wording.normalize(text)] != nil {
                return false
            }
            return true
        }
        return false
    }
}
