// Each veto keeps apart what a clerk would keep apart, and the usual noise still links.

import Testing
@testable import Linkage

@Suite struct VetoTests {
    @Test func sameDateSurnameAndClearlyDifferentFirstNamesAreTwins() {
        let records = background() + [
            person("a", "Zimmermann", "Lucas", "2010-04-02", .male, "Mulhouse"),
            person("b", "ZIMMERMANN", "Hugo", "2010-04-02", .male, "Mulhouse"),
        ]
        let result = link(records)
        #expect(!together(result, "a", "b"))
        #expect(Comparer(records: records).compare(records.count - 2, records.count - 1).veto == .twins)
        // A veto is a confident decision: nobody needs to review it.
        #expect(!result.uncertain.contains { $0.recordA == "a" || $0.recordB == "a" })
    }

    @Test func similarLookingFirstNamesOfTwinsAreStillTwoNames() {
        let result = linkAmongOthers(
            person("a", "Unterreiner", "Marie", "1955-09-02", .female, "Saverne"),
            person("b", "UNTERREINER", "Martine", "1955-09-02", .female, "Saverne"),
            person("e", "Zeller", "Louis", "2004-04-20", nil, "Bischwiller"),
            person("f", "zeller", "LOUISE", "2004-04-20", nil, "Bischwiller"),
            person("c", "Vincent", "Jean-Marc", "1999-06-17", nil, "Strasbourg"),
            person("d", "Jean-Luc", "Vincent", "1999-06-17", .male, "Strasbourg")
        )
        #expect(!together(result, "a", "b"))
        #expect(!together(result, "c", "d"))
        #expect(!together(result, "e", "f"))
        #expect(Comparer.masculineAndFeminine("frederic", "frederique"))
        #expect(Comparer.masculineAndFeminine("daniel", "danielle"))
    }

    @Test func twinsStayApartEvenThroughARecordWithoutDate() {
        let result = linkAmongOthers(
            person("a", "Zimmermann", "Jean-Marc", "2010-04-02", .male),
            person("b", "Zimmermann", "Jean-Luc", "2010-04-02", .male),
            person("c", "Zimmermann", "Jean", nil, .male)
        )
        #expect(!together(result, "a", "b"))
    }

    /// "Jean" or "Luc" for "Jean-Luc" is one man whose double name was written in part, from the
    /// front or the back; parents do not give one twin the other's name inside their own.
    @Test func aDoubleNameWrittenInPartIsOnePersonNotTwins() {
        let result = linkAmongOthers(
            person("a", "Graff", "Jean-Luc", "2019-11-01", .male, "Strasbourg"),
            person("b", "Graff", "Jean", "2019-11-01", .male, "Strasbourg"),
            person("c", "Belfort", "Jean", "1958-07-30", .male, "Strasbourg"),
            person("d", "BELFORT", "Philippe-Jean", "1958-07-30", .male, "Strasbourg")
        )
        #expect(together(result, "a", "b"))
        #expect(together(result, "c", "d"))
    }

    /// "Marie" and "Claire" of one birth are twins, unless a record of that birth is "Marie-Claire".
    @Test func twoPartsOfADoubleNameJoinThroughTheWholeName() {
        let whole = [
            person("m", "Kieffer", "Marie", "1983-02-14", .female, "Haguenau"),
            person("c", "KIEFFER", "Claire", "1983-02-14", .female, "Haguenau"),
            person("mc", "Kieffer", "Marie-Claire", "1983-02-14", .female, "Haguenau"),
        ]
        let joined = link(background() + whole)
        #expect(together(joined, "m", "c") && together(joined, "m", "mc"))
        let twins = link(background() + whole.prefix(2))
        #expect(!together(twins, "m", "c"))
        // A namesake of that birth, married elsewhere, is no bridge between the twins.
        let namesake = linkAmongOthers(whole[0], whole[1],
                                       PersonRecord(recordID: "ns", lastName: "Muller", firstName: "Marie Claire", birthName: "Kieffer",
                                                    birthDate: date("1983-02-14"), sex: .female, commune: "Strasbourg"))
        #expect(!together(namesake, "m", "c"))
    }

