// A LibreOffice ODS with header line breaks, dates as French text, ages "45 ans", yes/no spellings,
// an impossible date, and counts out of bounds.

@testable import Consolidation
import Testing

@Suite("French dates, ages and counts in an ODS")
struct FrenchDatesTests {
    static let yaml = """
    site: TEST
    fichiers: ["Colmar_*.ods"]
    plausibilite: 50
    saisines:
      feuilles: [Saisines]
      champs:
        date_saisine: {colonnes: ["Date saisine"], requis: oui}
        nom: [Nom]
        date_naissance: ["Date de naissance"]
        age: [Âge]
        connu_isg: ["Connu ISG"]
        nb_entretiens: ["Nb entretiens"]
    """

    @Test func datesInEveryFrenchStyleDayFirst() throws {
        let result = try Fixture.run("dates", Self.yaml)
        #expect(result.referral("!2")?.dateSaisine?.description == "2023-03-05")
        #expect(result.referral("!3")?.dateSaisine?.description == "2023-03-05")
        #expect(result.referral("!4")?.dateSaisine?.description == "2023-03-07")
        #expect(result.referral("!5")?.dateSaisine?.description == "2023-03-08")
        #expect(result.referral("!4")?.dateNaissance?.description == "2010-03-05")
    }

    @Test func impossibleDateLeavesTheFieldEmptyButKeepsTheRow() throws {
        let result = try Fixture.run("dates", Self.yaml)
        let row = try #require(result.referral("!6"))
        #expect(row.dateSaisine == nil && row.periode == "2023-03")
        let finding = try #require(result.findings("impossible_date").first)
        #expect(finding.cell == "A6" && finding.value == "31/02/2023")
        #expect(result.rejections.isEmpty)
    }

    @Test func agesAsWrittenOrFromDates() throws {
        let result = try Fixture.run("dates", Self.yaml)
        #expect(result.referral("!2")?.age == 43)       // born 12/01/1980, referral 05/03/2023
        #expect(result.referral("!3")?.age == 45)       // "45 ans"
        #expect(result.referral("!5")?.age == 45)       // "45"
        #expect(result.referral("!4")?.age == 13 && result.referral("!4")?.mineur == true)
        #expect(result.referral("!2")?.mineur == false)
        #expect(result.referral("!6")?.mineur == nil)
    }

    @Test func yesNoInEverySpelling() throws {
        let result = try Fixture.run("dates", Self.yaml)
        #expect(["!2", "!3", "!4", "!5", "!6", "!7"].map { result.referral($0)?.connuISG } == [true, false, true, false, nil, true])
    }

    @Test func countsBelowZeroOrAboveTheBoundAreInvalid() throws {
        let result = try Fixture.run("dates", Self.yaml)
        let invalid = result.findings("invalid_value")
        #expect(Set(invalid.compactMap(\.cell)) == ["F4", "F7"])
        #expect(result.referral("!4")?.nbEntretiens == nil && result.referral("!7")?.nbEntretiens == nil)
        #expect(result.referral("!5")?.nbEntretiens == 0)
    }

    @Test func referralOutsideTheFileMonth() throws {
        let result = try Fixture.run("dates", Self.yaml)
        #expect(result.findings("date_outside_period").map(\.row) == [7])
        #expect(result.referral("!7")?.dateSaisine?.description == "2023-04-01")
    }
}
