// A table's rows before they become records: merged value cells spread, repeated headers and blocks below set aside.

import Mapping
import Model
import Spreadsheet

enum TableRows {
    /// A value merged down over several rows (one date for three persons seen the same day)
    /// applies to every row of the region: its first column is filled where the row has no value.
    static func fillingMerges(_ rows: [Row], _ merged: [MergedRegion], below headerRow: Int) -> [Row] {
        let regions = merged.filter { $0.firstRow > headerRow && $0.lastRow > $0.firstRow }
        guard !regions.isEmpty else { return rows }
        let indexByNumber = Dictionary(rows.enumerated().map { ($0.element.number, $0.offset) }, uniquingKeysWith: { first, _ in first })
        var rows = rows
        for region in regions {
            guard let top = indexByNumber[region.firstRow], let value = rows[top][region.firstColumn] else { continue }
            for number in (region.firstRow + 1)...region.lastRow {
                guard let index = indexByNumber[number], rows[index][region.firstColumn] == nil else { continue }
                rows[index].cells.append(Cell(column: region.firstColumn, value: value))
                rows[index].cells.sort { $0.column < $1.column }
            }
        }
        return rows
    }

    /// Rows below the header that are not records: the header repeated (printed pages), and a
    /// second table under the records (a blank row, maybe a title, then its own header naming
    /// known columns elsewhere), down to the end of the sheet or the header repeated.
    static func outsideTable(_ rows: [Row], _ table: CompiledTable, _ binding: TableBinding) -> Set<Int> {
        var outside: Set<Int> = []
        var inBlock = false
        for (index, row) in rows.enumerated() where row.number > binding.headerRows.upperBound {
            if isRepeatedHeader(row, table, binding) {
                outside.insert(row.number)
                inBlock = false
                continue
            }
            if !inBlock, isForeignHeader(row, table, binding) {
                // The block starts after the blank row above it, title rows (one cell) included.
                var first = index
                while first > 0, rows[first - 1].number == rows[first].number - 1, rows[first - 1].cells.count <= 1,
                      rows[first - 1].number > binding.headerRows.upperBound {
                    first -= 1
                }
                let afterGap = first == 0 || rows[first - 1].number < rows[first].number - 1
                guard afterGap else { continue }
                for title in rows[first..<index] { outside.insert(title.number) }
                inBlock = true
            }
            if inBlock { outside.insert(row.number) }
        }
        return outside
    }

    /// Most of the header's known names, each in its own column.
    static func isRepeatedHeader(_ row: Row, _ table: CompiledTable, _ binding: TableBinding) -> Bool {
        let bound = boundColumns(binding)
        var matched = 0
        for cell in row.cells {
            guard case .string(let text) = cell.value, table.headers[Wording.normalize(text)] != nil else { continue }
            if bound.contains(cell.column) { matched += 1 }
        }
        return matched >= 2 && matched * 2 >= bound.count
    }

    /// Only texts, at least two, one a known column name standing in another column than the header's.
    static func isForeignHeader(_ row: Row, _ table: CompiledTable, _ binding: TableBinding) -> Bool {
        guard row.cells.count >= 2 else { return false }
        var misplaced = false
        for cell in row.cells {
            guard case .string(let text) = cell.value else { return false }
            guard let targets = table.headers[Wording.normalize(text)] else { continue }
            for target in targets {
                switch target {
                case .field(let field): if binding.columns[field] != cell.column { misplaced = true }
                case .box(let field, _): if binding.boxes[field]?.contains(where: { $0.column == cell.column }) != true { misplaced = true }
                case .ignored: break
                }
            }
        }
        return misplaced
    }

    static func boundColumns(_ binding: TableBinding) -> Set<Int> {
        Set(binding.columns.values).union(binding.boxes.values.flatMap { $0.map(\.column) })
    }
}
