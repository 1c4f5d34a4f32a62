// The XLSX reader on files from openpyxl, xlsxwriter, LibreOffice and a hand-made package.

import Model
import Testing
@testable import Spreadsheet

/// All rows of one sheet, keyed by row number, read through the public API.
func readRows(_ path: String, sheet: String? = nil) throws -> (rows: [Int: Row], metadata: SheetMetadata, workbook: any WorkbookReader) {
    let workbook = try openWorkbook(path: path)
    let index = try sheet.map { try workbook.sheetIndex(named: $0, file: path) } ?? 0
    var rows: [Int: Row] = [:]
    var previous = 0
    let metadata = try workbook.readSheet(index) { row in
        #expect(row.number > previous, "rows come in ascending order")
        previous = row.number
        rows[row.number] = row
    }
    return (rows, metadata, workbook)
}

@Suite struct XLSXReaderTests {
    let date = { (y: Int, m: Int, d: Int) in CivilDate(year: y, month: m, day: d) }

    @Test func openpyxlTypesDatesAndFormats() throws {
        let (rows, metadata, workbook) = try readRows(Fixtures.path("xlsx", "openpyxl_types.xlsx"))
        #expect(workbook.format == .xlsx)
        #expect(rows[1]?[0] == .string("Nom"))
        #expect(rows[1]?[1] == .string("  espaces  "), "xml:space=preserve keeps spaces")
        #expect(rows[2]?[0] == .number(42))
        #expect(rows[2]?[1] == .number(3.25))
        #expect(rows[2]?[2] == .boolean(true))
        #expect(rows[3]?[0] == .date(date(2024, 3, 1)))
        #expect(rows[3]?[1] == .dateTime(date(2024, 3, 1), secondsOfDay: 8 * 3600 + 30 * 60 + 15))
        #expect(rows[3]?[2] == .time(secondsOfDay: 14 * 3600 + 45 * 60))
        #expect(rows[4]?[0] == .duration(seconds: 36 * 3600 + 30 * 60), "[h]:mm is elapsed time")
        #expect(rows[4]?[1] == .number(45000), "quoted text in a format is not a date")
        #expect(rows[4]?[2] == .number(0.5), "colours and sections are not a date")
        #expect(rows[5]?[0] == .date(date(2023, 3, 15)), "escaped dashes do not hide the date")
        #expect(rows[6] == nil)
        #expect(rows[7]?.cells == [Cell(column: 3, value: .string("loin"))])
        #expect(metadata.mergedRegions == [MergedRegion(firstRow: 9, firstColumn: 0, lastRow: 10, lastColumn: 2)])
        #expect(metadata.lastRow == 9)
        #expect(metadata.lastColumn == 3)
    }

    @Test func hiddenVeryHiddenAndChartSheetsAreListed() throws {
        let workbook = try openWorkbook(path: Fixtures.path("xlsx", "openpyxl_types.xlsx"))
        #expect(workbook.sheets.map(\.name) == ["Types", "Cachée", "TrèsCachée", "Graphique"])
        #expect(workbook.sheets.map(\.visibility) == [.visible, .hidden, .veryHidden, .visible])
        #expect(workbook.sheets.map(\.kind) == [.worksheet, .worksheet, .worksheet, .chart])
        var chartRows = 0
        _ = try workbook.readSheet(3) { _ in chartRows += 1 }
        #expect(chartRows == 0)
        let (rows, _, _) = try readRows(Fixtures.path("xlsx", "openpyxl_types.xlsx"), sheet: "TrèsCachée")
        #expect(rows[2]?[1] == .number(7))
    }

    @Test func date1904System() throws {
        let (rows, _, _) = try readRows(Fixtures.path("xlsx", "openpyxl_date1904.xlsx"))
        #expect(rows[1]?[0] == .date(date(2024, 3, 1)))
        #expect(rows[2]?[0] == .dateTime(date(1904, 1, 2), secondsOfDay: 6 * 3600))
    }

