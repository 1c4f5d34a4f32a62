// Checks the CSV reader on files written by Python's csv module: encodings, delimiters, quoting.

import Foundation
import TestSupport
import Testing
import Texts
@testable import Spreadsheet

@Suite(.texts(.en)) struct CSVReaderTests {


    @Test func semicolonUTF8WithBOM() throws {
        let reader = try CSVWorkbook(path: ODSCSVFixture.path("csv/semicolon_utf8_bom.csv"))
        #expect(reader.format == .csv)
        #expect(reader.sheets.map(\.name) == ["semicolon_utf8_bom"])
        #expect(reader.dialect == CSVDialect(encoding: .utf8, delimiter: UInt8(ascii: ";"), bomLength: 3))
        var rows: [Row] = []
        let metadata = try reader.readSheet(0) { rows.append($0) }
        // The blank record 4 is skipped but still numbered.
        #expect(rows.map(\.number) == [1, 2, 3, 5])
        #expect(rows[0].text(0) == "Date de saisine")
        #expect(rows[0].text(2) == "Prénom")
        #expect(rows[1].text(4) == "Dit \"urgent\", rappel prévu")
        #expect(rows[2].text(4) == "Première ligne\nseconde ligne")
        #expect(rows[2].text(5) == "1,5")
        // Empty fields are absent; no field is guessed as a number.
        #expect(rows[2][1] == nil)
        #expect(rows[2].cells.map(\.column) == [0, 2, 3, 4, 5])
        #expect(rows[3].text(3) == "Logement; hébergement")
        #expect(rows[3][4] == nil)
        #expect(rows[3].text(5) == "0")
        #expect(metadata == SheetMetadata(rowCount: 4, lastRow: 5, lastColumn: 5))
    }

    @Test func commaWithLineFeeds() throws {
        let reader = try CSVWorkbook(path: ODSCSVFixture.path("csv/comma_utf8_lf.csv"))
        #expect(reader.dialect == CSVDialect(encoding: .utf8, delimiter: UInt8(ascii: ","), bomLength: 0))
        let rows = try ODSCSVFixture.rows(reader)
        #expect(rows.map(\.number) == [1, 2, 3, 5])
        #expect(rows[1].text(4) == "Dit \"urgent\", rappel prévu")
        #expect(rows[2].text(5) == "1,5")
        #expect(rows[3].text(3) == "Logement; hébergement")
    }

    @Test func tabsInWindows1252() throws {
        let reader = try CSVWorkbook(path: ODSCSVFixture.path("csv/tab_windows1252.csv"))
        #expect(reader.dialect.encoding == .windows1252)
        #expect(reader.dialect.delimiter == UInt8(ascii: "\t"))
        let rows = try ODSCSVFixture.rows(reader)
        #expect(rows.count == 2)
        #expect(rows[0].text(2) == "Prénom")
        #expect(rows[1].text(1) == "LEFÈVRE")
        #expect(rows[1].text(2) == "Œdipe")
        #expect(rows[1].text(3) == "Coût 12 € – “test”")
        #expect(rows[1].text(4) == "l’appel")
    }

    @Test func utf16FromExcelUnicodeText() throws {
        // Reached through the sniffer, as a user would: a .txt file, recognised by its content.
        let reader = try openWorkbook(path: ODSCSVFixture.path("csv/unicode_text_utf16le.txt"))
        #expect(reader.format == .csv)
        #expect(reader.sheets.map(\.name) == ["unicode_text_utf16le"])
        let csv = try #require(reader as? CSVWorkbook)
        #expect(csv.dialect == CSVDialect(encoding: .utf16LittleEndian, delimiter: UInt8(ascii: "\t"), bomLength: 2))
        let rows = try ODSCSVFixture.rows(reader)
        #expect(rows.count == 2)
        #expect(rows[0].text(2) == "Prénom")
        #expect(rows[1].text(1) == "MÜLLER")
        #expect(rows[1].text(3) == "Violences 😟")
        #expect(rows[1].text(4) == "multi\nligne")
    }

    @Test func utf16SurrogatesAcrossChunksAndUnpaired() {
        // "a😀" in UTF-16LE, fed one byte at a time, then a lone high surrogate at the end.
        let bytes: [UInt8] = [0x61, 0x00, 0x3D, 0xD8, 0x00, 0xDE, 0x3D, 0xD8]
        var transcoder = CSVUTF16Transcoder(bigEndian: false)
        var out: [UInt8] = []
        for byte in bytes { [byte].withUnsafeBufferPointer { transcoder.transcode($0, into: &out) } }
        transcoder.finish(into: &out)
        #expect(String(decoding: out, as: UTF8.self) == "a😀\u{FFFD}")
    }

    @Test func sniffedCSVThroughOpenWorkbook() throws {
        let reader = try openWorkbook(path: ODSCSVFixture.path("csv/semicolon_utf8_bom.csv"))
        #expect(reader.format == .csv)
        #expect(try ODSCSVFixture.rows(reader).count == 4)
    }

    @Test func singleColumn() throws {
        let reader = try CSVWorkbook(path: ODSCSVFixture.path("csv/single_column.csv"))
        let rows = try ODSCSVFixture.rows(reader)
        #expect(rows.map { $0.text(0) } == ["Nom", "DURAND", "PETIT"])
        #expect(rows.allSatisfy { $0.cells.count == 1 })
    }

    @Test func delimiterFollowsConsistencyNotCount() throws {
        // Commas are more frequent here, but only semicolons split every line the same way.
        let text = "a;b,c,d;e\n1,5;x;y,z,w\n2;p;q\n"
        let path = try ODSCSVFixture.temporaryFile(named: "mix.csv", contents: Data(text.utf8))
        let reader = try CSVWorkbook(path: path)
        #expect(reader.dialect.delimiter == UInt8(ascii: ";"))
        let rows = try ODSCSVFixture.rows(reader)
        #expect(rows.map(\.cells.count) == [3, 3, 3])
    }

    @Test func excelSeparatorLine() throws {
        // The declaration settles the delimiter and is not a row, though it keeps its record number.
        let text = "sep=;\r\nNom;Note\r\nA,B;1,5\r\nC,D;2,5\r\n"
        let path = try ODSCSVFixture.temporaryFile(named: "sep.csv", contents: Data(text.utf8))
        let reader = try CSVWorkbook(path: path)
        #expect(reader.dialect.delimiter == UInt8(ascii: ";"))
        #expect(reader.dialect.hasSeparatorLine)
        let rows = try ODSCSVFixture.rows(reader)
        #expect(rows.map(\.number) == [2, 3, 4])
        #expect(rows[1].text(0) == "A,B")
        #expect(rows[1].text(1) == "1,5")
    }

    @Test func quotesAreLenientAndBareCarriageReturnsEndRecords() throws {
        let text = "x;\"ab\"cd;e\"f\r\"un\r\nclos"
        let path = try ODSCSVFixture.temporaryFile(named: "odd.csv", contents: Data(text.utf8))
        let rows = try ODSCSVFixture.rows(try CSVWorkbook(path: path))
        #expect(rows.count == 2)
        #expect(rows[0].text(1) == "abcd")
        #expect(rows[0].text(2) == "e\"f")
        // An unclosed quote keeps the rest, line breaks included.
        #expect(rows[1].number == 2)
        #expect(rows[1].text(0) == "un\r\nclos")
    }

    @Test func recordsSpanningChunksStayWhole() throws {
        // Over several 64 KiB chunks, with a multi-line quoted field in every record.
        var text = "n;texte;note\r\n"
        for i in 1...5_000 { text += "\(i);\"ligne \(i)\r\nsuite é\";ok\r\n" }
        let path = try ODSCSVFixture.temporaryFile(named: "long.csv", contents: Data(text.utf8))
        var count = 0
        var last: Row?
        _ = try CSVWorkbook(path: path).readSheet(0) { row in
            count += 1
            last = row
            if row.number > 1 {
                #expect(row.text(1) == "ligne \(row.number - 1)\r\nsuite é")
            }
        }
        #expect(count == 5_001)
        #expect(last?.number == 5_001)
    }

    @Test func unclosedQuoteIsRefusedQuicklyAtTheFieldLimit() throws {
        var data = Data("a;\"b\n".utf8)
        data.append(Data(repeating: UInt8(ascii: "x"), count: 3 << 20))
        let path = try ODSCSVFixture.temporaryFile(named: "unclosed.csv", contents: data)
        let start = ContinuousClock.now
        let reader = try CSVWorkbook(path: path, limits: ReadLimits(maxStringBytes: 1 << 20))
        let error = #expect(throws: SpreadsheetError.self) { _ = try reader.readSheet(0) { _ in } }
        #expect(error?.code == .limitExceeded)
        #expect(error?.message.contains("record 1") == true)
        #expect(ContinuousClock.now - start < .seconds(10))
    }

    @Test func invalidUTF8LateInTheFileSwitchesToWindows1252() throws {
        var data = Data("nom;ville\n".utf8)
        for _ in 0..<20_000 { data.append(Data("abc;def\n".utf8)) }
        data.append(contentsOf: [0x43, 0x61, 0x66, 0xE9, 0x3B, 0x78, 0x0A])  // "Café;x" in Windows-1252
        let path = try ODSCSVFixture.temporaryFile(named: "late.csv", contents: data)
        let reader = try CSVWorkbook(path: path)
        #expect(reader.dialect.encoding == .windows1252)
        var lastRow: Row?
        _ = try reader.readSheet(0) { lastRow = $0 }
        #expect(lastRow?.text(0) == "Café")
    }

    @Test func onlyOneSheet() throws {
        let reader = try CSVWorkbook(path: ODSCSVFixture.path("csv/single_column.csv"))
        let error = #expect(throws: SpreadsheetError.self) { _ = try reader.readSheet(1) { _ in } }
        #expect(error?.code == .sheetNotFound)
    }

    @Test func missingFileIsUnreadable() {
        let error = #expect(throws: SpreadsheetError.self) { _ = try CSVWorkbook(path: "/nonexistent/x.csv") }
        #expect(error?.code == .unreadable)
    }

    @Test func utf8ValidatorRejectsOverlongsAndSurrogates() {
        func valid(_ bytes: [UInt8]) -> Bool {
            var validator = CSVUTF8Validator()
            bytes.withUnsafeBufferPointer { validator.consume($0) }
            return validator.isComplete
        }
        #expect(valid(Array("é€😀".utf8)))
        #expect(!valid([0xC0, 0xAF]))
        #expect(!valid([0xED, 0xA0, 0x80]))
        #expect(!valid([0xF4, 0x90, 0x80, 0x80]))
        #expect(!valid([0xE9]))
        #expect(!valid([0xC3]))
    }
}
