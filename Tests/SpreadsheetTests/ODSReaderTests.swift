// Checks the ODS reader on files written by odfpy and by LibreOffice: value types, text, merges, sheets.

import Model
import Testing
@testable import Spreadsheet

@Suite struct ODSReaderTests {
    static func open(_ name: String) throws -> any WorkbookReader {
        try openWorkbook(path: ODSCSVFixture.path("ods/\(name)"))
    }

    @Test func sheetsInOrderWithTheHiddenOneMarked() throws {
        let reader = try Self.open("values.ods")
        #expect(reader.format == .ods)
        #expect(reader.sheets.map(\.name) == ["Valeurs", "Listes", "Vide & <propre>"])
        #expect(reader.sheets.map(\.visibility) == [.visible, .hidden, .visible])
        #expect(try ODSCSVFixture.rows(reader, sheet: 2).isEmpty)
    }

    @Test func everyValueType() throws {
        let rows = try ODSCSVFixture.rows(try Self.open("values.ods"))
        let numbers: [CellValue] = [.number(42), .number(3.25), .number(0.5), .number(12.5), .boolean(true)]
        #expect(rows[0].cells.map(\.value) == numbers)
        let day = CivilDate(year: 2025, month: 3, day: 4)
        let expected: [CellValue] = [
            .date(day), .dateTime(day, secondsOfDay: 52_215), .time(secondsOfDay: 32_700),
            .duration(seconds: 108_000),
            // 1.6 s rounds half up to 2 s.
            .time(secondsOfDay: 2),
        ]
        #expect(rows[1].cells.map(\.value) == expected)
    }

    @Test func textRunsAndWhatIsNotText() throws {
        let rows = try ODSCSVFixture.rows(try Self.open("values.ods"))
        let text = rows[2]
        #expect(text.text(0) == "Première ligne\nseconde ligne")
        #expect(text.text(1) == "a   b\tc\nd")
        #expect(text.text(2) == "Mme DUPONT voir le site")
        // The annotation's paragraph is not part of the value.
        #expect(text.text(3) == "Oui")
        #expect(text.text(4) == "valeur de l'attribut")
        // A paragraph without a value type is not a value (as calamine reads it).
        #expect(text[5] == nil)
        #expect(text.cells.count == 5)
    }

    @Test func mergedCoveredAndRepeatedCells() throws {
        var rows: [Row] = []
        let metadata = try Self.open("values.ods").readSheet(0) { rows.append($0) }
        #expect(rows[3].number == 4)
        let merged: [CellValue] = [.string("Fusion"), .number(7), .string("x"), .string("x"), .string("x")]
        #expect(rows[3].cells.map(\.value) == merged)
        #expect(rows[3].cells.map(\.column) == [0, 1, 2, 3, 4])
        #expect(rows[4].cells == [Cell(column: 4, value: .number(1))])
        #expect(metadata.mergedRegions == [MergedRegion(firstRow: 4, firstColumn: 0, lastRow: 5, lastColumn: 1)])
        // Three empty rows are skipped, the repeated row comes out twice with its own numbers.
        #expect(rows.map(\.number) == [1, 2, 3, 4, 5, 9, 10])
        #expect(rows[5].cells == [Cell(column: 1, value: .string("Non"))])
        #expect(rows[6].cells == rows[5].cells)
        #expect(metadata.rowCount == 7)
        #expect(metadata.lastRow == 10)
        #expect(metadata.lastColumn == 4)
    }

    @Test func libreOfficeFile() throws {
        let reader = try Self.open("libreoffice.ods")
        #expect(reader.sheets.map(\.name) == ["Saisines", "Listes"])
        #expect(reader.sheets[1].visibility == .hidden)
        var rows: [Row] = []
        let metadata = try reader.readSheet(0) { rows.append($0) }
        #expect(rows.map(\.number) == [1, 2, 3, 5, 7])
        #expect(rows[0].text(1) == "Nom\nPrénom")
        let first: [CellValue] = [
            .date(CivilDate(year: 2025, month: 1, day: 6)), .string("MARTIN Élodie"), .number(45), .string("Oui")]
        #expect(rows[1].cells.map(\.value) == first)
        #expect(rows[2][2] == .string("45 ans"))
        #expect(rows[3][0] == .dateTime(CivilDate(year: 2025, month: 1, day: 20), secondsOfDay: 10 * 3600 + 30 * 60))
        #expect(rows[4].text(0) == "TOTAL")
        #expect(metadata.mergedRegions == [MergedRegion(firstRow: 7, firstColumn: 0, lastRow: 7, lastColumn: 1)])
        #expect(try ODSCSVFixture.rows(reader, sheet: 1).map { $0.text(0) } == ["Oui", "Non"])
    }