    /// Hasan and Hüseyin: one sound to the key, two children to their parents.
    @Test func twinsWhoseNamesShareASoundStayApart() {
        let result = linkAmongOthers(
            person("a", "Özkan", "Hasan", "2018-01-05", .male, "Hœnheim"),
            person("b", "OZKAN", "HUSEYIN", "2018-01-05", .male, "Hœnheim"),
            person("c", "Benali", "Mohamed", "1984-02-11", .male, "Colmar"),
            person("d", "Benali", "Muhammad", "1984-02-11", .male, "Colmar"),
            person("e", "Baumann", "Anne", "1963-01-31", .female, "Munster"),
            person("f", "BAUMANN", "Hannah", "1963-01-31", .female, "Munster")
        )
        #expect(!together(result, "a", "b"))
        #expect(together(result, "c", "d"))
        #expect(!together(result, "e", "f"))
    }

    @Test func halfSwappedTwinsStayApart() {
        let result = linkAmongOthers(
            person("a", "Bernard", "GIRARD", "1940-04-17", .male, "Mulhouse"),
            person("b", "Michel", "Girard", "1940-04-17", .male, "Mulhouse"),
            person("c", "Girard", "Michel", "1940-04-17", .male, "Mulhouse"),
            person("d", "Girard", "Paul", "1950-04-17", .male),
            person("e", "Girard", "Alice", "1990-02-01", .female)
        )
        #expect(!together(result, "a", "b"))
        #expect(together(result, "b", "c"))
    }

    @Test func differentFullBirthDatesBeyondATypoNeverLink() {
        let records = background() + [
            person("a", "Nussbaum", "Odile", "1961-05-17", .female, "Thann"),
            person("b", "Nussbaum", "Odile", "1961-09-02", .female, "Thann"),
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
            person("a", "Nussbaum", "Odile", "1961-05-17", .female, "Thann"),
            person("c", "Nussbaum", "Odile", "1961-05-18", .female, "Thann"),
        ]
        let result = link(records)
        #expect(together(result, "a", "c"))
    }

    /// A clerk ticks the wrong sex about once in a hundred records: evidence against, not a veto.
    @Test func aSexSlipLinksWhenEverythingElseAgrees() {
        let records = background() + [
            person("a", "Dreyer", "Martine", "1990-02-11", .female, "Thann"),
            person("b", "Dreyer", "Martine", "1990-02-11", .male, "Thann"),
        ]
        let c = Comparer(records: records).compare(records.count - 2, records.count - 1)
        #expect(c.veto == nil && c.sex.agreement == .different && c.sex.weight < 0)
        #expect(together(link(records), "a", "b"))
        // The slip comes with a spelling of one sound: still one person; René and Renée are not.
        let result = linkAmongOthers(
            person("m1", "Haddad", "Mohamed", "1987-03-02", .male, "Colmar"),
            person("m2", "HADDAD", "Mohammed", "1987-03-02", .female, "Colmar"),
            person("r1", "Lutz", "René", "1999-12-08", .male, "Thann"),
            person("r2", "Lutz", "Renée", "1999-12-08", .female, "Thann"))
        #expect(together(result, "m1", "m2"))
        #expect(!together(result, "r1", "r2"))
    }

    /// Twins of different sexes stay apart through their first names, not through the sex box.
    @Test func aBoyAndAGirlBornTogetherStayApart() {
        let result = linkAmongOthers(
            person("a", "Zimmermann", "Louis", "2010-04-02", .male, "Mulhouse"),
            person("b", "Zimmermann", "Léa", "2010-04-02", .female, "Mulhouse"),
            person("c", "Zeller", "Louis", "2004-04-20", .male, "Bischwiller"),
            // The girl's sex box ticked wrong: still her own person.
            person("d", "Zeller", "Louise", "2004-04-20", .male, "Bischwiller")
        )
        #expect(!together(result, "a", "b"))
        #expect(!together(result, "c", "d"))
        // Jules and Julie, Julien and Julie: alike to a typo, but a boy and a girl born together.
        let alike = background() + [
            person("e", "Graff", "Jules", "2011-07-04", .male, "Strasbourg"),
            person("f", "graff", "Jule", "2011-07-04", .female, "Strasbourg"),
            person("g", "Richard", "JULIEN", "2023-06-19", .male, "Wittenheim"),
            person("h", "RICHARD", "Julie", "2023-06-19", .female, "Wittenheim"),
        ]
        let apart = link(alike)
        #expect(!together(apart, "e", "f"))
        #expect(!together(apart, "g", "h"))
    }

