// Forms (one record per sheet, ODS written by LibreOffice): values by their label even when the
// label moved a row, ☒/☐ boxes, an X beside an option, the minor flag against the age.

@testable import Consolidation
import Testing

@Suite("Form layouts")
struct FormLayoutTests {
    static let yaml = """
    site: TEST
    fichiers: ["forms/*.ods", "Forms_*.ods"]
    saisines:
      feuilles: ["Saisine*"]
      disposition: formulaire
      champs:
        date_saisine: {etiquettes: ["Date de la saisine"], requis: oui}
        origine:
          etiquettes: [Origine]
          cases: {GENDARMERIE: [Gendarmerie], PRESENTATION_DIRECTE: ["Présentation directe"]}
        nom: {etiquettes: [Nom], position: droite}
        age: {etiquettes: [Âge], position: droite, distance: 1}
        mineur:
          etiquettes: [Mineur]
          cases: {oui: [Oui], non: [Non]}
        motif_saisine:
          etiquettes: ["Motif de la saisine"]
          distance: 3
          cases: {VIF: ["Violences intrafamiliales"], PRECARITE: [Précarité]}
        nb_entretiens: {etiquettes: ["Nombre d'entretiens"], position: droite}
    reunions:
      feuilles: [Réunions]
      champs:
        date: [Date]
        domaine: [Domaine]
    """

    @Test func oneRecordPerSheetReadByLabels() throws {
        let result = try Fixture.run("forms", Self.yaml)
        #expect(result.referrals.map(\.recordID) == ["Forms_2023-04.ods#Saisine 1", "Forms_2023-04.ods#Saisine 2"])
        let first = try #require(result.referral("#Saisine 1"))
        #expect(first.dateSaisine?.description == "2023-04-05")
        #expect(first.nom == "LEHMANN" && first.age == 17 && first.nbEntretiens == 2)
        #expect(result.meetings.first?.domaine == .enfance)
        let account = try #require(result.accounts.first)
        #expect(account.rowsRead == 2 + 2 && account.kept == 3 && account.nonData == 1 && account.isBalanced)
    }

    @Test func labelMovedByARowStillReads() throws {
        let result = try Fixture.run("forms", Self.yaml)
        let second = try #require(result.referral("#Saisine 2"))
        #expect(second.dateSaisine?.description == "2023-04-09")
        #expect(second.nom == "WEBER" && second.nomNaissance == "SCHMITT")
        #expect(second.nbEntretiens == 2)
        #expect(result.findings("unknown_label").isEmpty)
    }

    @Test func checkBoxesAndXBesideAnOption() throws {
        let result = try Fixture.run("forms", Self.yaml)
        #expect(result.referral("#Saisine 1")?.origine == .gendarmerie)
        #expect(result.referral("#Saisine 2")?.origine == .presentationDirecte)
        #expect(result.referral("#Saisine 1")?.motifSaisine == .vif)
        #expect(result.referral("#Saisine 2")?.motifSaisine == .precarite)
    }

    @Test func minorFlagAgainstAge() throws {
        let result = try Fixture.run("forms", Self.yaml)
        // Saisine 1: 17 years and flag yes; Saisine 2: no age, flag no.
        #expect(result.referral("#Saisine 1")?.mineur == true)
        #expect(result.referral("#Saisine 2")?.mineur == false)
        #expect(result.findings("minor_age_mismatch").isEmpty)
    }

    @Test func everySheetThatLooksLikeAForm() throws {
        let yaml = Self.yaml.replacingOccurrences(of: "feuilles: [\"Saisine*\"]", with: "feuilles: tout")
        #expect(yaml.contains("feuilles: tout"))
        let result = try Fixture.run("forms", yaml)
        #expect(result.referrals.count == 2 && result.meetings.count == 1)
        #expect(result.findings("unmatched_sheet").isEmpty)
    }

    @Test func missingLabelIsReported() throws {
        let yaml = Self.yaml.replacingOccurrences(of: "etiquettes: [Nom]", with: "etiquettes: [\"Nom de famille\"]")
        let result = try Fixture.run("forms", yaml)
        let missing = result.findings("unknown_label")
        #expect(missing.count == 2 && missing.allSatisfy { $0.field == "nom" })
        #expect(result.referral("#Saisine 1")?.nom == nil)
    }
}
