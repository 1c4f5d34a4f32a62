// The exported tables as typed columns and values, in DATA-MODEL.md's order, with or without identities.

import Model
import Store
import Writers

/// A named table: `saisines`, `reunions`, `persons` or `rejets`.
///
/// Rows are built on demand, one at a time, by the writers: at national scale (400,000 referrals)
/// a table of every value at once would outweigh the records it comes from.
public struct ExportTable: SheetSource, Sendable {
    public var name: String
    public var columns: [String]
    public let count: Int
    private let makeRow: @Sendable (Int) -> [SheetValue]

    public init(name: String, columns: [String], rows: [[SheetValue]]) {
        self.init(name: name, columns: columns, count: rows.count) { rows[$0] }
    }

    public init(name: String, columns: [String], count: Int, row: @escaping @Sendable (Int) -> [SheetValue]) {
        self.name = name
        self.columns = columns
        self.count = count
        self.makeRow = row
    }

    /// The row at `index` (0-based, below `count`).
    public func row(_ index: Int) -> [SheetValue] { makeRow(index) }

    /// Every row, built now: for small tables and tests.
    public var rows: [[SheetValue]] { (0..<count).map(makeRow) }

    static let referralColumns = Field.referralColumns.map(\.column)

    static func referralValues(_ r: Referral) -> [SheetValue] { Field.referralColumns.map { SheetValue(r[$0]) } }

    /// Keeps the columns allowed by `identified`.
    private static func filtered(_ name: String, _ columns: [String], count: Int, identified: Bool,
                                 _ row: @escaping @Sendable (Int) -> [SheetValue]) -> ExportTable {
        guard !identified else { return ExportTable(name: name, columns: columns, count: count, row: row) }
        let keep = columns.indices.filter { Field(rawValue: columns[$0])?.identifiesPerson != true }
        return ExportTable(name: name, columns: keep.map { columns[$0] }, count: count) { index in
            let values = row(index)
            return keep.map { values[$0] }
        }
    }

    public static func saisines(_ referrals: [Referral], identified: Bool) -> ExportTable {
        filtered("saisines", referralColumns, count: referrals.count, identified: identified) { referralValues(referrals[$0]) }
    }

    public static func reunions(_ meetings: [Meeting]) -> ExportTable {
        ExportTable(name: "reunions", columns: Field.meetingColumns.map(\.column), rows: meetings.map {
            [.init($0.recordID), .init($0.site), .init($0.date), .init($0.domaine?.rawValue)]
        })
    }

    public static func rejets(_ rejections: [Rejection]) -> ExportTable {
        ExportTable(name: "rejets", columns: ["file", "sheet", "row", "site", "reason"], rows: rejections.map {
            [.init($0.file), .init($0.sheet), .integer($0.row), .init($0.site), .init($0.reason)]
        })
    }

    /// One row per person; identified, the names and birth date of the person's latest referral.
    public static func persons(_ persons: [PersonSummary], referrals: [Referral], identified: Bool) -> ExportTable {
        var latest: [String: Referral] = [:]
        if identified {
            for r in referrals {
                guard let id = r.personID else { continue }
                if let seen = latest[id],
                   isNotEarlier((seen.dateSaisine, seen.recordID), than: (r.dateSaisine, r.recordID)) { continue }
                latest[id] = r
            }
        }
        let columns = ["person_id", "nb_saisines", "premiere_saisine", "derniere_saisine", "sites",
                       "nom", "prenom", "nom_naissance", "date_naissance", "commune"]
        return filtered("persons", columns, count: persons.count, identified: identified) { [latest] index in
            let p = persons[index]
            let r = latest[p.personID]
            return [
                .init(p.personID), .integer(p.referrals), .init(p.firstReferral.flatMap(CivilDate.init(iso:))),
                .init(p.lastReferral.flatMap(CivilDate.init(iso:))), .init(p.sites.joined(separator: ";")),
                .init(r?.nom), .init(r?.prenom), .init(r?.nomNaissance), .init(r?.dateNaissance), .init(r?.commune),
            ]
        }
    }
}

/// Optional dates compare with unknown first, so a dated referral is later than an undated one.
/// A named function, not an operator overload: `(x, s) >= (y, t)` inside would call itself.
private func isNotEarlier(_ a: (CivilDate?, String), than b: (CivilDate?, String)) -> Bool {
    switch (a.0, b.0) {
    case let (x?, y?): return x != y ? x > y : a.1 >= b.1
    case (nil, _?): return false
    case (_?, nil): return true
    case (nil, nil): return a.1 >= b.1
    }
}

extension SheetValue {
    init(_ value: ColumnValue) {
        switch value {
        case .text(let s): self.init(s)
        case .integer(let i): self.init(i)
        case .boolean(let b): self.init(b)
        case .date(let d): self.init(d)
        }
    }
}
