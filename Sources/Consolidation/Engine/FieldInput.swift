// What a record's field was read from: one cell, ticked boxes, a constant, or nothing.

import Model
import Spreadsheet

enum FieldInput {
    case cell(CellValue, row: Int, column: Int)
    /// Codes ticked among a field's boxes, at the first ticked box (else the first box) and its text;
    /// `marks` are non-empty box cells neither ticked nor blank (a "voir mail" in an "x" column),
    /// reported as untranslated.
    case ticks([String], row: Int, column: Int, raw: String?, marks: [(CellValue, row: Int, column: Int)])
    case constant(String)
    /// A check-box mark that cannot be attached to one option with certainty (or two ticks on a
    /// single-choice field): an `ambiguous_mark` error at that cell, the field left empty.
    case ambiguous(row: Int, column: Int, raw: String, reason: String)
    case absent

    var isEmpty: Bool {
        switch self {
        case .cell(let value, _, _):
            if case .string(let text) = value { return text.allSatisfy(\.isWhitespace) }
            return false
        case .ticks(let codes, _, _, _, let marks): return codes.isEmpty && marks.isEmpty
        case .constant(let value): return value.isEmpty
        case .ambiguous: return false
        case .absent: return true
        }
    }
}

/// Check-box marks: what ticks a box or an "x" column, and what leaves it blank.
package enum BoxMark {
    case ticked, blank, other

    package static func of(_ value: CellValue) -> BoxMark {
        switch value {
        case .boolean(let b): return b ? .ticked : .blank
        case .number(let n): return n == 1 ? .ticked : (n == 0 ? .blank : .other)
        case .string(let text):
            switch text.trimmingSpaces.lowercased() {
            case "x", "☒", "☑", "✓", "✔", "■", "oui", "o", "1", "yes", "vrai", "true", "xx": return .ticked
            case "", "☐", "□", "non", "n", "0", "-", "no", "faux", "false": return .blank
            default: return .other
            }
        default: return .other
        }
    }

    static let tickedBoxes: Set<Character> = ["☒", "☑", "■", "✓", "✔"]
    static let emptyBoxes: Set<Character> = ["☐", "□"]
}
