// One column read as both `date_naissance` and `age` ("Date de naissance / âge"): each cell is one or the other.

import Mapping
import Model
import Spreadsheet
import Texts

enum DateOrAge {
    /// Indices of `date_naissance` and `age` when both read the same cell.
    static func sharedCells(_ rule: TableRule, _ inputs: [FieldInput]) -> Set<Int> {
        guard let birth = rule.fields.firstIndex(where: { $0.field == "date_naissance" }),
              let age = rule.fields.firstIndex(where: { $0.field == "age" }),
              case .cell(_, let r1, let c1) = inputs[birth], case .cell(_, let r2, let c2) = inputs[age],
              r1 == r2, c1 == c2 else { return [] }
        return [birth, age]
    }

    /// A number from 0 to 120 or "45 ans" is an age, never a 1900 date serial; anything read as
    /// a date is a birth date. A cell that is neither is reported once, by the birth-date side.
    static func read(_ rule: FieldRule, _ input: FieldInput, context: inout SheetContext) -> FieldValue {
        guard case .cell(let value, let row, let column) = input, !input.isEmpty else { return .empty }
        let age: Int? = if case .value(let years) = NumberValue.age(value) { years } else { nil }
        if rule.field == "age" { return age.map(FieldValue.number) ?? .empty }
        if age != nil { return .empty }
        if case .date(let date) = DateValue.read(value) { return .date(date) }
        context.report("invalid_value", .warning, row: row, column: column, field: rule.field, value: value,
                       message: Texts.current("finding.date-or-age.message"),
                       hint: Texts.current("finding.date-or-age.hint", ["place": context.cellPlace(row: row, column: column)]))
        return .empty
    }
}
