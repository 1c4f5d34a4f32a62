// Recognising files by content: every unreadable input gets its own error code, quickly.

import TestSupport
import Testing
import Texts
@testable import Spreadsheet

@Suite(.texts(.en)) struct SniffingTests {

    @Test func sniffsContainersFromBytes() {
        #expect(ContentSniffer.sniff([]) == .empty)
        #expect(ContentSniffer.sniff(Array("PK\u{3}\u{4}rest".utf8)) == .zip)
        #expect(ContentSniffer.sniff([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0]) == .compoundFile)
        #expect(ContentSniffer.sniff(Array("\u{FEFF}Nom;Prénom\r\nA;B\r\n".utf8)) == .delimitedText)
        #expect(ContentSniffer.sniff(Array("a\tb\n".utf8)) == .delimitedText)
        #expect(ContentSniffer.sniff(Array("  <html><body/></html>".utf8)) == .markup)
        #expect(ContentSniffer.sniff(Array("just a sentence\n".utf8)) == .unknown)
        #expect(ContentSniffer.sniff([0x89, 0x50, 0x4E, 0x47, 0, 1, 2]) == .unknown)
    }

    @Test(arguments: [
        ("empty.xlsx", SpreadsheetError.Code.unreadable),
        ("encrypted.xlsx", .encrypted),
        ("legacy.xls", .legacyExcel),
        ("not_a_spreadsheet.xlsx", .notASpreadsheet),
        ("renamed_pdf.xlsx", .notASpreadsheet),
        ("web_page.xls", .notASpreadsheet),
        ("empty_zip.xlsx", .notASpreadsheet),
        ("other_zip.xlsx", .notASpreadsheet),
        ("truncated.xlsx", .corruptZip),
        ("overlapping_entries.xlsx", .corruptZip),
    ])
    func unreadableFilesGetTheirCode(name: String, code: SpreadsheetError.Code) {
        expectRefusal(code, within: 1) { _ = try openWorkbook(path: Fixtures.hostile(name)) }
    }

    @Test func missingPathAndDirectoryAreUnreadable() {
        expectRefusal(.unreadable) { _ = try openWorkbook(path: Fixtures.hostile("no_such_file.xlsx")) }
        expectRefusal(.unreadable) { _ = try openWorkbook(path: Fixtures.path("hostile", "")) }
    }

    @Test func errorsNameTheFile() {
        do {
            _ = try openWorkbook(path: Fixtures.hostile("legacy.xls"))
        } catch let error as SpreadsheetError {
            #expect(error.description.hasPrefix(Fixtures.hostile("legacy.xls") + ": "))
            #expect(error.message.contains(".xlsx"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
