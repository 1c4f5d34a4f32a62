// Small values and temporary folders for the store tests.

#if canImport(Glibc)
import Model
import Glibc
#endif
@testable import Store
import TestSupport

func referral(_ file: String, row: Int, site: String = "COLMAR", date: String? = "2023-03-05",
              person: String? = nil, nom: String? = "Muller") -> Referral {
    Referral.example(file: file, row: row, site: site, date: date.flatMap(CivilDate.init(iso:)), person: person, nom: nom)
}

func importedFile(_ file: String, rows: Int, hash: String = "h1", site: String = "COLMAR",
                  findings: [Finding] = []) -> ImportedFile {
    let referrals = (0..<rows).map { referral(file, row: $0 + 2, site: site, person: "P-\(file)-\($0 % 3)") }
    let meeting = Meeting(recordID: "\(file)#Réunions!2", site: site, date: CivilDate(year: 2023, month: 3, day: 9),
                          domaine: .enfance)
    let rejection = Rejection(file: file, sheet: "Mars", row: rows + 3, site: site, reason: "date de saisine absente")
    let account = FileAccount(file: file, site: site, contentHash: hash, rowsRead: rows + 3, kept: rows + 1,
                              rejected: 1, nonData: 1, periods: ["2023-03"])
    return ImportedFile(account: account, referrals: referrals, meetings: [meeting], rejections: [rejection],
                        findings: findings)
}

/// Every data table's rows as text, to compare two states of a store.
func dataDump(_ store: ConsolidationStore) throws -> [String] {
    var lines: [String] = []
    for table in ["saisines", "reunions", "persons", "rejets", "findings", "imports", "person_ids", "sites"] {
        for row in try store.db.rows("SELECT * FROM \(table) ORDER BY 1, 2") {
            lines.append(table + ": " + row.map { "\($0)" }.joined(separator: "|"))
        }
    }
    return lines
}
