// Each veto keeps apart what a clerk would keep apart, and the usual noise still links.

import Testing
@testable import Linkage

@Suite struct VetoTests {
    @Test func sameDateSurnameAndClearlyDifferentFirstNamesAreTwins() {
        let records = background() + [
            PersonRecord(recordID: "a", lastName: "Zimmermann", firstName: "Lucas", birthDate: date("2010-04-02"), sex: .male, commune: "Mulhouse"),
            PersonRecord(recordID: "b", lastName: "ZIMMERMANN", firstName: "Hugo", birthDate: date("2010-04-02"), sex: .male, commune: "Mulhouse"),
        ]
        let result = link(records)
        #expect(!together(result, "a", "b"))
        #expect(Comparer(records: records).compare(records.count - 2, records.count - 1).veto == .twins)
        // A veto is a confident decision: nobody needs to review it.
        #expect(!result.uncertain.contains { $0.recordA == "a" || $0.recordB == "a" })
    }

    @Test func similarLookingFirstNamesOfTwinsAreStillTwoNames() {
        let records = background() + [
            PersonRecord(recordID: "a", lastName: "Unterreiner", firstName: "Marie", birthDate: date("1955-09-02"), sex: .female, commune: "Saverne"),
            PersonRecord(recordID: "b", lastName: "UNTERREINER", firstName: "Martine", birthDate: date("1955-09-02"), sex: .female, commune: "Saverne"),
            PersonRecord(recordID: "e", lastName: "Zeller", firstName: "Louis", birthDate: date("2004-04-20"), commune: "Bischwiller"),
            PersonRecord(recordID: "f", lastName: "zeller", firstName: "LOUISE", birthDate: date("2004-04-20"), commune: "Bischwiller"),
            PersonRecord(recordID: "c", lastName: "Vincent", firstName: "Jean", birthDate: date("1999-06-17"), commune: "Strasbourg"),
            PersonRecord(recordID: "d", lastName: "Jean-Luc", firstName: "Vincent", birthDate: date("1999-06-17"), sex: .male, commune: "Strasbourg"),
        ]
        let result = link(records)
        #expect(!together(result, "a", "b"))
        #expect(!together(result, "c", "d"))
        #expect(!together(result, "e", "f"))
        #expect(Comparer.masculineAndFeminine("frederic", "frederique"))
        #expect(Comparer.masculineAndFeminine("daniel", "danielle"))
    }

    @Test func twinsStayApartEvenThroughARecordWithoutDate() {
        let records = background() + [
            PersonRecord(recordID: "a", lastName: "Zimmermann", firstName: "Jean-Marc", birthDate: date("2010-04-02"), sex: .male),
            PersonRecord(recordID: "b", lastName: "Zimmermann", firstName: "Jean-Luc", birthDate: date("2010-04-02"), sex: .male),
            PersonRecord(recordID: "c", lastName: "Zimmermann", firstName: "Jean", sex: .male),
        ]
        let result = link(records)
        #expect(!together(result, "a", "b"))
    }

    /// "Jean" for "Jean-Luc" is how a clerk shortens a double name; "Jean" for "Philippe-Jean" is not.
    @Test func aDoubleNameShortenedFromTheFrontIsOnePersonNotTwins() {
        let records = background() + [
            PersonRecord(recordID: "a", lastName: "Graff", firstName: "Jean-Luc", birthDate: date("2019-11-01"), sex: .male, commune: "Strasbourg"),
            PersonRecord(recordID: "b", lastName: "Graff", firstName: "Jean", birthDate: date("2019-11-01"), sex: .male, commune: "Strasbourg"),
            PersonRecord(recordID: "c", lastName: "Belfort", firstName: "Jean", birthDate: date("1958-07-30"), sex: .male, commune: "Strasbourg"),
            PersonRecord(recordID: "d", lastName: "BELFORT", firstName: "Philippe-Jean", birthDate: date("1958-07-30"), sex: .male, commune: "Strasbourg"),
        ]
        let result = link(records)
        #expect(together(result, "a", "b"))
        #expect(!together(result, "c", "d"))
    }

