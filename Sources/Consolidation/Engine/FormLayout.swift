// Reading a form (one record per sheet): each value found beside its label, check boxes ☒/☐ or an X beside an option.

import Mapping
import Spreadsheet

/// A form sheet's cells, indexed by position and by normalised text.
struct FormGrid {
    private var cells: [Int: [Int: CellValue]] = [:]
    /// Normalised text -> positions, in reading order.
    private(set) var texts: [String: [(row: Int, column: Int)]] = [:]
    private(set) var ordered: [(row: Int, column: Int, text: String)] = []

    init(rows: [Row]) {
        for row in rows {
            for cell in row.cells {
                cells[row.number, default: [:]][cell.column] = cell.value
                if case .string(let text) = cell.value {
                    let key = Wording.normalize(text)
                    texts[key, default: []].append((row.number, cell.column))
                    ordered.append((row.number, cell.column, key))
                }
            }
        }
    }

    func value(_ row: Int, _ column: Int) -> CellValue? {
        guard let value = cells[row]?[column] else { return nil }
        if case .string(let text) = value, text.allSatisfy(\.isWhitespace) { return nil }
        return value
    }
}

enum FormLayout {
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
        let labelCells = Set(labelPositions.compactMap { $0.map { $0.row * 100_000 + $0.column } })
        var inputs: [FieldInput] = []
        var missing: [Int] = []
        for (index, field) in table.rule.fields.enumerated() {
            if let constant = field.constant { inputs.append(.constant(constant)); continue }
            let label = labelPositions[index]
            if !field.boxes.isEmpty {
                if !field.labels.isEmpty && label == nil { missing.append(index); inputs.append(.absent); continue }
                let nextLabelRow = label.flatMap { here in
                    labelPositions.compactMap { $0?.row }.filter { $0 > here.row }.min()
                }
                let input = readBoxes(field, grid: grid, label: label, stopRow: nextLabelRow)
                if case .absent = input { missing.append(index) }
                inputs.append(input)
                continue
            }
            guard let label else { missing.append(index); inputs.append(.absent); continue }
            inputs.append(readValue(field, grid: grid, label: label, labelCells: labelCells))
        }
        return (inputs, missing)
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

    /// Options found in the label's rows (up to `distance` rows below, before the next label), or
    /// anywhere when the field has no label. An option is ticked by ☒ before its text in the same
    /// cell, or by an X (☒) in the cell beside it, left first.
    static func readBoxes(_ field: FieldRule, grid: FormGrid, label: (row: Int, column: Int)?, stopRow: Int?) -> FieldInput {
        var options: [String: String] = [:]
        for option in field.boxes { for wording in option.wordings.normalized { options[wording] = option.code } }
        let firstRow = label?.row ?? Int.min
        var lastRow = label.map { $0.row + field.distance } ?? Int.max
        if let stopRow { lastRow = min(lastRow, stopRow - 1) }
        var ticked: [String] = []
        var seen = false
        var place = (row: label?.row ?? 0, column: (label?.column ?? 0) + 1)
        for entry in grid.ordered where entry.row >= firstRow && entry.row <= lastRow && entry.column >= (label?.column ?? 0) {
            for (isTicked, text) in boxSegments(entry.text) {
                guard let code = options[text] else { continue }
                if !seen { place = (entry.row, entry.column) }
                seen = true
                if isTicked && !ticked.contains(code) { ticked.append(code) }
            }
            guard let code = options[entry.text] else { continue }
            if !seen { place = (entry.row, entry.column) }
            seen = true
            if isMarked(grid, entry.row, entry.column, options: options) && !ticked.contains(code) { ticked.append(code) }
        }
        return seen ? .ticks(ticked, row: place.row, column: place.column, marks: []) : .absent
    }

    /// "☒ gendarmerie ☐ presentation directe" -> [(true, "gendarmerie"), (false, "presentation directe")].
    static func boxSegments(_ text: String) -> [(Bool, String)] {
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
    static func isMarked(_ grid: FormGrid, _ row: Int, _ column: Int, options: [String: String]) -> Bool {
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
