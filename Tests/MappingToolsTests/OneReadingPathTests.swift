// The disagreements once seen between `mapping check` and the import, each now read
// once by the engine; renames from values and their veto; unclaimed sheets and files; grouping.

import Consolidation
import Foundation
import Mapping
import Model
import Spreadsheet
import TestSupport
import Testing
import Texts
@testable import MappingTools

@Suite(.texts(.en)) struct OneReadingPathTests {
    /// These tests read the English texts; the French ones are checked on the real binary (IsgTests).

    typealias F = CheckFixtures

    /// The import of in-memory sheets, through the same engine as `isg import`.
    static func imported(_ mapping: SiteMapping, _ sheets: [CheckedSheet], file: String = "x/2023-03.xlsx") -> FileResult {
        let workbook = SheetsWorkbook(sheets)
        let run = ConsolidationRun(mappings: MappingSet(sites: F.sites, mappings: [mapping])) { _ in workbook }
        return run.admit(run.read(InputFile(path: file, relativePath: file), with: mapping))
    }

    static func table(_ header: [String], _ rows: [[String]], sheet: String = "Mars") -> CheckedSheet {
        var all = [Row(number: 1, cells: header.enumerated().map { Cell(column: $0.offset, value: .string($0.element)) })]
        for (index, row) in rows.enumerated() {
            all.append(Row(number: index + 2, cells: row.enumerated().map { Cell(column: $0.offset, value: .string($0.element)) }))
        }
        return F.sheet(sheet, all)
    }

    @Test func aSheetBothTablesCouldClaimIsReadByTheOneItFits() throws {
        let yaml = F.tableMapping + """

        reunions:
          feuilles: ["*"]
          champs:
            date: {colonnes: ["Date réunion"], requis: oui}
            domaine: {colonnes: ["Domaine"]}
        """
        let mapping = try F.mapping(yaml)
        let sheets = [F.sheet("Mars", F.tableRows())]
        let result = Self.imported(mapping, sheets)
        // Before: meetings came first, found no header and rejected every row; check said covered.
        #expect(result.referrals.count == 4 && result.rejections.isEmpty && result.account.rejected == 0)
        let check = MappingCheck.check(file: "x/2023-03.xlsx", sheets: sheets, mapping: mapping)
        #expect(check.isCovered && check.sheets.first?.table == .saisines)
    }

    /// A Mulhouse table mapping's head, up to its dated first field; each case adds its fields.
    static let mulhouseTable = """
    site: MULHOUSE
    fichiers: ["*.xlsx"]
    saisines:
      champs:
        date_saisine: {colonnes: ["Date"], requis: oui}

    """

    static let listMapping = mulhouseTable + """
        orientations:
          colonnes: ["Orientations"]
          separateurs: ["/"]
          vocabulaire:
            MEDICAL: ["Médical"]
            LOGEMENT: ["Logement"]
            JUSTICE: ["Police et justice"]
    """

    @Test func aListIsSplitOnlyOnItsSeparatorsAndAWordingWithEtStaysWhole() throws {
        let mapping = try F.mapping(Self.listMapping)
        let sheets = [Self.table(["Date", "Orientations"], [["02/03/2023", "Médical, Logement"], ["03/03/2023", "Police et justice"],
                                                           ["04/03/2023", "Médical / Logement"]])]
        let result = Self.imported(mapping, sheets)
        #expect(result.referrals.map(\.orientations) == [[], [.justice], [.medical, .logement]])
        let check = MappingCheck.check(file: "x/2023-03.xlsx", sheets: sheets, mapping: mapping)
        // "," is no separator here: the whole cell is the untranslated value, as the import says;
        // "Police et justice" is one wording, never split on "et".
        #expect(check.sheets.first?.untranslated.map(\.value) == ["Médical, Logement"])
        #expect(!check.isCovered)
    }

    static let renameMapping = mulhouseTable + """
        origine_detail: {colonnes: ["Précision"]}
        date_naissance: {colonnes: ["Date de naissance"]}
        role:
          colonnes: ["Rôle"]
          vocabulaire:
            VICTIME: ["Victime"]
            AUTEUR: ["Auteur"]
        origine:
          colonnes: ["Origine"]
          vocabulaire:
            GENDARMERIE: ["Gendarmerie", "BGE"]
            PRESENTATION_DIRECTE: ["Spontané"]
    """

    static let renameRows = [["02/03/2023", "brigade", "01/02/1980", "Victime", "Gendarmerie"],
                             ["03/03/2023", "", "05/06/1975", "Auteur", "Spontané"],
                             ["04/03/2023", "", "", "Victime", "BGE"]]

    @Test func aHeaderThatGainedAWordIsProposedByImportAndCheckAlike() throws {
        let mapping = try F.mapping(Self.renameMapping)
        let sheets = [Self.table(["Date", "Précision origine", "Date de naissance", "Rôle", "Origine"], Self.renameRows)]
        let kinds = Self.imported(mapping, sheets).findings.filter { $0.severity != .info }.map(\.kind).sorted()
        // Before: the import said missing + unknown, the check proposed the rename.
        #expect(kinds == ["missing_column", "renamed_column"])
        let missing = try #require(MappingCheck.check(file: "x/2023-03.xlsx", sheets: sheets, mapping: mapping).sheets.first?.missing.first)
        #expect(missing.field == "origine_detail" && missing.renamedTo?.header == "Précision origine")
    }

    @Test func aColumnWhoseValuesAreAllOfAVocabularyIsThatFieldRenamed() throws {
        let mapping = try F.mapping(Self.renameMapping)
        let sheets = [Self.table(["Date", "Précision", "Date de naissance", "Rôle", "Provenance"], Self.renameRows)]
        let check = MappingCheck.check(file: "x/2023-03.xlsx", sheets: sheets, mapping: mapping)
        let missing = try #require(check.sheets.first?.missing.first)
        #expect(missing.field == "origine" && missing.renamedTo?.header == "Provenance")
        #expect(missing.evidence?.contains("3 values are all wordings of the origine vocabulary") == true)
        #expect(check.sheets.first?.unknown.isEmpty == true)
    }

    @Test func aRenameTheValuesContradictIsNeverProposed() throws {
        let mapping = try F.mapping(Self.renameMapping)
        // "Date de naissance ou rôle" is close in words to date_naissance, but every value is a role.
        let sheets = [Self.table(["Date", "Précision", "Date de naissance ou rôle", "Origine"],
                                 Self.renameRows.map { [$0[0], $0[1], $0[3], $0[4]] })]
        let findings = Self.imported(mapping, sheets).findings
        #expect(!findings.contains { $0.kind == "renamed_column" && $0.field == "date_naissance" })
        // Its values are role wordings, and role is missing: that is the rename proposed.
        #expect(findings.contains { $0.kind == "renamed_column" && $0.field == "role" && $0.value == "Date de naissance ou rôle" })
    }

    @Test func aMonthSheetNoPatternClaimsIsAWarningCheckedAsIfClaimed() throws {
        let yaml = F.tableMapping.replacingOccurrences(of: "feuilles: [\"*\"]", with: "feuilles: [\"Mars\"]")
        let mapping = try F.mapping(yaml)
        let sheets = [F.sheet("Mars", F.tableRows()), F.sheet("Avril 2", F.tableRows(origins: ["voir mail", "BGE", "Spontané"]))]
        let unmatched = Self.imported(mapping, sheets).findings.filter { $0.kind == "unmatched_sheet" }
        #expect(unmatched.map(\.severity) == [.warning] && unmatched.first?.sheet == "Avril 2")
        let check = MappingCheck.check(file: "x/2023-03.xlsx", sheets: sheets, mapping: mapping)
        let avril = try #require(check.sheets.first { $0.sheet == "Avril 2" })
        #expect(!check.isCovered && avril.proposedPattern?.pattern == "Avril *")
        #expect(avril.untranslated.map(\.value) == ["voir mail"])
        #expect(MappingCheckResult(files: [check]).rendered().contains("add \"Avril *\" to `feuilles:`"))
    }

    @Test func aFileTheMappingDoesNotClaimIsSaidWithThePatternThatWould() throws {
        let yaml = F.tableMapping.replacingOccurrences(of: "fichiers: [\"*.xlsx\"]", with: "fichiers: [\"MULHOUSE/*.xlsx\"]")
        let mapping = try F.mapping(yaml)
        let workbook = SheetsWorkbook([F.sheet("Mars", F.tableRows())])
        let result = MappingCheck.check(paths: ["in/COLMAR/Colmar 2023-03.ods"], mapping: mapping, mappings: nil) { _ in workbook }
        #expect(result.files.first?.proposedFilePattern == "COLMAR/Colmar *-*.ods")
        #expect(!result.isCovered)
    }

    @Test func filesThatReadAlikeAreOneBlockAndOnlyTheirDifferencesListed() throws {
        let mapping = try F.mapping(F.tableMapping)
        let good = SheetsWorkbook([F.sheet("Mars", F.tableRows())])
        let bad = SheetsWorkbook([F.sheet("Mars", F.tableRows(origins: ["voir mail", "BGE"]))])
        let paths = (1...12).map { "Samples/M/2023-\($0 < 10 ? "0" : "")\($0).xlsx" }
        let result = MappingCheck.check(paths: paths, mapping: mapping, mappings: nil) { $0.hasSuffix("-07.xlsx") ? bad : good }
        let text = result.rendered()
        #expect(text.hasPrefix("12 files (site MULHOUSE, Mappings/test.yaml), same columns: 1 with something to fix\n"), "\(text)")
        #expect(text.components(separatedBy: "ok       ").count - 1 == 6, "the columns listed once: \(text)")
        #expect(text.contains("  Samples/M/2023-07.xlsx:") && !text.contains("  Samples/M/2023-06.xlsx:"), "\(text)")
        #expect(text.split(separator: "\n").count < 20, "\(text)")
    }
}

@Suite(.texts(.en)) struct DraftVerificationTests {
    @Test func theDraftEndsWithWhatTheEngineFoundReadingItsFiles() throws {
        let sheets = [CheckFixtures.sheet("Mars", CheckFixtures.tableRows(origins: ["Gendarmerie", "BGE", "Spontané", "voir mail"]))]
        let draft = MappingDraft.draft(site: CheckFixtures.sites[0], files: [("MULHOUSE/2023.xlsx", sheets)])
        #expect(draft.contains("# Read through this draft by the engine of `isg import`: 1 file, 1 sheet read, 4 records."), "\(draft)")
        // The two TODO wordings are the engine's two untranslated values, nothing else.
        #expect(draft.contains("# Left to settle (run `isg mapping check` with this draft for the cells): 2 untranslated_value."), "\(draft)")
    }
}
