// The persons real registers hide (placeholders, slips, married names, undated records) link, and twins still do not.

import Testing
@testable import Linkage

@Suite struct RecallTests {
    /// Her married name alone on one referral, her birth name alone on another: first name, birth
    /// date, sex and commune say she is one woman.
    @Test func aMarriedNameAloneLinksToTheBirthNameAlone() {
        let result = linkAmongOthers(
            person("married", "Wendling", "Martine", "1972-08-30", .female, "Colmar"),
            person("birth", "SCHAEFFER", "Martine", "1972-08-30", .female, "Colmar"),
            person("both", "Schaeffer Wendling", "Martine", "1972-08-30", .female, "Colmar")
        )
        #expect(together(result, "married", "birth"))
        #expect(together(result, "married", "both"))
    }

    /// `01/01/1971` is a form that knew only the year: it agrees with 9 June 1971, not with 1985.
    @Test func aPlaceholderDateLinksWithinItsYearOnly() {
        let records = background() + [
            person("real", "Nussbaum", "Odile", "1971-06-09", .female, "Thann"),
            person("placeholder", "NUSSBAUM", "odile", "1971-01-01", .female, "Thann"),
            person("daughter", "Nussbaum", "Odile", "1995-01-01", .female, "Thann"),
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
            person("a", "Berisha", "Mihaela", "1969-11-13", .female, "Colmar"),
            person("b", "Berisha", "Mihaela", "1970-11-13", nil, "Colmar"),
            person("c", "Kaci", "Samira", "1997-05-07", .female, "Strasbourg"),
            person("d", "Kaci", "Samira", "1979-05-07", .female, "Strasbourg"),
        ]
        let result = link(records)
        #expect(together(result, "a", "b"))
        #expect(together(result, "c", "d"))
        #expect(BirthDateSlip.isSlip(BirthDate(year: 1979, month: 3, day: 1), BirthDate(year: 1980, month: 3, day: 1)))
        #expect(!BirthDateSlip.isSlip(BirthDate(year: 1955, month: 3, day: 12), BirthDate(year: 1985, month: 3, day: 12)))
    }

    /// A placeholder in a person's records must not veto that person's year typo through the chain.
    @Test func aPlaceholderAndAYearTypoOfOnePersonStayTogether() {
        let result = linkAmongOthers(
            person("a", "Kaci", "Samira", "1997-05-07", .female, "Strasbourg"),
            person("b", "KACI", "SAMIRA", "1997-01-01", .female, "Strasbourg"),
            person("c", "Kaci", "Samira", "1979-05-07", .female, "Strasbourg")
        )
        #expect(together(result, "a", "b") && together(result, "a", "c"))
    }

    @Test func aDoubleFirstNameWrittenInPartLinks() {
        let records = background() + [
            person("a", "Schneider", "Thibaut-Hubert", "1988-10-21", .male, "Mulhouse"),
            person("b", "Schneider", "Thibaut", "1988-10-21", .male, "Mulhouse"),
            person("c", "Schneider", "Thibaut Hubert", nil, nil, "Mulhouse"),
        ]
        let result = link(records)
        #expect(together(result, "a", "b") && together(result, "a", "c"))
    }

    /// An undated record joins the person its names fit, even when that person's records carry a
    /// placeholder (which once looked like a second person of the same name).
    @Test func anUndatedRecordIsNotMadeAmbiguousByAPlaceholder() {
        let result = linkAmongOthers(
            person("dated", "Schmitt", "Thibaut", "1991-03-22", .male, "Mulhouse"),
            person("placeholder", "SCHMITT", "THIBAUT", "1991-01-01", .male, "Mulhouse"),
            person("undated", "Schmitt", "Thibaut", nil, .male, "Mulhouse")
        )
        #expect(together(result, "dated", "placeholder") && together(result, "dated", "undated"))
        #expect(!result.uncertain.contains { $0.outcome == .ambiguous || $0.outcome == .chosen })
    }
}
