// Tables: header found by known names under a title block, two-row headers with merged group
// cells, blank rows, TOTAL lines, "x" columns, hidden sheets, required fields, duplicates.

@testable import Consolidation
import TestSupport
import Testing
import Texts

@Suite("Table layouts", .texts(.en))
struct TableLayoutTests {
    /// These tests read the English texts; the French ones are checked on the real binary (IsgTests).

    static let yaml = """
    site: TEST
    fichiers: ["*.xlsx"]
    periode: fichier
    saisines:
      feuilles: [Saisines]
      ignorer: ["N°"]
      champs:
        date_saisine: {colonnes: ["Date de saisine"], requis: oui}
        nom: [Nom]
        prenom: [Prénom]
        connu_isg:
          colonnes: ["Connu ISG"]
          vocabulaire: {oui: [Oui], non: [Non], inconnu: [NSP]}
        orientations:
          cases:
            LOGEMENT: ["Orient. logement"]
            JUSTICE: ["Orient. justice"]
            AUTRE: ["Autre orientation"]
    reunions:
      feuilles: [Réunions]
      champs:
        date: [Date]
        domaine: {colonnes: [Domaine], vocabulaire: {MEDICAL: [Santé]}}
    """

    @Test func twoRowHeaderUnderATitleBlock() throws {
        let result = try Fixture.run("table", Self.yaml)
        let first = try #require(result.referral("2023-03.xlsx#Saisines!6"))
        #expect(first.dateSaisine?.description == "2023-03-01")
        #expect(first.nom == "MARTIN" && first.prenom == "Léa")
        #expect(first.connuISG == true)
        #expect(first.periode == "2023-03")
        #expect(first.territoire == "68" && first.porteur == "CIDFF68")
    }

    @Test func xColumnsMakeAListInModelOrder() throws {
        let result = try Fixture.run("table", Self.yaml)
        #expect(result.referral("Saisines!6")?.orientations == [.logement])
        #expect(result.referral("Saisines!7")?.orientations == [.justice, .autre])
        #expect(result.referral("Saisines!9")?.orientations == [])
    }

    /// The same "x" columns read as a one-value field: two ticks (row 7) are an `ambiguous_mark`
    /// error at the row, the field left empty, as two ticks on a form's boxes are.
    @Test func twoTicksOnAOneValueFieldAreAmbiguous() throws {
        let yaml = Self.yaml.replacingOccurrences(of: """
            orientations:
              cases:
                LOGEMENT: ["Orient. logement"]
                JUSTICE: ["Orient. justice"]
                AUTRE: ["Autre orientation"]
        """, with: """
            origine:
              cases:
                GENDARMERIE: ["Orient. logement"]
                PRESENTATION_DIRECTE: ["Orient. justice"]
                SERVICE_EXTERIEUR: ["Autre orientation"]
        """)
        #expect(yaml != Self.yaml)
        let result = try Fixture.run("table", yaml)
        #expect(result.referral("Saisines!6")?.origine == .gendarmerie)
        #expect(result.referral("Saisines!7")?.origine == nil)
        let ambiguous = result.findings("ambiguous_mark")
        #expect(ambiguous.map(\.row) == [7])
        #expect(ambiguous.first?.severity == .error && ambiguous.first?.field == "origine")
        #expect(result.findings("invalid_value").allSatisfy { $0.field != "origine" })
    }

    @Test func unknownWordingGivesEmptyWithoutFinding() throws {
        let result = try Fixture.run("table", Self.yaml)
        #expect(result.referral("Saisines!9")?.connuISG == nil)
        #expect(result.findings("untranslated_value").isEmpty)
    }

    @Test func accountCountsTitlesHeaderBlankAndTotalAsNonData() throws {
        let result = try Fixture.run("table", Self.yaml)
        let account = try #require(result.accounts.first)
        // Rows 1-12: title, subtitle, blank, 2 header rows, 2 kept, blank, kept, rejected, duplicate, TOTAL;
        // meetings: header + 1 kept.
        #expect(account.rowsRead == 12 + 2)
        #expect(account.kept == 3 + 1)
        #expect(account.rejected == 1)
        #expect(account.duplicates == 1)
        #expect(account.nonData == 7 + 1)
        #expect(account.isBalanced)
    }

    @Test func requiredFieldMissingRejectsTheRow() throws {
        let result = try Fixture.run("table", Self.yaml)
        #expect(result.rejections.map(\.row) == [10])
        #expect(result.rejections.first?.reason.contains("date_saisine") == true)
        let finding = try #require(result.findings("missing_required").first)
        #expect(finding.cell == "B10" && finding.severity == .error)
        #expect(finding.hint?.contains("Mappings/test.yaml line") == true)
    }

    @Test func repeatedRowIsADuplicate() throws {
        let result = try Fixture.run("table", Self.yaml)
        let duplicate = try #require(result.findings("duplicate_entry").first)
        #expect(duplicate.row == 11)
        #expect(duplicate.message.contains("2023-03.xlsx#Saisines!9"))
        #expect(result.referral("Saisines!11") == nil)
    }

    @Test func headerGivenByRowAndAConstantField() throws {
        let yaml = Self.yaml
            .replacingOccurrences(of: "  ignorer: [\"N°\"]", with: "  ignorer: [\"N°\"]\n  entete: {ligne: 4, lignes: 2}")
            .replacingOccurrences(of: "    nom: [Nom]", with: "    nom: [Nom]\n    origine: {valeur: Gendarmerie}")
        #expect(yaml.contains("entete") && yaml.contains("valeur"))
        let result = try Fixture.run("table", yaml)
        #expect(result.referrals.count == 3)
        #expect(result.referrals.map(\.origine) == [.gendarmerie, .gendarmerie, .gendarmerie])
        #expect(result.referral("Saisines!7")?.prenom == "Jean-Pierre")
    }

    @Test func hiddenSheetIsIgnoredAndMeetingsAreRead() throws {
        let result = try Fixture.run("table", Self.yaml)
        #expect(result.findings("unmatched_sheet").isEmpty)
        #expect(result.meetings.count == 1)
        #expect(result.meetings.first?.domaine == .medical)
        #expect(result.meetings.first?.date?.description == "2023-03-09")
        #expect(result.findings("unknown_column").isEmpty)
    }
}
