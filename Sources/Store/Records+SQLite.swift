// How each record type becomes a row of its table and back, in DATA-MODEL.md's column order.

import Consolidation
import Spreadsheet

extension CivilDate {
    /// Reads `YYYY-MM-DD`; nil for anything else.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(validYear: y, month: m, day: d)
    }
}

extension Referral {
    var sqliteRow: [SQLiteValue] {
        [
            .init(recordID), .init(site), .init(periode), .init(territoire), .init(porteur),
            .init(dateSaisine?.description), .init(origine?.rawValue), .init(origineDetail),
            .init(nom), .init(prenom), .init(nomNaissance), .init(dateNaissance?.description),
            .init(age), .init(sexe?.rawValue), .init(mineur), .init(role?.rawValue), .init(commune),
            .init(connuISG), .init(connuCEA), .init(motifSaisine?.rawValue), .init(motifIntervention?.rawValue),
            .init(nbEntretiens), .init(nbLiensPartenaires),
            .init(orientations.map(\.rawValue).joined(separator: ";")), .init(personID),
        ]
    }

    init(sqliteRow v: [SQLiteValue]) {
        func text(_ i: Int) -> String? { i < v.count ? v[i].text : nil }
        func int(_ i: Int) -> Int? { i < v.count ? v[i].integer : nil }
        func bool(_ i: Int) -> Bool? { int(i).map { $0 != 0 } }
        func date(_ i: Int) -> CivilDate? { text(i).flatMap(CivilDate.init(iso:)) }
        self.init(recordID: text(0) ?? "", site: text(1) ?? "", periode: text(2) ?? "",
                  territoire: text(3) ?? "", porteur: text(4) ?? "")
        dateSaisine = date(5)
        origine = text(6).flatMap(Origin.init(rawValue:))
        origineDetail = text(7)
        nom = text(8)
        prenom = text(9)
        nomNaissance = text(10)
        dateNaissance = date(11)
        age = int(12)
        sexe = text(13).flatMap(Sex.init(rawValue:))
        mineur = bool(14)
        role = text(15).flatMap(Role.init(rawValue:))
        commune = text(16)
        connuISG = bool(17)
        connuCEA = bool(18)
        motifSaisine = text(19).flatMap(Motive.init(rawValue:))
        motifIntervention = text(20).flatMap(Motive.init(rawValue:))
        nbEntretiens = int(21)
        nbLiensPartenaires = int(22)
        orientations = (text(23) ?? "").split(separator: ";").compactMap { Orientation(rawValue: String($0)) }
        personID = text(24)
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
