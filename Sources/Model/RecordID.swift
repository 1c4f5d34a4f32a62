// The provenance key of a record (`file#sheet!row`): printed and parsed here only.

/// Where a record was read: a table row (`file#sheet!row`) or a form filling a sheet (`file#sheet`).
public struct RecordID: Hashable, Sendable, CustomStringConvertible {
    /// The file's path relative to its input folder.
    public var file: String
    public var sheet: String
    /// The sheet's own 1-based row; nil for a form.
    public var row: Int?

    public init(file: String, sheet: String, row: Int? = nil) {
        self.file = file
        self.sheet = sheet
        self.row = row
    }

    /// Parses a stored id. The last `#` ends the file (a file name may hold `#`), and the last
    /// `!` starts the row only when digits follow it (a sheet name may hold `!`).
    public init?(_ text: String) {
        guard let hash = text.lastIndex(of: "#") else { return nil }
        let file = String(text[..<hash])
        let rest = text[text.index(after: hash)...]
        if let bang = rest.lastIndex(of: "!"), let row = Int(rest[rest.index(after: bang)...]), row > 0 {
            self.init(file: file, sheet: String(rest[..<bang]), row: row)
        } else {
            self.init(file: file, sheet: String(rest), row: nil)
        }
    }

    public var description: String {
        row.map { "\(file)#\(sheet)!\($0)" } ?? "\(file)#\(sheet)"
    }
}
