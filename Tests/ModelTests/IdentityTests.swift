// The identities every stage shares: a cell's place, a record's provenance, an ISO date, a field's rules.

import Model
import Testing

@Suite struct IdentityTests {
    @Test func cellReferencesRoundTrip() {
        for (text, row, column) in [("A1", 1, 0), ("Z9", 9, 25), ("AA10", 10, 26), ("XFD1048576", 1_048_576, 16_383)] {
            let ref = CellRef(text)
            #expect(ref == CellRef(row: row, column: column), "\(text)")
            #expect(ref?.description == text)
        }
        #expect(CellRef("$C$17") == CellRef(row: 17, column: 2))
        #expect(CellRef("c17") == CellRef(row: 17, column: 2))
        for bad in ["", "17", "C", "C0", "1C", "C17D", "C-1", "ABCDEFGH1"] { #expect(CellRef(bad) == nil, "\(bad)") }
        #expect(CellRef("B2")! < CellRef("A3")!)
        #expect(CellRef("A2")! < CellRef("B2")!)
    }

    @Test func recordIDsRoundTripWithHashesAndBangsInNames() {
        let table = RecordID(file: "COLMAR/n#1/2023-03.ods", sheet: "Saisines!", row: 12)
        #expect(table.description == "COLMAR/n#1/2023-03.ods#Saisines!!12")
        #expect(RecordID(table.description) == table)
        let form = RecordID(file: "MULHOUSE/fiches.xlsx", sheet: "Fiche 3")
        #expect(form.description == "MULHOUSE/fiches.xlsx#Fiche 3")
        #expect(RecordID(form.description) == form)
        #expect(RecordID("no hash") == nil)
    }

    @Test func isoDatesAreStrict() {
        #expect(CivilDate(iso: "2024-02-29") == CivilDate(year: 2024, month: 2, day: 29))
        for bad in ["2023-02-29", "2023-02-31", "2023-13-01", "2023-3-05", "23-03-05", "2023-03-05T10", "２０２３-03-05", "+023-03-05"] {
            #expect(CivilDate(iso: bad) == nil, "\(bad)")
        }
    }

    @Test func theFieldsThatNameAPersonAreTheFiveOfDataModel() {
        #expect(Set(Field.allCases.filter(\.identifiesPerson)) == [.nom, .prenom, .nomNaissance, .dateNaissance, .commune])
        #expect(Field.referralColumns.first == .recordID && Field.referralColumns.last == .personID)
        #expect(Field.referralColumns.count == 25)
        #expect(!Field.mapped(in: .saisines).contains(.personID))
        #expect(Field.mapped(in: .reunions) == [.date, .domaine])
        #expect(Field.orientations.kind.codes == Orientation.allCases.map(\.rawValue))
    }

    @Test func aReferralRoundTripsThroughItsColumns() {
        var r = Referral(recordID: "f#s!2", site: "COLMAR", periode: "2023-03", territoire: "68", porteur: "CIDFF68")
        r.dateSaisine = CivilDate(year: 2023, month: 3, day: 5)
        r.nom = "Muller"
        r.age = 43
        r.mineur = false
        r.orientations = [.justice, .medical]
        r.origine = .gendarmerie
        var copy = Referral(recordID: "", site: "", periode: "", territoire: "", porteur: "")
        for field in Field.referralColumns { copy[field] = r[field] }
        r.orientations.sort()
        #expect(copy == r)
        #expect(r[.orientations].text == "MEDICAL;JUSTICE")
    }

    @Test func escapersKeepMarkupAndJSONWellFormed() {
        #expect(JSONText.quoted("a\"b\\c\n\r\t\u{1}é") == "\"a\\\"b\\\\c\\n\\r\\t\\u0001é\"")
        #expect(MarkupText.escaped("<a & \"b\">") == "&lt;a &amp; \"b\"&gt;")
        #expect(MarkupText.escaped("\"", quotes: true) == "&quot;")
        #expect(MarkupText.escaped("a\u{0}b\rc") == "a\u{FFFD}b&#13;c")
    }

    @Test func parallelMapKeepsIndexOrder() {
        #expect(ParallelMap.map(1000) { $0 * 2 } == (0..<1000).map { $0 * 2 })
        #expect(ParallelMap.flatMap(10_000, minimumChunk: 100) { [$0, $0] } == (0..<10_000).flatMap { [$0, $0] })
        #expect(ParallelMap.map(0) { $0 }.isEmpty)
    }
}
