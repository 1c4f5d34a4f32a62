// `isg inspect --json`: every sheet, every cell, in the corpus reference format (shared/corpus/README.md).

import Model

/// Renders a workbook as `{"file": ..., "sheets": [{"name": ..., "rows": [[cell...]...]}]}`:
/// rows from row 1 and cells from column A, gaps as `null` / `[]`, trailing empties dropped.
/// Output goes to `write` in pieces (one per row), so large sheets are never held whole.
public enum InspectJSON {
    public static func render(_ workbook: any WorkbookReader, fileName: String, sheetIndices: [Int],
                              write: (String) -> Void) throws {
        write("{\"file\": " + quoted(fileName) + ", \"sheets\": [")
        for (n, index) in sheetIndices.enumerated() {
            let sheet = workbook.sheets[index]
            write((n == 0 ? "" : ", ") + "{\"name\": " + quoted(sheet.name) + ", \"rows\": [")
            var nextRow = 1
            _ = try workbook.readSheet(index) { row in
                guard row.number >= nextRow else { return }  // readers hand rows in order; never print one twice
                var line = nextRow == 1 ? "" : ", "
                if row.number > nextRow {
                    line += String(repeating: "[], ", count: row.number - nextRow)
                }
                line += "["
                var column = 0
                for cell in row.cells {
                    if column > 0 { line += ", " }
                    if cell.column > column {
                        line += String(repeating: "null, ", count: cell.column - column)
                    }
                    line += value(cell.value)
                    column = cell.column + 1
                }
                line += "]"
                write(line)
                nextRow = row.number + 1
            }
            write("]}")
        }
        write("]}\n")
    }

    /// One cell in the reference format.
    public static func value(_ value: CellValue) -> String {
        switch value {
        case .string(let s): return quoted(s)
        case .number(let x): return number(x)
        case .boolean(let b): return b ? "true" : "false"
        case .date(let d): return "{\"date\": \"\(d)\"}"
        case .dateTime(let d, let seconds): return "{\"datetime\": \"\(d)T\(clock(seconds))\"}"
        case .time(let seconds): return "{\"time\": \"\(clock(seconds))\"}"
        case .duration(let seconds): return "{\"duration\": \(number(seconds))}"
        case .error(let text): return "{\"error\": " + quoted(text) + "}"
        }
    }

    /// Integral values without a decimal point; others as the shortest round-trip decimal.
    public static func number(_ x: Double) -> String {
        guard x.isFinite else { return "{\"error\": \"#NUM!\"}" }
        if x == x.rounded(.towardZero), abs(x) < 9_007_199_254_740_992 { return String(Int64(x)) }
        return x.description
    }

    static func clock(_ seconds: Int) -> String {
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(two(seconds / 3600)):\(two(seconds / 60 % 60)):\(two(seconds % 60))"
    }

    /// A JSON string literal; non-ASCII characters are written as they are (UTF-8).
    public static func quoted(_ s: String) -> String { JSONText.quoted(s) }
}