    /// Hasan and Hüseyin: one sound to the key, two children to their parents.
    @Test func twinsWhoseNamesShareASoundStayApart() {
        let records = background() + [
            PersonRecord(recordID: "a", lastName: "Özkan", firstName: "Hasan", birthDate: date("2018-01-05"), sex: .male, commune: "Hœnheim"),
            PersonRecord(recordID: "b", lastName: "OZKAN", firstName: "HUSEYIN", birthDate: date("2018-01-05"), sex: .male, commune: "Hœnheim"),
            PersonRecord(recordID: "c", lastName: "Benali", firstName: "Mohamed", birthDate: date("1984-02-11"), sex: .male, commune: "Colmar"),
            PersonRecord(recordID: "d", lastName: "Benali", firstName: "Muhammad", birthDate: date("1984-02-11"), sex: .male, commune: "Colmar"),
            PersonRecord(recordID: "e", lastName: "Baumann", firstName: "Anne", birthDate: date("1963-01-31"), sex: .female, commune: "Munster"),
            PersonRecord(recordID: "f", lastName: "BAUMANN", firstName: "Hannah", birthDate: date("1963-01-31"), sex: .female, commune: "Munster"),
        ]
        let result = link(records)
        #expect(!together(result, "a", "b"))
        #expect(together(result, "c", "d"))
        #expect(!together(result, "e", "f"))
    }

    @Test func halfSwappedTwinsStayApart() {
        let records = background() + [
            PersonRecord(recordID: "a", lastName: "Bernard", firstName: "GIRARD", birthDate: date("1940-04-17"), sex: .male, commune: "Mulhouse"),
            PersonRecord(recordID: "b", lastName: "Michel", firstName: "Girard", birthDate: date("1940-04-17"), sex: .male, commune: "Mulhouse"),
            PersonRecord(recordID: "c", lastName: "Girard", firstName: "Michel", birthDate: date("1940-04-17"), sex: .male, commune: "Mulhouse"),
            PersonRecord(recordID: "d", lastName: "Girard", firstName: "Paul", birthDate: date("1950-04-17"), sex: .male),
            PersonRecord(recordID: "e", lastName: "Girard", firstName: "Alice", birthDate: date("1990-02-01"), sex: .female),
        ]
        let result = link(records)
        #expect(!together(result, "a", "b"))
        #expect(together(result, "b", "c"))
    }

    @Test func differentFullBirthDatesBeyondATypoNeverLink() {
        let records = background() + [
            PersonRecord(recordID: "a", lastName: "Nussbaum", firstName: "Odile", birthDate: date("1961-05-17"), sex: .female, commune: "Thann"),
            PersonRecord(recordID: "b", lastName: "Nussbaum", firstName: "Odile", birthDate: date("1961-09-02"), sex: .female, commune: "Thann"),
        ]
        let result = link(records)
        #expect(!together(result, "a", "b"))
        #expect(Comparer(records: records).compare(records.count - 2, records.count - 1).veto == .differentBirthDates)
    }

    @Test func aChainOfSlipsCannotJoinTwoDatesNoSlipExplains() {
        // 12 -> 21 (digits swapped) -> 29 (one digit): each step a slip, but 12 and 29 are two days.
        let records = background() + ["12", "21", "29"].map { day in
            PersonRecord(recordID: day, lastName: "Nussbaum", firstName: "Odile", birthDate: date("1961-05-\(day)"), sex: .female, commune: "Thann")
        }
        let result = link(records)
        #expect(!together(result, "12", "29"))
        #expect(together(result, "12", "21") || together(result, "21", "29"))
    }

    @Test func aBirthDateTypoStillLinks() {
        let records = background() + [
            PersonRecord(recordID: "a", lastName: "Nussbaum", firstName: "Odile", birthDate: date("1961-05-17"), sex: .female, commune: "Thann"),
            PersonRecord(recordID: "c", lastName: "Nussbaum", firstName: "Odile", birthDate: date("1961-05-18"), sex: .female, commune: "Thann"),
        ]
        let result = link(records)
        #expect(together(result, "a", "c"))
    }

