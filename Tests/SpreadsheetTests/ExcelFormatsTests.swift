// Number format classification and serial conversion, against the rules of shared/corpus/README.md.

import Model
import Testing
@testable import Spreadsheet

@Suite struct ExcelFormatsTests {
    @Test func builtinIDs() {
        #expect((14...22).allSatisfy { NumberFormatKind(builtinID: $0) == .dateTime })
        #expect(NumberFormatKind(builtinID: 45) == .dateTime)
        #expect(NumberFormatKind(builtinID: 46) == .duration)
        #expect(NumberFormatKind(builtinID: 0) == .number)
        #expect(NumberFormatKind(builtinID: 10) == .number)
    }

    @Test(arguments: [
        ("dd/mm/yyyy", NumberFormatKind.dateTime), ("DD/MM/YY", .dateTime), ("h:mm AM/PM", .dateTime),
        ("[$-40C]d mmmm yyyy;@", .dateTime), ("yyyy\\-mm\\-dd", .dateTime),
        ("[h]:mm", .duration), ("[mm]:ss", .duration), ("[ss]", .duration), ("[Blue]\\+[h]:mm;[Red]\\-[h]:mm", .duration),
        ("0.00", .number), ("General", .number), ("\"Jour \"0", .number), ("[Red]0.00;[Blue]-0.00", .number),
        ("#,##0\\ \"€\"", .number), ("0%", .number), ("#,##0*y", .number), ("@", .number), ("0.00E+00", .number),
        ("#,##0;[Red]\\-#,##0;\"mmm\"", .number),
    ])
    func customCodes(code: String, kind: NumberFormatKind) {
        #expect(NumberFormatKind(code: code) == kind, "\(code)")
    }

    @Test func serials() {
        let d = { (y: Int, m: Int, day: Int) in CivilDate(year: y, month: m, day: day) }
        #expect(ExcelSerial.value(1, kind: .dateTime, uses1904: false) == .date(d(1900, 1, 1)))
        #expect(ExcelSerial.value(60, kind: .dateTime, uses1904: false) == .date(d(1900, 2, 28)))
        #expect(ExcelSerial.value(61, kind: .dateTime, uses1904: false) == .date(d(1900, 3, 1)))
        #expect(ExcelSerial.value(0, kind: .dateTime, uses1904: true) == .time(secondsOfDay: 0))
        #expect(ExcelSerial.value(1, kind: .dateTime, uses1904: true) == .date(d(1904, 1, 2)))
        #expect(ExcelSerial.value(-0.25, kind: .dateTime, uses1904: false) == .time(secondsOfDay: 18 * 3600))
        #expect(ExcelSerial.value(0.99999999, kind: .dateTime, uses1904: false) == .time(secondsOfDay: 86_399), "a time never wraps")
        #expect(ExcelSerial.value(45351.5 + 0.6 / 86400, kind: .dateTime, uses1904: false)
                == .dateTime(d(2024, 2, 29), secondsOfDay: 43_201), "half up to the second")
        #expect(ExcelSerial.value(3e6, kind: .dateTime, uses1904: false) == .number(3e6), "beyond year 9999 stays a number")
        #expect(ExcelSerial.value(1.5, kind: .duration, uses1904: false) == .duration(seconds: 129_600))
        #expect(ExcelSerial.value(0.12345678, kind: .duration, uses1904: true) == .duration(seconds: 10666.666))
    }

    @Test func isoCells() {
        #expect(ExcelSerial.isoValue("2024-03-01") == .date(CivilDate(year: 2024, month: 3, day: 1)))
        #expect(ExcelSerial.isoValue("2024-03-01T08:30:00") == .dateTime(CivilDate(year: 2024, month: 3, day: 1), secondsOfDay: 30_600))
        #expect(ExcelSerial.isoValue("08:30:00") == .time(secondsOfDay: 30_600))
        #expect(ExcelSerial.isoValue("2014-02-14T08:27:48.765Z") == nil)
    }

    @Test func textEscapesAndTrimming() {
        #expect(XLSXText.string(Array("a_x000D__x000A_b".utf8)[...]) == "a\r\nb")
        #expect(XLSXText.string(Array("_xD83D__xDE00_".utf8)[...]) == "😀")
        #expect(XLSXText.string(Array("_x00G1_ snake_case".utf8)[...]) == "_x00G1_ snake_case")
        #expect(Array(XLSXText.trimmed(Array(" \t a b \n".utf8)[...])) == Array("a b".utf8))
    }

    @Test func cellAddresses() {
        func buffer(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) { Array(s.utf8).withUnsafeBufferPointer(body) }
        buffer("AA10") { #expect(CellAddress.column($0) == 26); #expect(CellAddress.row($0) == 10) }
        buffer("$XFD$1048576") { #expect(CellAddress.column($0) == 16_383); #expect(CellAddress.row($0) == 1_048_576) }
        buffer("12") { #expect(CellAddress.column($0) == nil) }
        buffer("B2:A1") { #expect(CellAddress.region($0) == MergedRegion(firstRow: 1, firstColumn: 0, lastRow: 2, lastColumn: 1)) }
    }
}
