// A small RFC 4180 reader and writer for the linkage files (records, decisions, previous ids).

enum CSVText {
    /// Rows of fields, with each row's 1-based line number; quotes may hold commas and newlines.
    static func rows(_ text: String) -> [(line: Int, fields: [String])] {
        var rows: [(Int, [String])] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1, rowLine = 1
        var quoted = false, afterQuote = false
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        func endField() { fields.append(String(decoding: field, as: UTF8.self)); field = [] }
        var i = 0
        while i < bytes.count {
            let c = bytes[i]
            if quoted {
                if c == UInt8(ascii: "\"") {
                    if i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "\"") { field.append(c); i += 1 } else { quoted = false; afterQuote = true }
                } else {
                    if c == UInt8(ascii: "\n") { line += 1 }
                    field.append(c)
                }
            } else if c == UInt8(ascii: "\"") && field.isEmpty && !afterQuote {
                quoted = true
            } else if c == UInt8(ascii: ",") {
                endField(); afterQuote = false
            } else if c == UInt8(ascii: "\n") || c == UInt8(ascii: "\r") {
                if c == UInt8(ascii: "\r") && i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "\n") { i += 1 }
                endField(); afterQuote = false
                if !(fields.count == 1 && fields[0].isEmpty) { rows.append((rowLine, fields)) }
                fields = []
                line += 1; rowLine = line
            } else {
                field.append(c)
            }
            i += 1
        }
        if !field.isEmpty || !fields.isEmpty || afterQuote {
            endField()
            rows.append((rowLine, fields))
        }
        return rows
    }

    static func escape(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
