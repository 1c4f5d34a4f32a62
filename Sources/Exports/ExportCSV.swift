// CSV exports: UTF-8 with BOM, `;` by default, RFC 4180 quoting, and formula cells neutralised (OWASP).

import Model
import Writers

public enum CSVExport {
    /// A text starting with one of these would run as a formula in a spreadsheet (OWASP CSV injection).
    static let formulaTriggers: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// `'=1+1` instead of `=1+1`: the apostrophe shows the text as written and runs nothing.
    public static func neutralised(_ text: String) -> String {
        guard let first = text.first, formulaTriggers.contains(first) else { return text }
        return "'" + text
    }

    static func field(_ value: SheetValue, separator: Character) -> String {
        let raw: String
        switch value {
        case .empty: return ""
        case .integer(let i): return String(i)
        case .boolean(let b): return b ? "true" : "false"
        case .date(let d): return d.description
        case .text(let s): raw = neutralised(s)
        }
        let needsQuotes = raw.contains { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard needsQuotes else { return raw }
        return "\"" + raw.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }

    /// Streams `table` into `file`: header then rows, CRLF line ends.
    public static func write(_ table: ExportTable, separator: Character, to file: AtomicFile) throws {
        let s = String(separator)
        try file.write([0xEF, 0xBB, 0xBF])
        try file.write(table.columns.joined(separator: s) + "\r\n")
        for index in 0..<table.count {
            try file.write(table.row(index).map { field($0, separator: separator) }.joined(separator: s) + "\r\n")
        }
    }

    public static func text(_ table: ExportTable, separator: Character = ";") -> String {
        let s = String(separator)
        var out = "\u{FEFF}" + table.columns.joined(separator: s) + "\r\n"
        for row in table.rows { out += row.map { field($0, separator: separator) }.joined(separator: s) + "\r\n" }
        return out
    }
}
