// Which table a sheet belongs to when its name alone does not say: how well its rows fit a rule.

import Mapping
import Model
import Spreadsheet

extension CompiledTable {
    /// How many of the rule's headers (a table: the best header row's known columns) or labels
    /// (a form) the sheet holds.
    func fit(_ rows: [Row]) -> Int {
        switch rule.layout {
        case .table:
            return rows.prefix(TableLayout.searchDepth).map { TableLayout.matchedColumns($0, self).count }.max() ?? 0
        case .form:
            let grid = FormGrid(rows: rows)
            return rule.fields.filter { FormLayout.findLabel($0, in: grid) != nil }.count
        }
    }

    /// The columns a table rule reads: one per field with `colonnes:`, one per code of its "x" columns.
    var columnCount: Int {
        rule.fields.reduce(0) { $0 + ($1.columns.isEmpty ? 0 : 1) + $1.boxes.count }
    }
}

extension CompiledMapping {
    /// A table whose header the unclaimed sheet holds: at least 3 of its columns and at least half of
    /// them, so a lookup list or a summary sheet sharing one or two words is not taken for one.
    func lookalike(_ rows: [Row]) -> (table: CompiledTable, headerRow: Int, matched: Int, total: Int)? {
        var best: (table: CompiledTable, headerRow: Int, matched: Int, total: Int)?
        for table in tables where table.rule.layout == .table {
            guard let binding = TableLayout.bind(table, rows: rows) else { continue }
            let matched = binding.columns.count + binding.boxes.values.reduce(0) { $0 + $1.count }
            let total = table.columnCount
            guard matched >= 3, matched * 2 >= total, matched > (best?.matched ?? 0) else { continue }
            best = (table, binding.headerRows.lowerBound, matched, total)
        }
        return best
    }
}
