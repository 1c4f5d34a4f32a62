// A yearly workbook with one sheet per month: period from the sheet name, "NOM Prénom", civility,
// list cells, both versions of a changed form read with one mapping, renamed and unknown columns.

@testable import Consolidation
import TestSupport
import Testing
import Texts

@Suite("Month sheets and form changes", .texts(.en))
struct MonthSheetsTests {
    /// These tests read the English texts; the French ones are checked on the real binary (IsgTests).

    static let yaml = """
    site: TEST
    fichiers: ["ISG*.xlsx"]
    periode: feuille
    saisines:
      feuilles: [Janv, Févr, Mars, Avr, Mai, Juin, Juil, Août, Sept, Oct, Nov, Déc]
      ignorer: [Remarques]
      champs:
        date_saisine: {colonnes: [Date], requis: oui}
        nom: {colonnes: ["NOM Prénom"], format: nom_prenom}
        sexe:
          colonnes: [Civilité]
          vocabulaire: {F: [Mme, Madame, Mlle], M: ["M.", M]}
        commune: [Commune, "Lieu de résidence"]
        motif_saisine:
          colonnes: [Motif, "Motif de saisine"]
          vocabulaire: {VIF: [VIF, "Conflit familial"], inconnu: ["?"]}
        motif_intervention:
          colonnes: ["Motif retenu"]
          vocabulaire: {VIF: [VIF], PRECARITE: [Précarité]}
          peut_manquer: oui
        orientations:
          colonnes: [Orientations]
          vocabulaire:
            SERVICES_SOCIAUX: ["Services sociaux"]
            PSYCHIATRIQUE: [Psychiatre, CMP]
            JUSTICE: [Avocat]
            LOGEMENT: [Logement]
            HEBERGEMENT_URGENCE: ["115"]
            aucun: [Aucune, "-"]
    """

    @Test func periodComesFromTheSheetName() throws {
        let result = try Fixture.run("months", Self.yaml)
        #expect(result.referral("#Janv!3")?.periode == "2023-01")
        #expect(result.referral("#Juil!3")?.periode == "2023-07")
        #expect(result.accounts.first?.periods == ["2023-01", "2023-07"])
    }

    @Test func nomPrenomCivilityAndBirthName() throws {
        let result = try Fixture.run("months", Self.yaml)
        let first = try #require(result.referral("#Janv!3"))
        #expect(first.nom == "DA SILVA" && first.prenom == "Marie-Claire" && first.sexe == .female)
        let married = try #require(result.referral("#Janv!4"))
        #expect(married.nom == "MULLER" && married.nomNaissance == "SCHMITT" && married.prenom == "Anne")
        #expect(result.referral("#Janv!5")?.sexe == .male)
        #expect(result.referral("#Juil!4")?.sexe == .male)
    }

    @Test func listCellsWithCommasSlashesAndEt() throws {
        let result = try Fixture.run("months", Self.yaml)
        #expect(result.referral("#Janv!3")?.orientations == [.servicesSociaux, .psychiatrique, .justice])
        #expect(result.referral("#Janv!5")?.orientations == [.logement, .hebergementUrgence])
        #expect(result.referral("#Juil!4")?.orientations == [.psychiatrique, .justice])
        // "Aucune" and "-" are declared "none": empty lists, no finding.
        #expect(result.referral("#Janv!4")?.orientations == [])
        #expect(result.referral("#Juil!3")?.orientations == [])
    }

    @Test func bothVersionsOfTheFormReadWithOneMapping() throws {
        let result = try Fixture.run("months", Self.yaml)
        let before = try #require(result.referral("#Janv!3"))
        #expect(before.motifSaisine == .vif && before.motifIntervention == nil && before.commune == "Mulhouse")
        let after = try #require(result.referral("#Juil!3"))
        #expect(after.motifSaisine == .vif && after.motifIntervention == .precarite && after.commune == "Brunstatt")
        // `peut_manquer`: no missing_column for the older sheet.
        #expect(result.findings("missing_column").isEmpty)
    }

    @Test func untranslatedValueIsReportedWithTheMappingLine() throws {
        let result = try Fixture.run("months", Self.yaml)
        let findings = result.findings("untranslated_value")
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.cell == "D5" && finding.value == "voir mail" && finding.field == "motif_saisine")
        #expect(finding.hint?.contains("Mappings/test.yaml line 16") == true)
        #expect(result.referral("#Janv!5")?.motifSaisine == nil)
        // "?" is declared unknown: empty, and no finding for row 4.
        #expect(result.referral("#Janv!4")?.motifSaisine == nil)
    }

    @Test func dateOutsideTheSheetMonthIsKeptAndReported() throws {
        let result = try Fixture.run("months", Self.yaml)
        #expect(result.referral("#Juil!4")?.dateSaisine?.description == "2023-06-30")
        let finding = try #require(result.findings("date_outside_period").first)
        #expect(finding.sheet == "Juil" && finding.row == 4 && finding.cell == "A4")
    }

    @Test func unknownColumnIsReported() throws {
        let result = try Fixture.run("months", Self.yaml)
        let unknown = result.findings("unknown_column")
        #expect(unknown.map(\.value) == ["Nouvelle colonne"])
        #expect(unknown.first?.cell == "I2")
    }

    @Test func renamedColumnIsSuggested() throws {
        let result = try Fixture.run("renamed", Self.yaml.replacingOccurrences(of: "ISG*.xlsx", with: "ISG renamed*.xlsx"))
        let renamed = try #require(result.findings("renamed_column").first)
        #expect(renamed.value == "Communes" && renamed.field == "commune" && renamed.cell == "E2")
        #expect(renamed.message.contains("Commune"))
        #expect(renamed.hint?.contains("Mappings/test.yaml line 13") == true)
        #expect(result.findings("missing_column").map(\.field) == ["commune"])
        #expect(result.findings("unknown_column").isEmpty)
    }
}
