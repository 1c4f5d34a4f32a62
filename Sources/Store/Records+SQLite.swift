// How each record type becomes a row of its table and back, in DATA-MODEL.md's column order.

import Model

extension Referral {
    var sqliteRow: [SQLiteValue] { Field.referralColumns.map { SQLiteValue(self[$0]) } }

    init(sqliteRow v: [SQLiteValue]) {
        self.init(recordID: "", site: "", periode: "", territoire: "", porteur: "")
        for (index, field) in Field.referralColumns.enumerated() where index < v.count {
            self[field] = v[index].columnValue
        }
    }
}

extension SQLiteValue {
    /// Booleans as 0/1, dates as ISO text: the store's types for DATA-MODEL.md's values.
    init(_ value: ColumnValue) {
        switch value {
        case .text(let s): self.init(s)
        case .integer(let i): self.init(i)
        case .boolean(let b): self.init(b)
        case .date(let d): self.init(d?.description)
        }
    }

    var columnValue: ColumnValue {
        switch self {
        case .null: return .text(nil)
        case .integer(let i): return .integer(Int(i))
        case .real(let d): return .text(String(d))
        case .text(let s): return .text(s)
        }
    }
}

extension Meeting {
    var sqliteRow: [SQLiteValue] { [.init(recordID), .init(site), .init(date?.description), .init(domaine?.rawValue)] }

    init(sqliteRow v: [SQLiteValue]) {
        self.init(recordID: v[0].text ?? "", site: v[1].text ?? "",
                  date: v[2].text.flatMap(CivilDate.init(iso:)), domaine: v[3].text.flatMap(MeetingDomain.init(rawValue:)))
    }
}

extension Rejection {
    var sqliteRow: [SQLiteValue] { [.init(file), .init(sheet), .init(row), .init(site), .init(reason)] }

    init(sqliteRow v: [SQLiteValue]) {
        self.init(file: v[0].text ?? "", sheet: v[1].text ?? "", row: v[2].integer ?? 0,
                  site: v[3].text ?? "", reason: v[4].text ?? "")
    }
}

extension Finding {
    func sqliteRow(origin: String) -> [SQLiteValue] {
        [
            .init(origin), .init(kind), .init(severity.rawValue), .init(site), .init(file), .init(sheet),
            .init(row), .init(cell), .init(field), .init(value), .init(valueIsIdentifying), .init(message), .init(hint),
        ]
    }

    init(sqliteRow v: [SQLiteValue]) {
        self.init(kind: v[1].text ?? "", severity: v[2].text.flatMap(Severity.init(rawValue:)) ?? .error,
                  site: v[3].text, file: v[4].text, sheet: v[5].text, row: v[6].integer, cell: v[7].text,
                  field: v[8].text, value: v[9].text, valueIsIdentifying: (v[10].integer ?? 0) != 0,
                  message: v[11].text ?? "", hint: v[12].text)
    }
}

extension FileAccount {
    init(sqliteRow v: [SQLiteValue]) {
        self.init(file: v[0].text ?? "", site: v[1].text ?? "", contentHash: v[2].text ?? "",
                  rowsRead: v[3].integer ?? 0, kept: v[4].integer ?? 0, rejected: v[5].integer ?? 0,
                  nonData: v[6].integer ?? 0, duplicates: v[7].integer ?? 0,
                  periods: (v[8].text ?? "").split(separator: ";").map(String.init))
    }
}

/// The SQL placeholders for `n` parameters: `?, ?, ?`.
func placeholders(_ n: Int) -> String { Array(repeating: "?", count: n).joined(separator: ", ") }

/// Column names quoted for SQL (`row` is a keyword).
func quotedColumns(_ columns: [String]) -> String { columns.map { "\"\($0)\"" }.joined(separator: ", ") }
