// `mapping check` on a form sheet (one record per sheet): labels found or missing, untranslated values.

import Consolidation
import Mapping
import Model
import Spreadsheet

extension MappingCheck {
    static func checkForm(_ table: CompiledTable, sheet: CheckedSheet) -> SheetCheck {
        let rule = table.rule
        var check = SheetCheck(sheet: sheet.info.name, table: rule.table, layout: .form)
        let grid = FormGrid(rows: sheet.rows)
        let (inputs, missingIndexes) = FormLayout.read(table, grid: grid)
        check.dataRows = 1

        for (index, field) in rule.fields.enumerated() where !missingIndexes.contains(index) {
            guard let label = FormLayout.findLabel(field, in: grid),
                  let text = sheet.rows.first(where: { $0.number == label.row })?[label.column].flatMap(TextValue.clean) else { continue }
            check.columns.append(CheckedColumn(field: field.field, header: text, cell: CellRef(row: label.row, column: label.column).description,
                                               code: nil, line: field.labels.isEmpty ? field.line : field.labels.line))
        }
        check.columns.sort { FindingOrderKey.column($0.cell).1 != FindingOrderKey.column($1.cell).1
            ? FindingOrderKey.column($0.cell).1 < FindingOrderKey.column($1.cell).1
            : FindingOrderKey.column($0.cell).0 < FindingOrderKey.column($1.cell).0 }

        // Texts of the sheet that look like labels (end with a colon) that no field claims nor `ignorer:` lists.
        let known = Set(rule.fields.flatMap(\.labels.normalized) + rule.fields.flatMap { $0.boxes.flatMap(\.wordings.normalized) })
        for row in sheet.rows {
            for cell in row.cells {
                guard case .string(let raw) = cell.value, let text = TextValue.clean(cell.value), text.hasSuffix(":"),
                      !known.contains(Wording.normalize(text)), !rule.ignoredColumns.contains(Wording.normalize(text)) else { continue }
                check.unknown.append(UnknownHeader(header: text, cell: CellRef(row: row.number, column: cell.column).description,
                                                   closest: closestField(to: raw, in: rule)))
            }
        }
        let absent = missingIndexes.filter { !rule.fields[$0].mayBeAbsent }
        check.missing = missingWithRenames(absent, rule: rule, unknown: check.unknown)

        var tally = UntranslatedTally()
        for (index, input) in inputs.enumerated() {
            let field = rule.fields[index]
            switch input {
            case .cell(let value, let row, let column):
                guard let vocabulary = field.vocabulary else { continue }
                tally.check(value, field: field, vocabulary: vocabulary, cell: CellRef(row: row, column: column).description)
            case .ticks(_, _, _, _, let marks):
                for (value, row, column) in marks {
                    guard let text = TextValue.clean(value) else { continue }
                    tally.add(text, field: field.field, line: field.line, cell: CellRef(row: row, column: column).description)
                }
            case .constant, .absent, .ambiguous:
                continue
            }
        }
        check.untranslated = tally.values
        return check
    }
}
