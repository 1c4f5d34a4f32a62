// Prints a workbook in the corpus JSON format, so the ODS and CSV readers can be compared with the
// reference before `isg inspect --json` exists on this branch.

import Spreadsheet

enum CorpusJSON {
    static func render(_ reader: any WorkbookReader, file: String) throws -> String {
        var out = "{\"file\": \(quote(file)), \"sheets\": ["
        for (index, sheet) in reader.sheets.enumerated() {
            var rows: [[String]] = []
            var lastNonEmpty = -1
            _ = try reader.readSheet(index) { row in
                while rows.count < row.number - 1 { rows.append([]) }
                var cells: [String] = []
                for cell in row.cells {
                    while cells.count < cell.column { cells.append("null") }
                    cells.append(value(cell.value))
                }
                rows.append(cells)
                lastNonEmpty = rows.count - 1
            }
            rows = Array(rows.prefix(lastNonEmpty + 1))
            out += (index == 0 ? "\n" : ",\n") + "  {\"name\": \(quote(sheet.name)), \"rows\": ["
            out += rows.map { "\n    [" + $0.joined(separator: ", ") + "]" }.joined(separator: ",")
            out += rows.isEmpty ? "]}" : "\n  ]}"
        }
        return out + "\n]}"
    }

    static func value(_ value: CellValue) -> String {
        switch value {
        case .string(let s): return quote(s)
        case .number(let d): return number(d)
        case .boolean(let b): return b ? "true" : "false"
        case .date(let d): return "{\"date\": \"\(d)\"}"
        case .dateTime(let d, let s): return "{\"datetime\": \"\(d)T\(clock(s))\"}"
        case .time(let s): return "{\"time\": \"\(clock(s))\"}"
        case .duration(let s): return "{\"duration\": \(number(s))}"
        case .error(let e): return "{\"error\": \(quote(e))}"
        }
    }

    static func number(_ d: Double) -> String {
        if d == d.rounded(), abs(d) < 9.0e15 { return String(Int(d)) }
        return "\(d)"
    }

    static func clock(_ s: Int) -> String {
        func pad(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(pad(s / 3600)):\(pad(s / 60 % 60)):\(pad(s % 60))"
    }

    static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