    /// An age is evidence too: "32 ans" is not the man born in 1989, "34 ans" is.
    @Test func anAgeThatContradictsTheBirthDateKeepsRecordsApart() {
        let referral = date("2023-04-17")!
        let result = linkAmongOthers(
            person("dated", "Bernhard", "Théo", "1989-01-15", .male, "Thann"),
            PersonRecord(recordID: "aged32", lastName: "Bernhard", firstName: "Théo", sex: .male, commune: "Thann",
                         birthYears: PersonRecord.birthYears(age: 32, on: referral)),
            PersonRecord(recordID: "aged34", lastName: "Bernhard", firstName: "Théo", sex: .male, commune: "Thann",
                         birthYears: PersonRecord.birthYears(age: 34, on: referral))
        )
        #expect(!together(result, "dated", "aged32"))
        #expect(together(result, "dated", "aged34"))
        #expect(!together(result, "aged32", "aged34"))
    }

    /// Father and son of one name: an age says which of them an undated record is.
    @Test func anAgeChoosesBetweenFatherAndSonOfOneName() {
        let referral = date("2023-06-01")!
        let result = linkAmongOthers(
            person("father", "Heitz", "Roger", "1955-03-12", .male, "Cernay"),
            person("son", "Heitz", "Roger", "1985-03-12", .male, "Cernay"),
            PersonRecord(recordID: "aged", lastName: "Heitz", firstName: "Roger", sex: .male, commune: "Cernay",
                         birthYears: PersonRecord.birthYears(age: 38, on: referral))
        )
        #expect(together(result, "son", "aged"))
        #expect(!together(result, "father", "aged"))
    }

    @Test func parentAndChildOfOneNameStayApart() {
        let result = linkAmongOthers(
            person("father", "Heitz", "Roger", "1955-03-12", .male, "Cernay"),
            person("son", "Heitz", "Roger", "1985-03-12", .male, "Cernay"),
            // Without a date, this record fits both: it may join one of them, never tie them together.
            person("undated", "Heitz", "Roger", nil, .male, "Cernay")
        )
        #expect(!together(result, "father", "son"))
        #expect(result.uncertain.filter { $0.recordA == "undated" }.map(\.outcome) == [.chosen, .ambiguous])
    }

    @Test func anUndatedRecordJoinsTheOnlyPersonOfItsName() {
        let records = background() + [
            person("a", "Heitz", "Roger", "1955-03-12", .male, "Cernay"),
            person("b", "HEITZ", "roger", nil, nil, "Cernay"),
        ]
        #expect(together(link(records), "a", "b"))
    }

    @Test func marriedAndBirthNamesLink() {
        let result = linkAmongOthers(
            person("a", "Schaeffer", "Martine", "1972-08-30", .female, "Colmar"),
            person("b", "Wendling née Schaeffer", "Martine", "1972-08-30", .female, "Colmar"),
            PersonRecord(recordID: "c", lastName: "Wendling", firstName: "Martine", birthName: "SCHAEFFER", birthDate: date("1972-08-30"), sex: .female, commune: "Mulhouse")
        )
        #expect(together(result, "a", "b") && together(result, "b", "c"))
    }

    @Test func swappedNamesAccentsAndVariantsLink() {
        let result = linkAmongOthers(
            person("a", "Meyer", "Hélène", "1980-06-01", .female, "Sélestat"),
            person("b", "HELENE", "MAYER", "1980-06-01", nil, "Selestat"),
            person("c", "Mohammed", "Karim", "1999-01-20", .male),
            person("d", "Mohamed", "Karim", "1999-01-20", .male)
        )
        #expect(together(result, "a", "b"))
        #expect(together(result, "c", "d"))
        #expect(!together(result, "a", "c"))
    }

    @Test func everyLinkIsExplained() {
        let records = background() + [
            person("a", "Nussbaum", "Odile", "1961-05-17", .female, "Thann"),
            person("b", "Nussbaum", "Odile", "1961-05-17", .female, "Thann"),
        ]
        let c = Comparer(records: records).compare(records.count - 2, records.count - 1)
        #expect(c.traits.map(\.trait) == [.lastName, .firstName, .birthDate, .sex, .commune])
        #expect(c.traits.allSatisfy { $0.agreement == .exact && $0.weight >= 0 })
        let result = link(records)
        #expect(together(result, "a", "b"))
        #expect((result.linkScores["a"] ?? 0) > 0.95)
    }
}