    @Test func sheetsReadInAnyOrderAcrossChunkBoundaries() throws {
        // 40 sheets of ~12 KiB of XML each: table tags fall across the 64 KiB inflate chunks.
        let reader = try Self.open("many_sheets.ods")
        #expect(reader.sheets.map(\.name) == (1...40).map { "Feuille \($0)" })
        for index in [39, 0, 17, 18, 5] {
            let rows = try ODSCSVFixture.rows(reader, sheet: index)
            #expect(rows.count == 60)
            #expect(rows.last?.text(0)?.hasPrefix("s\(index)r59 ") == true)
        }
    }

    @Test func layoutsTheByteSearchLeavesToTheFullParse() throws {
        for name in ["table_in_comment.ods", "namespace_below_root.ods", "long_prologue.ods"] {
            let reader = try Self.open(name)
            #expect(reader.sheets.map(\.name) == ["Un", "Deux"], "\(name)")
            #expect(try ODSCSVFixture.rows(reader, sheet: 1).first?.text(0) == "a", "\(name)")
        }
    }

    @Test func storedContent() throws {
        let reader = try Self.open("stored_content.ods")
        #expect(reader.sheets.map(\.name) == ["T0", "T1", "T2"])
        for index in [0, 1, 2, 1] {
            #expect(try ODSCSVFixture.rows(reader, sheet: index).first?.text(0) == "a")
        }
    }

    @Test func contentInLatin1() throws {
        let reader = try Self.open("latin1_content.ods")
        #expect(reader.sheets.map(\.name) == ["Données"])
        #expect(try ODSCSVFixture.rows(reader).first?.text(0) == "Sélestat")
    }

    @Test func noSuchSheet() throws {
        let reader = try Self.open("values.ods")
        let error = #expect(throws: SpreadsheetError.self) { _ = try reader.readSheet(3) { _ in } }
        #expect(error?.code == .sheetNotFound)
    }
}

@Suite struct ODSValueParsingTests {
    func parse<T>(_ text: String, _ parser: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        Array(text.utf8).withUnsafeBufferPointer { parser($0) }
    }

    @Test func dates() {
        #expect(parse("2024-02-29", ODSValueParsing.date) == .date(CivilDate(year: 2024, month: 2, day: 29)))
        #expect(parse("2023-02-29", ODSValueParsing.date) == nil)
        #expect(parse("2025-01-01T23:59:59.7", ODSValueParsing.date)
                == .dateTime(CivilDate(year: 2025, month: 1, day: 1), secondsOfDay: 86_399))
        #expect(parse("2025-01-01T08:00:00Z", ODSValueParsing.date)
                == .dateTime(CivilDate(year: 2025, month: 1, day: 1), secondsOfDay: 8 * 3600))
        #expect(parse("01/02/2025", ODSValueParsing.date) == nil)
    }

    @Test func timesAndDurations() {
        #expect(parse("PT10H10M10.123456S", ODSValueParsing.time) == .time(secondsOfDay: 36_610))
        #expect(parse("PT10H10M10.5S", ODSValueParsing.time) == .time(secondsOfDay: 36_611))
        #expect(parse("PT255H10M10S", ODSValueParsing.time) == .duration(seconds: 918_610))
        #expect(parse("P1DT2H", ODSValueParsing.time) == .duration(seconds: 93_600))
        #expect(parse("-PT1H", ODSValueParsing.time) == .duration(seconds: -3600))
        #expect(parse("PT", ODSValueParsing.time) == nil)
        #expect(parse("P1Y", ODSValueParsing.time) == nil)
    }

    @Test func numbersAndCounts() {
        #expect(parse("42", ODSValueParsing.number) == 42)
        #expect(parse("-0.125", ODSValueParsing.number) == -0.125)
        #expect(parse("1E3", ODSValueParsing.number) == 1000)
        #expect(parse("12,5", ODSValueParsing.number) == nil)
        #expect(parse("2147483648", { ODSValueParsing.count($0) }) == Int(Int32.max))
        #expect(parse("99999999999999999999999", { ODSValueParsing.count($0) }) == Int(Int32.max))
        #expect(parse("0", { ODSValueParsing.count($0) }) == 1)
        #expect(parse("abc", { ODSValueParsing.count($0) }) == 1)
    }
}
