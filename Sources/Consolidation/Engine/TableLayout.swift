// Finding a table's header (known column names, two-row headers, title rows above) and binding columns to fields.

import Mapping
import Model
import Spreadsheet

/// Where each field is in a table, and what the header said.
struct TableBinding {
    /// Field index -> column.
    var columns: [Int: Int] = [:]
    /// Field index -> the normalised header its column was found under (for a per-column format).
    var headerWordings: [Int: String] = [:]
    /// Field index -> (code, column) of its "x" columns (several columns may give one code).
    var boxes: [Int: [(code: String, column: Int)]] = [:]
    /// The header's rows (sheet row numbers).
    var headerRows: ClosedRange<Int>
    /// Headers of columns no field claims: column -> (row, text as written).
    var unknown: [(column: Int, row: Int, text: String)] = []
    /// Column -> the header as written and its row: the lowest band row naming a known column.
    var texts: [Int: (row: Int, text: String)] = [:]
}

package enum TableLayout {
    /// How far down a header is searched for.
    package static let searchDepth = 40

    /// `nil` when no row of the first `searchDepth` holds a known column name.
    static func bind(_ table: CompiledTable, rows: [Row]) -> TableBinding? {
        let candidates = rows.prefix { $0.number <= (table.rule.headerRow ?? 0) + searchDepth }
        var scores: [(index: Int, matched: Set<Int>)] = []
        for (index, row) in candidates.enumerated() {
            if let given = table.rule.headerRow, row.number < given { scores.append((index, [])); continue }
            scores.append((index, matchedColumns(row, table)))
        }
        let best: (index: Int, matched: Set<Int>)?
        if let given = table.rule.headerRow {
            best = scores.first { rows[$0.index].number == given }
        } else {
            best = scores.max { a, b in a.matched.count != b.matched.count ? a.matched.count < b.matched.count : a.index > b.index }
        }
        guard let best, table.rule.headerRow != nil || !best.matched.isEmpty else { return nil }

        // A two-row header: the neighbour row holds the names of the other columns (group cells
        // merged over sub-headers above, or sub-headers below).
        var band = [best.index]
        let neighbours = [best.index - 1, best.index + 1].filter { neighbour in
            scores.indices.contains(neighbour) && rows[neighbour].number == rows[best.index].number + (neighbour - best.index)
        }
        if let given = table.rule.headerRows {
            let ranked = neighbours.sorted { scores[$0].matched.count > scores[$1].matched.count }
            band += ranked.prefix(max(0, given - 1))
        } else {
            band += neighbours.filter { !scores[$0].matched.isEmpty && scores[$0].matched.isDisjoint(with: best.matched) }
        }
        band.sort()
        var binding = TableBinding(headerRows: rows[band[0]].number...rows[band[band.count - 1]].number)

        // Per column, the lowest band row naming a known column wins; else its text is unknown.
        var named: [Int: (row: Int, text: String, targets: [HeaderTarget]?)] = [:]
        for index in band {
            for cell in rows[index].cells {
                guard let text = TextValue.clean(cell.value) else { continue }
                let targets = table.headers[Wording.normalize(text)]
                if targets != nil || named[cell.column]?.targets == nil {
                    named[cell.column] = (rows[index].number, text, targets)
                }
            }
        }
        for column in named.keys.sorted() {
            guard let entry = named[column] else { continue }
            binding.texts[column] = (entry.row, entry.text)
            guard let targets = entry.targets else {
                binding.unknown.append((column, entry.row, entry.text))
                continue
            }
            for target in targets {
                switch target {
                case .field(let field) where binding.columns[field] == nil:
                    binding.columns[field] = column
                    binding.headerWordings[field] = Wording.normalize(entry.text)
                case .box(let field, let code):
                    binding.boxes[field, default: []].append((code, column))
                default: break
                }
            }
        }
        return binding
    }

    static func matchedColumns(_ row: Row, _ table: CompiledTable) -> Set<Int> {
        var matched: Set<Int> = []
        for cell in row.cells {
            if case .string(let text) = cell.value, table.headers[Wording.normalize(text)] != nil { matched.insert(cell.column) }
        }
        return matched
    }
}
