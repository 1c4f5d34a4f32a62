// The published 2023 Alsace table, computed from the samples' truth rows (tools/samples/truth).

#if canImport(Glibc)
import Model
import Glibc
#endif
import Store
import TestSupport
import Testing
@testable import Indicators

/// The truth files, or a folder given in ISG_TRUTH_DIR; the test is skipped until they exist.
let truthFolder: String = {
    if let dir = getenvString("ISG_TRUTH_DIR") { return dir }
    return fixturePath("../../tools/samples/truth")
}()

func getenvString(_ name: String) -> String? {
    guard let value = getenv(name) else { return nil }
    return String(cString: value)
}

@Suite struct PublishedFiguresTests {
    @Test(.enabled(if: readText(truthFolder + "/saisines.csv") != nil, "needs the samples' truth"))
    func theTruthGivesThePublished2023Table() throws {
        let saisines = try #require(readText(truthFolder + "/saisines.csv").map(parseCSV))
        let reunions = try #require(readText(truthFolder + "/reunions.csv").map(parseCSV))
        let referrals = try records(saisines).map(referral)
        let meetings = try records(reunions).map { f in
            Meeting(recordID: f["record_id"] ?? "", site: f["site"] ?? "",
                    date: f["date"].flatMap(CivilDate.init(iso:)), domaine: f["domaine"].flatMap(MeetingDomain.init(rawValue:)))
        }
        var territories: [String: String] = [:]
        for r in referrals { territories[r.site] = r.territoire }
        let report = try IndicatorRequest(period: .year(2023)).run(referrals: referrals, meetings: meetings,
                                                                    siteTerritories: territories)
        let a = try Published2023.expectTable(report)
        // Fractions exactly, by an independent count over the rows.
        #expect(a.women == Share(numerator: referrals.filter { $0.sexe == .female }.count,
                                 denominator: referrals.filter { $0.sexe != nil }.count,
                                 unknown: referrals.filter { $0.sexe == nil }.count))
        #expect(a.distinctPersons == Set(referrals.compactMap(\.personID)).count)
    }

    func records(_ rows: [[String]]) throws -> [[String: String]] {
        guard let header = rows.first else { return [] }
        return rows.dropFirst().filter { $0.count > 1 }.map { row in
            var fields: [String: String] = [:]
            for (name, value) in zip(header, row) where !value.isEmpty { fields[name] = value }
            return fields
        }
    }

    func referral(_ f: [String: String]) -> Referral {
        var r = Referral(recordID: f["record_id"] ?? "", site: f["site"] ?? "", periode: f["periode"] ?? "",
                         territoire: f["territoire"] ?? "", porteur: f["porteur"] ?? "")
        func bool(_ k: String) -> Bool? { f[k].map { $0 == "true" } }
        r.dateSaisine = f["date_saisine"].flatMap(CivilDate.init(iso:))
        r.origine = f["origine"].flatMap(Origin.init(rawValue:))
        r.sexe = f["sexe"].flatMap(Sex.init(rawValue:))
        r.mineur = bool("mineur")
        r.connuISG = bool("connu_isg")
        r.connuCEA = bool("connu_cea")
        r.motifSaisine = f["motif_saisine"].flatMap(Motive.init(rawValue:))
        r.motifIntervention = f["motif_intervention"].flatMap(Motive.init(rawValue:))
        r.nbEntretiens = f["nb_entretiens"].flatMap { Int($0) }
        r.nbLiensPartenaires = f["nb_liens_partenaires"].flatMap { Int($0) }
        r.orientations = (f["orientations"] ?? "").split(separator: ";").compactMap { Orientation(rawValue: String($0)) }
        r.personID = f["true_person"]
        return r
    }
}

/// RFC 4180: `,`, double quotes, line ends inside quotes.
func parseCSV(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var iterator = text.unicodeScalars.makeIterator()
    var pending: Unicode.Scalar? = nil
    while let c = pending ?? iterator.next() {
        pending = nil
        if quoted {
            if c == "\"" {
                if let next = iterator.next() {
                    if next == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = next }
                } else { quoted = false }
            } else {
                field.unicodeScalars.append(c)
            }
        } else if c == "\"" {
            quoted = true
        } else if c == "," {
            row.append(field); field = ""
        } else if c == "\n" {
            row.append(field); rows.append(row); row = []; field = ""
        } else if c != "\r" && c != "\u{FEFF}" {
            field.unicodeScalars.append(c)
        }
    }
    if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
    return rows
}