    /// A clerk ticks the wrong sex about once in a hundred records: evidence against, not a veto.
    @Test func aSexSlipLinksWhenEverythingElseAgrees() {
        let records = background() + [
            PersonRecord(recordID: "a", lastName: "Dreyer", firstName: "Martine", birthDate: date("1990-02-11"), sex: .female, commune: "Thann"),
            PersonRecord(recordID: "b", lastName: "Dreyer", firstName: "Martine", birthDate: date("1990-02-11"), sex: .male, commune: "Thann"),
        ]
        let c = Comparer(records: records).compare(records.count - 2, records.count - 1)
        #expect(c.veto == nil && c.sex.agreement == .different && c.sex.weight < 0)
        #expect(together(link(records), "a", "b"))
    }

    /// Twins of different sexes stay apart through their first names, not through the sex box.
    @Test func aBoyAndAGirlBornTogetherStayApart() {
        let records = background() + [
            PersonRecord(recordID: "a", lastName: "Zimmermann", firstName: "Louis", birthDate: date("2010-04-02"), sex: .male, commune: "Mulhouse"),
            PersonRecord(recordID: "b", lastName: "Zimmermann", firstName: "Léa", birthDate: date("2010-04-02"), sex: .female, commune: "Mulhouse"),
            PersonRecord(recordID: "c", lastName: "Zeller", firstName: "Louis", birthDate: date("2004-04-20"), sex: .male, commune: "Bischwiller"),
            // The girl's sex box ticked wrong: still her own person.
            PersonRecord(recordID: "d", lastName: "Zeller", firstName: "Louise", birthDate: date("2004-04-20"), sex: .male, commune: "Bischwiller"),
        ]
        let result = link(records)
        #expect(!together(result, "a", "b"))
        #expect(!together(result, "c", "d"))
        // Jules and Julie, Julien and Julie: alike to a typo, but a boy and a girl born together.
        let alike = background() + [
            PersonRecord(recordID: "e", lastName: "Graff", firstName: "Jules", birthDate: date("2011-07-04"), sex: .male, commune: "Strasbourg"),
            PersonRecord(recordID: "f", lastName: "graff", firstName: "Jule", birthDate: date("2011-07-04"), sex: .female, commune: "Strasbourg"),
            PersonRecord(recordID: "g", lastName: "Richard", firstName: "JULIEN", birthDate: date("2023-06-19"), sex: .male, commune: "Wittenheim"),
            PersonRecord(recordID: "h", lastName: "RICHARD", firstName: "Julie", birthDate: date("2023-06-19"), sex: .female, commune: "Wittenheim"),
        ]
        let apart = link(alike)
        #expect(!together(apart, "e", "f"))
        #expect(!together(apart, "g", "h"))
    }

    /// An age is evidence too: "32 ans" is not the man born in 1989, "34 ans" is.
    @Test func anAgeThatContradictsTheBirthDateKeepsRecordsApart() {
        let referral = date("2023-04-17")!
        let records = background() + [
            PersonRecord(recordID: "dated", lastName: "Bernhard", firstName: "Théo", birthDate: date("1989-01-15"), sex: .male, commune: "Thann"),
            PersonRecord(recordID: "aged32", lastName: "Bernhard", firstName: "Théo", sex: .male, commune: "Thann",
                         birthYears: PersonRecord.birthYears(age: 32, on: referral)),
            PersonRecord(recordID: "aged34", lastName: "Bernhard", firstName: "Théo", sex: .male, commune: "Thann",
                         birthYears: PersonRecord.birthYears(age: 34, on: referral)),
        ]
        let result = link(records)
        #expect(!together(result, "dated", "aged32"))
        #expect(together(result, "dated", "aged34"))
        #expect(!together(result, "aged32", "aged34"))
    }

    /// Father and son of one name: an age says which of them an undated record is.
    @Test func anAgeChoosesBetweenFatherAndSonOfOneName() {
        let referral = date("2023-06-01")!
        let records = background() + [
            PersonRecord(recordID: "father", lastName: "Heitz", firstName: "Roger", birthDate: date("1955-03-12"), sex: .male, commune: "Cernay"),
            PersonRecord(recordID: "son", lastName: "Heitz", firstName: "Roger", birthDate: date("1985-03-12"), sex: .male, commune: "Cernay"),
            PersonRecord(recordID: "aged", lastName: "Heitz", firstName: "Roger", sex: .male, commune: "Cernay",
                         birthYears: PersonRecord.birthYears(age: 38, on: referral)),
        ]
        let result = link(records)
        #expect(together(result, "son", "aged"))
        #expect(!together(result, "father", "aged"))
    }

