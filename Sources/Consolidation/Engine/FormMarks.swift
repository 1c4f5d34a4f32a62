// Check boxes of a form: which option each mark belongs to, by the mapping's `marque:` or inferred per sheet.

import Mapping
import Model
import Spreadsheet
import Texts

enum FormMarks {
    /// A mark in a cell of its own ("X", "x", "✓", "☒", "1", "oui"; "☐" as an empty box).
    enum Standalone { case ticked, empty }

    static func standalone(_ value: CellValue) -> Standalone? {
        if case .string(let text) = value, ["☐", "□", "[ ]", "[]"].contains(String(text.trimmingSpaces)) { return .empty }
        return BoxMark.of(value) == .ticked ? .ticked : nil
    }

    /// The side of the marks standing in their own cells, from the marks with an option on one
    /// side only (`Gendarmerie | X` says right). Nil when the sheet says nothing or both.
    static func inferSide(_ grid: FormGrid, options: [String: String]) -> MarkSide? {
        var votes: Set<MarkSide> = []
        for entry in grid.ordered where options[entry.text] != nil {
            for (offset, side) in [(-1, MarkSide.left), (1, MarkSide.right)] {
                let column = entry.column + offset
                guard let value = grid.value(entry.row, column), standalone(value) != nil,
                      !isOption(grid, entry.row, column, options) else { continue }
                // The mark's other neighbour: an option there too leaves this mark undecided.
                if !isOption(grid, entry.row, column + offset, options) { votes.insert(side) }
            }
        }
        return votes.count == 1 ? votes.first : nil
    }

    static func isOption(_ grid: FormGrid, _ row: Int, _ column: Int, _ options: [String: String]) -> Bool {
        guard case .string(let text)? = grid.value(row, column) else { return false }
        return options[Wording.normalize(text)] != nil
    }

    /// One option as found: its code, whether it is ticked, and the cell of its mark.
    struct Found {
        var code: String
        var ticked: Bool
        var row: Int
        var column: Int
        var raw: String
    }

    /// Reads a field's boxes in `cells` (its area): an ambiguous mark or two ticks on a
    /// single-choice field give `.ambiguous`, never a guess.
    static func read(_ field: FieldRule, grid: FormGrid, cells: [(row: Int, column: Int, text: String, raw: String)],
                             sheetSide: MarkSide?) -> FieldInput {
        var options: [String: String] = [:]
        for option in field.boxes { for wording in option.wordings.normalized { options[wording] = option.code } }
        var found: [Found] = []
        var first: (row: Int, column: Int)?
        var attachedMarks: Set<Int> = []
        for entry in cells {
            if let code = options[entry.text] {
                if first == nil { first = (entry.row, entry.column) }
                let side = field.mark == .auto ? sheetSide : field.mark
                if side == .inside { continue }
                var candidates: [(Int, MarkSide)] = []
                for (offset, markSide) in [(1, MarkSide.right), (-1, MarkSide.left)] where side == nil || side == markSide {
                    candidates.append((entry.column + offset, markSide))
                }
                for (column, _) in candidates {
                    guard let value = grid.value(entry.row, column), standalone(value) == .ticked,
                          !isOption(grid, entry.row, column, options) else { continue }
                    if side == nil {
                        // Undecided sheet: a mark between two options cannot be attached with certainty.
                        let beyond = column + (column - entry.column)
                        if isOption(grid, entry.row, beyond, options) {
                            return .ambiguous(row: entry.row, column: column, raw: SheetContext.display(value),
                                              reason: Texts.current("finding.mark.between"))
                        }
                    }
                    let key = entry.row * 100_000 + column
                    if attachedMarks.contains(key) { continue }
                    attachedMarks.insert(key)
                    found.append(Found(code: code, ticked: true, row: entry.row, column: column, raw: SheetContext.display(value)))
                }
                continue
            }
            guard let segments = inCell(entry.raw) else {
                if options.keys.contains(where: { entry.text.hasSuffix($0) || entry.text.hasPrefix($0) }), hasBox(entry.raw) {
                    return .ambiguous(row: entry.row, column: entry.column, raw: entry.raw,
                                      reason: Texts.current("finding.mark.unpaired"))
                }
                continue
            }
            for segment in segments {
                guard let code = options[segment.text] else { continue }
                if first == nil { first = (entry.row, entry.column) }
                if segment.ticked { found.append(Found(code: code, ticked: true, row: entry.row, column: entry.column, raw: entry.raw)) }
            }
        }
        guard let place = found.first.map({ ($0.row, $0.column) }) ?? first else { return .absent }
        var codes: [String] = []
        for tick in found where !codes.contains(tick.code) {
            codes.append(tick.code)
            if codes.count == 2, !isList(field.kind) {
                return .ambiguous(row: tick.row, column: tick.column, raw: tick.raw,
                                  reason: Texts.current("finding.mark.several"))
            }
        }
        return .ticks(codes, row: place.0, column: place.1, raw: found.first?.raw, marks: [])
    }

    static func isList(_ kind: FieldKind) -> Bool {
        if case .codeList = kind { return true }
        return false
    }

    static let tickedTokens = ["☒", "☑", "■", "✓", "✔", "[x]", "[X]", "[✓]"]
    static let emptyTokens = ["☐", "□", "[ ]", "[]"]

    static func hasBox(_ raw: String) -> Bool {
        (tickedTokens + emptyTokens).contains { raw.contains($0) }
    }

    /// "☒ Oui ☐ Non" (each box before its option) or "Oui ☒ Non ☐" (after it): the options with
    /// their state. Nil when the cell has no box, or boxes that cannot be paired (`Oui ☒ Non`).
    static func inCell(_ raw: String) -> [(ticked: Bool, text: String)]? {
        enum Token { case mark(Bool), text(String) }
        var tokens: [Token] = []
        var buffer = ""
        var rest = Substring(raw)
        func flush() {
            let text = Wording.normalize(buffer)
            if !text.isEmpty { tokens.append(.text(text)) }
            buffer = ""
        }
        outer: while let character = rest.first {
            for (list, ticked) in [(tickedTokens, true), (emptyTokens, false)] {
                if let token = list.first(where: { rest.hasPrefix($0) }) {
                    flush()
                    tokens.append(.mark(ticked))
                    rest = rest.dropFirst(token.count)
                    continue outer
                }
            }
            buffer.append(character)
            rest = rest.dropFirst()
        }
        flush()
        guard tokens.contains(where: { if case .mark = $0 { true } else { false } }) else { return nil }
        guard tokens.count % 2 == 0 else { return nil }
        var pairs: [(Bool, String)] = []
        let markFirst = if case .mark = tokens[0] { true } else { false }
        for index in stride(from: 0, to: tokens.count, by: 2) {
            let (a, b) = markFirst ? (tokens[index], tokens[index + 1]) : (tokens[index + 1], tokens[index])
            guard case .mark(let ticked) = a, case .text(let text) = b else { return nil }
            pairs.append((ticked, text))
        }
        return pairs
    }
}
