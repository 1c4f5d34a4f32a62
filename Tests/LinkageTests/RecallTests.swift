// Issue 13: the persons real registers hide (placeholders, slips, married names, undated records) link, and twins still do not.

import Testing
@testable import Linkage

@Suite struct RecallTests {
    /// Her married name alone on one referral, her birth name alone on another: first name, birth
    /// date, sex and commune say she is one woman.
    @Test func aMarriedNameAloneLinksToTheBirthNameAlone() {
        let records = background() + [
            PersonRecord(recordID: "married", lastName: "Wendling", firstName: "Martine", birthDate: date("1972-08-30"), sex: .female, commune: "Colmar"),
            PersonRecord(recordID: "birth", lastName: "SCHAEFFER", firstName: "Martine", birthDate: date("1972-08-30"), sex: .female, commune: "Colmar"),
            PersonRecord(recordID: "both", lastName: "Schaeffer Wendling", firstName: "Martine", birthDate: date("1972-08-30"), sex: .female, commune: "Colmar"),
        ]
        let result = link(records)
        #expect(together(result, "married", "birth"))
        #expect(together(result, "married", "both"))
    }

    /// `01/01/1971` is a form that knew only the year: it agrees with 9 June 1971, not with 1985.
    @Test func aPlaceholderDateLinksWithinItsYearOnly() {
        let records = background() + [
            PersonRecord(recordID: "real", lastName: "Nussbaum", firstName: "Odile", birthDate: date("1971-06-09"), sex: .female, commune: "Thann"),
            PersonRecord(recordID: "placeholder", lastName: "NUSSBAUM", firstName: "odile", birthDate: date("1971-01-01"), sex: .female, commune: "Thann"),
            PersonRecord(recordID: "daughter", lastName: "Nussbaum", firstName: "Odile", birthDate: date("1995-01-01"), sex: .female, commune: "Thann"),
        ]
        let result = link(records)
        #expect(together(result, "real", "placeholder"))
        #expect(!together(result, "real", "daughter"))
        let c = Comparer(records: records).compare(records.count - 3, records.count - 2)
        #expect(c.birthDate.agreement == .partial && c.veto == nil)
        #expect(c.birthDate.weight < Comparer(records: records).compare(records.count - 3, records.count - 3).birthDate.weight)
    }

    /// A year counted wrong across a decade, or its two last digits swapped, is a slip.
    @Test func aYearTypoLinks() {
        let records = background() + [
            PersonRecord(recordID: "a", lastName: "Berisha", firstName: "Mihaela", birthDate: date("1969-11-13"), sex: .female, commune: "Colmar"),
            PersonRecord(recordID: "b", lastName: "Berisha", firstName: "Mihaela", birthDate: date("1970-11-13"), commune: "Colmar"),
            PersonRecord(recordID: "c", lastName: "Kaci", firstName: "Samira", birthDate: date("1997-05-07"), sex: .female, commune: "Strasbourg"),
            PersonRecord(recordID: "d", lastName: "Kaci", firstName: "Samira", birthDate: date("1979-05-07"), sex: .female, commune: "Strasbourg"),
        ]
        let result = link(records)
        #expect(together(result, "a", "b"))
        #expect(together(result, "c", "d"))
        #expect(BirthDateSlip.isSlip(BirthDate(year: 1979, month: 3, day: 1), BirthDate(year: 1980, month: 3, day: 1)))
        #expect(!BirthDateSlip.isSlip(BirthDate(year: 1955, month: 3, day: 12), BirthDate(year: 1985, month: 3, day: 12)))
    }

    /// A placeholder in a person's records must not veto that person's year typo through the chain.
    @Test func aPlaceholderAndAYearTypoOfOnePersonStayTogether() {
        let records = background() + [
            PersonRecord(recordID: "a", lastName: "Kaci", firstName: "Samira", birthDate: date("1997-05-07"), sex: .female, commune: "Strasbourg"),
            PersonRecord(recordID: "b", lastName: "KACI", firstName: "SAMIRA", birthDate: date("1997-01-01"), sex: .female, commune: "Strasbourg"),
            PersonRecord(recordID: "c", lastName: "Kaci", firstName: "Samira", birthDate: date("1979-05-07"), sex: .female, commune: "Strasbourg"),
        ]
        let result = link(records)
        #expect(together(result, "a", "b") && together(result, "a", "c"))
    }

    @Test func aDoubleFirstNameWrittenInPartLinks() {
        let records = background() + [
            PersonRecord(recordID: "a", lastName: "Schneider", firstName: "Thibaut-Hubert", birthDate: date("1988-10-21"), sex: .male, commune: "Mulhouse"),
            PersonRecord(recordID: "b", lastName: "Schneider", firstName: "Thibaut", birthDate: date("1988-10-21"), sex: .male, commune: "Mulhouse"),
            PersonRecord(recordID: "c", lastName: "Schneider", firstName: "Thibaut Hubert", commune: "Mulhouse"),
        ]
        let result = link(records)
        #expect(together(result, "a", "b") && together(result, "a", "c"))
    }

    /// An undated record joins the person its names fit, even when that person's records carry a
    /// placeholder (which once looked like a second person of the same name).
    @Test func anUndatedRecordIsNotMadeAmbiguousByAPlaceholder() {
        let records = background() + [
            PersonRecord(recordID: "dated", lastName: "Schmitt", firstName: "Thibaut", birthDate: date("1991-03-22"), sex: .male, commune: "Mulhouse"),
            PersonRecord(recordID: "placeholder", lastName: "SCHMITT", firstName: "THIBAUT", birthDate: date("1991-01-01"), sex: .male, commune: "Mulhouse"),
            PersonRecord(recordID: "undated", lastName: "Schmitt", firstName: "Thibaut", sex: .male, commune: "Mulhouse"),
        ]
        let result = link(records)
        #expect(together(result, "dated", "placeholder") && together(result, "dated", "undated"))
        #expect(!result.uncertain.contains { $0.outcome == .ambiguous })
    }
}
