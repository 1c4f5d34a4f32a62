// Reading a form sheet: one record from the values beside the labels, or the sheet is not a form.

import Mapping
import Model
import Spreadsheet
import Texts

extension FileConsolidator {
    /// False when no label of the form is on the sheet (it is not a form: the sheet is unmatched).
    package mutating func readForm(_ table: CompiledTable, rows: [Row], context: inout SheetContext) -> Bool {
        let grid = FormGrid(rows: rows)
        let (inputs, missing) = FormLayout.read(table, grid: grid)
        let labelled = table.rule.fields.indices.filter { !table.rule.fields[$0].labels.isEmpty || !table.rule.fields[$0].boxes.isEmpty }
        guard labelled.contains(where: { !missing.contains($0) }) else { return false }
        // A form sheet is one record: it counts as one row read.
        result.account.rowsRead += 1
        // An empty template ("Modèle": labels, every box ☐, no value) is not a record.
        if zip(table.rule.fields, inputs).allSatisfy({ $0.0.constant != nil || $0.1.isEmpty }) {
            result.account.nonData += 1
            return true
        }
        for index in missing where !table.rule.fields[index].mayBeAbsent {
            let field = table.rule.fields[index]
            let wording = field.labels.written.first ?? field.boxes.first?.wordings.written.first ?? field.field
            context.report("unknown_label", .warning, row: nil, column: nil, field: field.field, rawText: wording,
                           message: Texts.current("finding.unknown-label.message", ["wording": wording, "field": field.field]),
                           hint: Texts.current("finding.unknown-label.hint", ["field": field.field,
                                                                              "line": mapping.linePlace(field.labels.isEmpty ? field.line : field.labels.line)]))
        }
        let absent = RecordBuilder.missingRequired(table.rule, inputs)
        if !absent.isEmpty {
            var places: [Int: Int] = [:]
            for (index, input) in inputs.enumerated() { if let place = RecordBuilder.place(input) { places[index] = place.column } }
            let row = absent.compactMap { field in table.rule.fields.firstIndex { $0.field == field }.flatMap { RecordBuilder.place(inputs[$0])?.row } }.first
            reject(absent, table: table, row: row ?? rows.first?.number ?? 1, places: places, context: &context)
            return true
        }
        let recordID = RecordID(file: file.relativePath, sheet: context.sheet).description
        if let dateField = table.rule.fields.firstIndex(where: { $0.field == "date_saisine" || $0.field == "date" }),
           let place = RecordBuilder.place(inputs[dateField]) {
            result.formRows[recordID] = place.row
        }
        keep(table, inputs, recordID: recordID, context: &context)
        return true
    }
}
