// Reading a form sheet: one record from the values beside the labels, or the sheet is not a form.

import Mapping
import Model
import Spreadsheet
import Texts

extension FileConsolidator {
    /// False when no label of the form is on the sheet (it is not a form: the sheet is unmatched).
    mutating func readForm(_ table: CompiledTable, rows: [Row], context: inout SheetContext) -> Bool {
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
        context.bound = Self.boundLabels(table, grid: grid, missing: missing)
        var usedTexts: Set<String> = []
        for index in missing where !table.rule.fields[index].mayBeAbsent {
            let field = table.rule.fields[index]
            let wording = field.labels.written.first ?? field.boxes.first?.wordings.written.first ?? field.field
            if let renamed = Self.renamedLabel(field, table: table, grid: grid, taken: usedTexts) {
                usedTexts.insert(renamed.key)
                context.report("renamed_column", .warning, row: renamed.row, column: renamed.column, field: field.field, rawText: renamed.raw,
                               message: Texts.current("finding.renamed-label.message", ["text": renamed.raw, "wording": wording, "field": field.field,
                                                                                        "similarity": Texts.current.percent(renamed.similarity * 100)]),
                               hint: Texts.current("finding.renamed-label.hint", ["text": renamed.raw, "field": field.field,
                                                                                  "line": mapping.linePlace(field.labels.isEmpty ? field.line : field.labels.line)]))
            }
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

extension FileConsolidator {
    /// The labels found, in reading order.
    static func boundLabels(_ table: CompiledTable, grid: FormGrid, missing: [Int]) -> [BoundField] {
        var bound: [(row: Int, column: Int, field: BoundField)] = []
        for (index, field) in table.rule.fields.enumerated() where !missing.contains(index) {
            guard let label = FormLayout.findLabel(field, in: grid) else { continue }
            let raw = grid.ordered.first { $0.row == label.row && $0.column == label.column }?.raw ?? ""
            let text = TextValue.clean(.string(raw)) ?? raw
            bound.append((label.row, label.column, BoundField(fieldIndex: index, field: field.field, text: text,
                                                              cell: CellRef(row: label.row, column: label.column).description)))
        }
        return bound.sorted { ($0.row, $0.column, $0.field.fieldIndex) < ($1.row, $1.column, $1.field.fieldIndex) }.map(\.field)
    }

    /// A text of the sheet that no rule knows and is close to one of the field's labels (the one
    /// wording similarity): the label renamed ("Date saisine :" for "Date de la saisine :").
    static func renamedLabel(_ field: FieldRule, table: CompiledTable, grid: FormGrid, taken: Set<String>)
        -> (row: Int, column: Int, raw: String, key: String, similarity: Double)? {
        guard !field.labels.isEmpty else { return nil }
        var known = Set(table.labels.keys).union(table.rule.ignoredColumns)
        for rule in table.rule.fields { for option in rule.boxes { known.formUnion(option.wordings.normalized) } }
        var best: (row: Int, column: Int, raw: String, key: String, similarity: Double)?
        for cell in grid.ordered where !known.contains(cell.text) && !taken.contains(cell.text) {
            let similarity = field.labels.written.map { Suggestion.wordingSimilarity(cell.raw, $0) }.max() ?? 0
            if similarity >= Suggestion.renameThreshold, similarity > (best?.similarity ?? 0) {
                best = (cell.row, cell.column, TextValue.clean(.string(cell.raw)) ?? cell.raw, cell.text, similarity)
            }
        }
        return best
    }
}
