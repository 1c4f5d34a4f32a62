// The exported tables as typed columns and values, in DATA-MODEL.md's order, with or without identities.

import Consolidation
import Spreadsheet
import Store

/// One cell of an export: typed so CSV writes `true`/ISO dates and XLSX writes real booleans and dates.
public enum ExportValue: Hashable, Sendable {
    case empty
    case text(String)
    case integer(Int)
    case boolean(Bool)
    case date(CivilDate)

    init(_ s: String?) { self = s.map { $0.isEmpty ? .empty : .text($0) } ?? .empty }
    init(_ i: Int?) { self = i.map { .integer($0) } ?? .empty }
    init(_ b: Bool?) { self = b.map { .boolean($0) } ?? .empty }
    init(_ d: CivilDate?) { self = d.map { .date($0) } ?? .empty }
}

/// A named table: `saisines`, `reunions`, `persons` or `rejets`.
///
/// Rows are built on demand, one at a time, by the writers: at national scale (400,000 referrals)
/// a table of every value at once would outweigh the records it comes from.
public struct ExportTable: Sendable {
    public var name: String
    public var columns: [String]
    public let count: Int
    private let makeRow: @Sendable (Int) -> [ExportValue]

    public init(name: String, columns: [String], rows: [[ExportValue]]) {
        self.init(name: name, columns: columns, count: rows.count) { rows[$0] }
    }

    public init(name: String, columns: [String], count: Int, row: @escaping @Sendable (Int) -> [ExportValue]) {
        self.name = name
        self.columns = columns
        self.count = count
        self.makeRow = row
    }

    /// The row at `index` (0-based, below `count`).
    public func row(_ index: Int) -> [ExportValue] { makeRow(index) }

    /// Every row, built now: for small tables and tests.
    public var rows: [[ExportValue]] { (0..<count).map(makeRow) }

    /// The columns that name a person: written only when the user asks for an identified export.
    public static let identifyingColumns: Set<String> = ["nom", "prenom", "nom_naissance", "date_naissance", "commune"]

    static let referralColumns = [
        "record_id", "site", "periode", "territoire", "porteur", "date_saisine", "origine", "origine_detail",
        "nom", "prenom", "nom_naissance", "date_naissance", "age", "sexe", "mineur", "role", "commune",
        "connu_isg", "connu_cea", "motif_saisine", "motif_intervention", "nb_entretiens",
        "nb_liens_partenaires", "orientations", "person_id",
    ]

    static func referralValues(_ r: Referral) -> [ExportValue] {
        [
            .init(r.recordID), .init(r.site), .init(r.periode), .init(r.territoire), .init(r.porteur),
            .init(r.dateSaisine), .init(r.origine?.rawValue), .init(r.origineDetail), .init(r.nom), .init(r.prenom),
            .init(r.nomNaissance), .init(r.dateNaissance), .init(r.age), .init(r.sexe?.rawValue), .init(r.mineur),
            .init(r.role?.rawValue), .init(r.commune), .init(r.connuISG), .init(r.connuCEA),
            .init(r.motifSaisine?.rawValue), .init(r.motifIntervention?.rawValue), .init(r.nbEntretiens),
            .init(r.nbLiensPartenaires), .init(r.orientations.sorted().map(\.rawValue).joined(separator: ";")),
            .init(r.personID),
        ]
    }

    /// Keeps the columns allowed by `identified`.
    private static func filtered(_ name: String, _ columns: [String], count: Int, identified: Bool,
                                 _ row: @escaping @Sendable (Int) -> [ExportValue]) -> ExportTable {
        guard !identified else { return ExportTable(name: name, columns: columns, count: count, row: row) }
        let keep = columns.indices.filter { !identifyingColumns.contains(columns[$0]) }
        return ExportTable(name: name, columns: keep.map { columns[$0] }, count: count) { index in
            let values = row(index)
            return keep.map { values[$0] }
        }
    }

    public static func saisines(_ referrals: [Referral], identified: Bool) -> ExportTable {
        filtered("saisines", referralColumns, count: referrals.count, identified: identified) { referralValues(referrals[$0]) }
    }

    public static func reunions(_ meetings: [Meeting]) -> ExportTable {
        ExportTable(name: "reunions", columns: ["record_id", "site", "date", "domaine"], rows: meetings.map {
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
