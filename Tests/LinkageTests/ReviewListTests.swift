// Issue 13: the review list holds the doubtful decisions that change who is one person, and nothing else.

import Testing
@testable import Linkage

@Suite struct ReviewListTests {
    @Test func confidentLinksAndVetoesAreNotListed() {
        let records = background() + [
            PersonRecord(recordID: "a", lastName: "Nussbaum", firstName: "Odile", birthDate: date("1961-05-17"), sex: .female, commune: "Thann"),
            PersonRecord(recordID: "b", lastName: "NUSSBAUM", firstName: "odile", birthDate: date("1961-05-17"), sex: .female, commune: "Thann"),
            PersonRecord(recordID: "t1", lastName: "Zimmermann", firstName: "Lucas", birthDate: date("2010-04-02"), sex: .male, commune: "Mulhouse"),
            PersonRecord(recordID: "t2", lastName: "Zimmermann", firstName: "Hugo", birthDate: date("2010-04-02"), sex: .male, commune: "Mulhouse"),
        ]
        let result = link(records)
        #expect(together(result, "a", "b") && !together(result, "t1", "t2"))
        #expect(result.uncertain.isEmpty)
    }

    @Test func anUndatedRecordBetweenTwoPersonsIsListedWithBoth() {
        let records = background() + [
            PersonRecord(recordID: "father", lastName: "Heitz", firstName: "Roger", birthDate: date("1955-03-12"), sex: .male, commune: "Cernay"),
            PersonRecord(recordID: "son", lastName: "Heitz", firstName: "Roger", birthDate: date("1985-03-12"), sex: .male, commune: "Cernay"),
            PersonRecord(recordID: "undated", lastName: "Heitz", firstName: "Roger", sex: .male, commune: "Cernay"),
        ]
        let listed = link(records).uncertain
        #expect(listed.count == 2)
        #expect(Set(listed.map(\.recordB)) == ["father", "son"])
        #expect(listed.allSatisfy { $0.recordA == "undated" && $0.outcome == .ambiguous })
    }

    /// Several doubtful pairs between the same two persons are one decision: listed once.
    @Test func oneEntryPerPairOfPersons() {
        let records = background() + [
            PersonRecord(recordID: "m1", lastName: "Roux", firstName: "Emma", birthDate: date("1977-01-27"), sex: .female, commune: "Riedisheim"),
            PersonRecord(recordID: "m2", lastName: "ROUX", firstName: "emma", birthDate: date("1977-01-27"), sex: .female, commune: "Riedisheim"),
            PersonRecord(recordID: "b1", lastName: "Martin", firstName: "Emma", birthDate: date("1977-01-27"), sex: .female, commune: "Lutterbach"),
            PersonRecord(recordID: "b2", lastName: "MARTIN", firstName: "EMMA", birthDate: date("1977-01-27"), sex: .female, commune: "Lutterbach"),
        ]
        let result = link(records)
        let between = result.uncertain.filter { Set([$0.recordA, $0.recordB]).isSubset(of: ["m1", "m2", "b1", "b2"]) }
        #expect(between.count <= 1)
        let keys = result.uncertain.map { [$0.recordA, $0.recordB] }
        #expect(Set(keys).count == keys.count)
    }
}