    @Test(arguments: ["xlsxwriter_shared_strings.xlsx", "xlsxwriter_inline_strings.xlsx", "libreoffice_resaved.xlsx"])
    func writersReadTheSame(file: String) throws {
        let (rows, _, _) = try readRows(Fixtures.path("xlsx", file))
        #expect(rows[1]?[0] == .string("Prénom"))
        #expect(rows[1]?[1] == .string("un deux trois"), "rich-text runs are joined")
        #expect(rows[2]?[0] == .date(date(1900, 2, 28)))
        #expect(rows[2]?[1] == .date(date(1900, 2, 28)), "Excel's 1900-02-29 reads as the 28th")
        #expect(rows[2]?[2] == .date(date(1900, 3, 1)))
        #expect(rows[3]?[0] == .time(secondsOfDay: 18 * 3600), "AM/PM format")
        #expect(rows[3]?[1] == .duration(seconds: 5400), "[mm]:ss")
        #expect(rows[3]?[2] == .dateTime(date(2024, 3, 1), secondsOfDay: 0), "rounded up to the next midnight")
        #expect(rows[4]?[0] == .error("#DIV/0!"))
        #expect(rows[4]?[1] == .string("ab"), "formula string result")
        #expect(rows[4]?[2] == .boolean(false))
        if file != "libreoffice_resaved.xlsx" {  // LibreOffice drops the CR when saving
            #expect(rows[5]?[0] == .string("ligne\r\nsuivante"), "_x000D_ decoded")
        }
        #expect(rows[6]?.cells.map(\.value) == [.number(0.1), .number(1e20), .number(-2.5e-7)])
    }

    @Test func cellsWithoutReferencesPhoneticRunsAndEscapes() throws {
        let (rows, metadata, workbook) = try readRows(Fixtures.path("xlsx", "no_r_attributes.xlsx"))
        #expect(workbook.sheets.map(\.name) == ["Main"])
        #expect(rows[1]?.cells == [Cell(column: 0, value: .string("trimmed")), Cell(column: 1, value: .string("kept 東京")),
                                   Cell(column: 2, value: .number(1))])
        #expect(rows[2]?.cells == [Cell(column: 0, value: .string("in line"))])
        #expect(rows[5]?.cells == [Cell(column: 2, value: .string("a\rbA")), Cell(column: 3, value: .boolean(true))])
        #expect(rows[6]?.cells == [Cell(column: 1, value: .number(6))])
        #expect(metadata.lastRow == 6, "the dimension element lies; the cells tell")
        #expect(metadata.mergedRegions == [MergedRegion(firstRow: 5, firstColumn: 0, lastRow: 5, lastColumn: 1)])
    }

    /// ECMA-376 18.8.30: ids 27-36 and 50-58 are East-Asian dates and times whose code is not
    /// in styles.xml. Each row: the id, then 45000 (a date), 0.75 (a time), 45000.25 (a date-time).
    @Test func eastAsianBuiltinFormatsAreDatesAndTimes() throws {
        let (rows, _, _) = try readRows(Fixtures.path("xlsx", "xlsxwriter_east_asian_formats.xlsx"))
        let ids = Array(27...36) + Array(50...58)
        #expect(rows.count == ids.count)
        for (offset, id) in ids.enumerated() {
            let row = rows[offset + 1]
            #expect(row?[0] == .number(Double(id)))
            #expect(row?[1] == .date(date(2023, 3, 15)), "numFmtId \(id)")
            #expect(row?[2] == .time(secondsOfDay: 18 * 3600), "numFmtId \(id)")
            #expect(row?[3] == .dateTime(date(2023, 3, 15), secondsOfDay: 6 * 3600), "numFmtId \(id)")
        }
        #expect(NumberFormatKind(builtinID: 26) == .number)
        #expect(NumberFormatKind(builtinID: 37) == .number)
        #expect(NumberFormatKind(builtinID: 49) == .number)
        #expect(NumberFormatKind(builtinID: 59) == .number)
    }

    /// ECMA-376 18.3.1.4 / 18.18.11: an inline string's value is in `<is>`, never in `<v>`.
    @Test func inlineStringWithOnlyAValueElementIsEmpty() throws {
        let (rows, _, _) = try readRows(Fixtures.path("xlsx", "inline_string_without_is.xlsx"))
        #expect(rows[4]?.cells == [Cell(column: 1, value: .string("kept"))])
        #expect(rows[2]?.cells == [Cell(column: 0, value: .string("in line"))])
    }

    @Test func unknownSheetNameSuggestsTheSheets() throws {
        let workbook = try openWorkbook(path: Fixtures.path("xlsx", "openpyxl_types.xlsx"))
        #expect(try workbook.sheetIndex(named: "types", file: "f") == 0)
        expectRefusal(.sheetNotFound) { _ = try workbook.sheetIndex(named: "Nope", file: "f") }
    }
}

@Suite struct XLSXOrderTests {
    @Test func rowsGoingBackAreRefusedNotLost() {
        expectRefusal(.corruptXML) {
            let workbook = try openWorkbook(path: Fixtures.path("xlsx", "rows_out_of_order.xlsx"))
            _ = try workbook.readSheet(0) { _ in }
        }
    }
}
