// `mapping check`: a form change is reported with the right suggestion, and passes after the edit.

import MappingTools
import Foundation
import Mapping
import Spreadsheet
import Testing
import Texts
@testable import MappingTools
import Consolidation

@Suite struct MappingCheckTests {
    /// These tests read the English texts; the French ones are checked on the real binary (IsgTests).
    init() { Texts.current = Texts(.en) }

    typealias F = CheckFixtures

    func check(_ mappingText: String, _ sheets: [CheckedSheet]) throws -> FileCheck {
        MappingCheck.check(file: "mulhouse/2023.xlsx", sheets: sheets, mapping: try F.mapping(mappingText))
    }

    @Test func theShippedFormIsCoveredAndEveryColumnNamed() throws {
        let result = try check(F.tableMapping, [F.sheet("Mars", F.tableRows()), F.sheet("Listes", [], visibility: .hidden)])
        #expect(result.isCovered, "\(MappingCheckResult(files: [result]).rendered())")
        let sheet = try #require(result.sheets.first)
        #expect(sheet.headerRows == 3...3)
        #expect(sheet.dataRows == 4) // the totals line is not data
        #expect(sheet.columns.map(\.field) == ["date_saisine", "nom", "sexe", "origine", "nb_entretiens", "orientations"])
        #expect(sheet.columns.first { $0.field == "origine" }?.cell == "E3")
        #expect(result.sheets.count == 1) // the hidden sheet is not listed
    }

    @Test func aRenamedColumnIsSuggestedAndTheEditMakesItPass() throws {
        var header = F.header
        header[4] = "Origine saisine"
        let rows = F.tableRows(header: header)
        let result = try check(F.tableMapping, [F.sheet("Mars", rows)])
        #expect(!result.isCovered)
        let missing = try #require(result.sheets.first?.missing.first)
        #expect(missing.field == "origine")
        #expect(missing.renamedTo?.header == "Origine saisine")
        #expect(missing.renamedTo?.cell == "E3")
        #expect((missing.similarity ?? 0) >= MappingCheck.renameThreshold)
        let text = MappingCheckResult(files: [result]).rendered()
        #expect(text.contains("renamed? E3 \"Origine saisine\""))
        #expect(text.contains("add \"Origine saisine\" to `colonnes:` of origine at line 16"), "\(text)")

        // The suggested edit: the new wording beside the old one, at line 16.
        let edited = F.tableMapping.replacingOccurrences(of: "colonnes: [\"Origine\"]", with: "colonnes: [\"Origine\", \"Origine saisine\"]")
        #expect(try check(edited, [F.sheet("Mars", rows)]).isCovered)
    }

    @Test func aMovedColumnStillMatchesAtItsNewPlace() throws {
        var header = F.header
        header.swapAt(3, 6)
        let result = try check(F.tableMapping, [F.sheet("Mars", F.tableRows(header: header))])
        #expect(result.isCovered, "\(MappingCheckResult(files: [result]).rendered())")
        #expect(result.sheets.first?.columns.first { $0.field == "sexe" }?.cell == "G3")
    }

    @Test func anAddedColumnIsUnknownUntilIgnored() throws {
        let rows = F.tableRows(header: F.header + ["Remarques"])
        let result = try check(F.tableMapping, [F.sheet("Mars", rows)])
        #expect(!result.isCovered)
        #expect(result.sheets.first?.unknown.map(\.header) == ["Remarques"])
        #expect(result.sheets.first?.unknown.first?.cell == "H3")
        #expect(MappingCheckResult(files: [result]).rendered().contains("UNKNOWN  header H3 \"Remarques\""))
        let edited = F.tableMapping.replacingOccurrences(of: "ignorer: [\"N°\"]", with: "ignorer: [\"N°\", \"Remarques\"]")
        #expect(try check(edited, [F.sheet("Mars", rows)]).isCovered)
    }

    @Test func untranslatedValuesAreCountedWithTheirFirstCells() throws {
        let rows = F.tableRows(origins: ["voir mail", "Gendarmerie", "Voir  mail", "CCAS"])
        let result = try check(F.tableMapping, [F.sheet("Mars", rows)])
        let values = result.sheets.first?.untranslated ?? []
        #expect(values.map(\.value) == ["voir mail", "CCAS"])
        #expect(values.first?.count == 2)
        #expect(values.first?.firstCells == ["E4", "E6"])
        #expect(values.first?.line == 18) // the vocabulary's first code
        #expect(MappingCheckResult(files: [result]).summary == "NOT COVERED: 2 untranslated values.")
    }

    @Test func listCellsAreCheckedItemByItem() throws {
        var rows = F.tableRows()
        rows[3].cells[6] = Cell(column: 6, value: .string("médical / psy"))
        let result = try check(F.tableMapping, [F.sheet("Mars", rows)])
        #expect(result.sheets.first?.untranslated.map(\.value) == ["psy"])
    }

    @Test func aSheetWithoutKnownHeaderIsNotRead() throws {
        let rows = [Row(number: 1, cells: [Cell(column: 0, value: .string("Tout autre chose"))])]
        let result = try check(F.tableMapping, [F.sheet("Notes", rows)])
        #expect(result.sheets.first?.problem != nil)
        #expect(!result.isCovered)
    }

    @Test func aFormLabelMovedByARowIsStillFound() throws {
        let result = MappingCheck.check(file: "altkirch/2023-02.xlsx",
                                        sheets: [F.sheet("Saisine 1", F.formRows(shift: 1)), F.sheet("Réunions", [])],
                                        mapping: try F.mapping(F.formMapping))
        #expect(result.isCovered, "\(MappingCheckResult(files: [result]).rendered())")
        #expect(result.sheets.first?.columns.first { $0.field == "nom" }?.cell == "A6")
    }

    @Test func aRenamedFormLabelIsSuggestedAndTheEditMakesItPass() throws {
        let rows = F.formRows(dateLabel: "Date saisine :")
        let mapping = try F.mapping(F.formMapping)
        let result = MappingCheck.check(file: "a.xlsx", sheets: [F.sheet("Saisine 1", rows)], mapping: mapping)
        let missing = try #require(result.sheets.first?.missing.first)
        #expect(missing.field == "date_saisine" && missing.required)
        #expect(missing.renamedTo?.header == "Date saisine :")
        let text = MappingCheckResult(files: [result]).rendered()
        #expect(text.contains("add \"Date saisine :\" to `etiquettes:` of date_saisine at line 7"), "\(text)")
        let edited = F.formMapping.replacingOccurrences(of: "[\"Date de la saisine :\"]", with: "[\"Date de la saisine :\", \"Date saisine :\"]")
        #expect(MappingCheck.check(file: "a.xlsx", sheets: [F.sheet("Saisine 1", rows)], mapping: try F.mapping(edited)).isCovered)
    }

    @Test func anUnknownTickMarkIsAnUntranslatedValue() throws {
        let result = MappingCheck.check(file: "a.xlsx", sheets: [F.sheet("Saisine 1", F.formRows(known: "voir mail"))],
                                        mapping: try F.mapping(F.formMapping))
        #expect(result.sheets.first?.untranslated.map(\.value) == ["voir mail"])
        #expect(result.sheets.first?.untranslated.first?.firstCells == ["B8"])
    }
}
