// `inspect` rendering: the corpus JSON format and the readable preview.

import Model
import Testing
import Texts
@testable import Spreadsheet

@Suite struct InspectTests {
    @Test func jsonCellsFollowTheReferenceFormat() {
        #expect(InspectJSON.value(.number(3)) == "3")
        #expect(InspectJSON.value(.number(-0.0)) == "0")
        #expect(InspectJSON.value(.number(0.1)) == "0.1")
        #expect(InspectJSON.value(.number(1e300)) == "1e+300")
        #expect(InspectJSON.value(.number(.infinity)) == "{\"error\": \"#NUM!\"}")
        #expect(InspectJSON.value(.string("a\"b\\c\n\u{1}é")) == "\"a\\\"b\\\\c\\n\\u0001é\"")
        #expect(InspectJSON.value(.date(CivilDate(year: 987, month: 6, day: 5))) == "{\"date\": \"0987-06-05\"}")
        #expect(InspectJSON.value(.dateTime(CivilDate(year: 2024, month: 1, day: 2), secondsOfDay: 3_723))
                == "{\"datetime\": \"2024-01-02T01:02:03\"}")
        #expect(InspectJSON.value(.time(secondsOfDay: 86_399)) == "{\"time\": \"23:59:59\"}")
        #expect(InspectJSON.value(.duration(seconds: 5400.5)) == "{\"duration\": 5400.5}")
        #expect(InspectJSON.value(.error("#N/A")) == "{\"error\": \"#N/A\"}")
    }

    @Test func jsonWorkbookPadsGapsAndListsEverySheet() throws {
        let workbook = try openWorkbook(path: Fixtures.path("xlsx", "openpyxl_types.xlsx"))
        var out = ""
        try InspectJSON.render(workbook, fileName: "t.xlsx", sheetIndices: Array(workbook.sheets.indices)) { out += $0 }
        #expect(out.hasPrefix("{\"file\": \"t.xlsx\", \"sheets\": [{\"name\": \"Types\", \"rows\": [[\"Nom\", \"  espaces  \"], "))
        #expect(out.contains("[{\"date\": \"2023-03-15\"}], [], [null, null, null, \"loin\"], [], [\"fusion\"]]}"))
        #expect(out.hasSuffix("{\"name\": \"Graphique\", \"rows\": []}]}\n"))
    }

    @Test func previewShowsSheetsRangeMergesAndRows() throws {
        let workbook = try openWorkbook(path: Fixtures.path("xlsx", "openpyxl_types.xlsx"))
        var out = ""
        try InspectPreview.render(workbook, fileName: "t.xlsx", sheetIndices: Array(workbook.sheets.indices), rowLimit: 2,
                                  texts: Texts(.en)) { out += $0 }
        #expect(out.contains("t.xlsx: XLSX, 4 sheets"))
        #expect(out.contains("Sheet 2 \"Cachée\" (hidden)"))
        #expect(out.contains("Sheet 3 \"TrèsCachée\" (very hidden)"))
        #expect(out.contains("Sheet 4 \"Graphique\" (chart, not read)"))
        #expect(out.contains("used range A1:D9"))
        #expect(out.contains("merged: A9:C10"))
        #expect(out.contains("| Nom "))
        #expect(!out.contains("fusion"), "only the first rows")
    }

    /// The same preview in French, the default: the words change, the cells and ranges do not.
    @Test func previewIsInFrenchByDefault() throws {
        let workbook = try openWorkbook(path: Fixtures.path("xlsx", "openpyxl_types.xlsx"))
        var out = ""
        try InspectPreview.render(workbook, fileName: "t.xlsx", sheetIndices: Array(workbook.sheets.indices), rowLimit: 2,
                                  texts: Texts(.fr)) { out += $0 }
        #expect(out.contains("t.xlsx : XLSX, 4 feuilles"), "\(out)")
        #expect(out.contains("Feuille 2 « Cachée » (masquée)"))
        #expect(out.contains("Feuille 4 « Graphique » (graphique, non lu)"))
        #expect(out.contains("plage utilisée A1:D9"))
        #expect(out.contains("cellules fusionnées : A9:C10"))
        #expect(!out.contains("used range") && !out.contains("hidden"))
    }
}

@Suite struct InspectStatsTests {
    @Test func countsEveryCellByType() throws {
        let workbook = try openWorkbook(path: Fixtures.path("xlsx", "xlsxwriter_inline_strings.xlsx"))
        var out = ""
        try InspectStats.render(workbook, fileName: "t.xlsx", sheetIndices: [0], texts: Texts(.en)) { out += $0 }
        #expect(out == """
            t.xlsx: XLSX
              "Feuille": 6 rows, 15 cells (4 strings, 3 numbers, 1 boolean, 3 dates, 1 date-time, 1 time, 1 duration, 1 error)

            """)
        var french = ""
        try InspectStats.render(workbook, fileName: "t.xlsx", sheetIndices: [0], texts: Texts(.fr)) { french += $0 }
        #expect(french.contains("« Feuille » : 6 lignes, 15 cellules (4 textes, 3 nombres, 1 booléen, 3 dates, 1 date avec heure"), "\(french)")
    }
}
