// A run over several files: missing months, duplicates across files, unmatched and unreadable files.

@testable import Consolidation
import Testing

@Suite("Runs over many files")
struct RunTests {
    static let yaml = """
    site: TEST
    fichiers: ["Site_*.xlsx"]
    saisines:
      feuilles: [Saisines]
      champs:
        date_saisine: {colonnes: [Date], requis: oui}
        nom: [Nom]
    """

    @Test func unreadableFileIsAFindingAndTheRunGoesOn() throws {
        let result = try Fixture.run("run", Self.yaml)
        let unreadable = try #require(result.findings("unreadable_file").first)
        #expect(unreadable.file == "Site_2023-02.xlsx" && unreadable.severity == .error)
        #expect(result.referrals.count == 2)
    }

    @Test func fileNoMappingClaimsIsUnmatched() throws {
        let result = try Fixture.run("run", Self.yaml)
        #expect(result.findings("unmatched_file").map(\.file) == ["notes.txt"])
    }

    @Test func monthWithoutDataIsMissing() throws {
        let result = try Fixture.run("run", Self.yaml)
        let missing = result.findings("missing_month")
        #expect(missing.map(\.value) == ["2023-02"] && missing.first?.site == "TEST")
    }

    @Test func repeatInAnotherFileOfTheSiteIsADuplicate() throws {
        let result = try Fixture.run("run", Self.yaml)
        let duplicate = try #require(result.findings("duplicate_entry").first)
        #expect(duplicate.file == "Site_2023-03.xlsx" && duplicate.row == 2)
        #expect(duplicate.message.contains("Site_2023-01.xlsx#Saisines!2"))
        let march = try #require(result.accounts.first { $0.file == "Site_2023-03.xlsx" })
        #expect(march.duplicates == 1 && march.kept == 1 && march.isBalanced)
    }
}