    @Test func parentAndChildOfOneNameStayApart() {
        let records = background() + [
            PersonRecord(recordID: "father", lastName: "Heitz", firstName: "Roger", birthDate: date("1955-03-12"), sex: .male, commune: "Cernay"),
            PersonRecord(recordID: "son", lastName: "Heitz", firstName: "Roger", birthDate: date("1985-03-12"), sex: .male, commune: "Cernay"),
            // Without a date, this record fits both: it must join neither.
            PersonRecord(recordID: "undated", lastName: "Heitz", firstName: "Roger", sex: .male, commune: "Cernay"),
        ]
        let result = link(records)
        #expect(!together(result, "father", "son"))
        #expect(!together(result, "undated", "father"))
        #expect(!together(result, "undated", "son"))
        #expect(result.uncertain.contains { $0.recordA == "undated" && $0.outcome == .ambiguous })
    }

    @Test func anUndatedRecordJoinsTheOnlyPersonOfItsName() {
        let records = background() + [
            PersonRecord(recordID: "a", lastName: "Heitz", firstName: "Roger", birthDate: date("1955-03-12"), sex: .male, commune: "Cernay"),
            PersonRecord(recordID: "b", lastName: "HEITZ", firstName: "roger", commune: "Cernay"),
        ]
        #expect(together(link(records), "a", "b"))
    }

    @Test func marriedAndBirthNamesLink() {
        let records = background() + [
            PersonRecord(recordID: "a", lastName: "Schaeffer", firstName: "Martine", birthDate: date("1972-08-30"), sex: .female, commune: "Colmar"),
            PersonRecord(recordID: "b", lastName: "Wendling née Schaeffer", firstName: "Martine", birthDate: date("1972-08-30"), sex: .female, commune: "Colmar"),
            PersonRecord(recordID: "c", lastName: "Wendling", firstName: "Martine", birthName: "SCHAEFFER", birthDate: date("1972-08-30"), sex: .female, commune: "Mulhouse"),
        ]
        let result = link(records)
        #expect(together(result, "a", "b") && together(result, "b", "c"))
    }

    @Test func swappedNamesAccentsAndVariantsLink() {
        let records = background() + [
            PersonRecord(recordID: "a", lastName: "Meyer", firstName: "Hélène", birthDate: date("1980-06-01"), sex: .female, commune: "Sélestat"),
            PersonRecord(recordID: "b", lastName: "HELENE", firstName: "MAYER", birthDate: date("1980-06-01"), commune: "Selestat"),
            PersonRecord(recordID: "c", lastName: "Mohammed", firstName: "Karim", birthDate: date("1999-01-20"), sex: .male),
            PersonRecord(recordID: "d", lastName: "Mohamed", firstName: "Karim", birthDate: date("1999-01-20"), sex: .male),
        ]
        let result = link(records)
        #expect(together(result, "a", "b"))
        #expect(together(result, "c", "d"))
        #expect(!together(result, "a", "c"))
    }

    @Test func everyLinkIsExplained() {
        let records = background() + [
            PersonRecord(recordID: "a", lastName: "Nussbaum", firstName: "Odile", birthDate: date("1961-05-17"), sex: .female, commune: "Thann"),
            PersonRecord(recordID: "b", lastName: "Nussbaum", firstName: "Odile", birthDate: date("1961-05-17"), sex: .female, commune: "Thann"),
        ]
        let c = Comparer(records: records).compare(records.count - 2, records.count - 1)
        #expect(c.traits.map(\.trait) == [.lastName, .firstName, .birthDate, .sex, .commune])
        #expect(c.traits.allSatisfy { $0.agreement == .exact && $0.weight >= 0 })
        let result = link(records)
        #expect(together(result, "a", "b"))
        #expect((result.linkScores["a"] ?? 0) > 0.95)
    }
}
