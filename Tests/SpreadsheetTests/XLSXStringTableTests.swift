// The packed shared-string table: what goes in comes out, across pages, empty and oversized strings.

import Testing
@testable import Spreadsheet

@Suite struct XLSXStringTableTests {
    private func append(_ table: XLSXStringTable, _ string: String) {
        var copy = string
        copy.withUTF8 { table.append(UnsafeRawBufferPointer($0)) }
    }

    @Test func stringsComeBackAcrossPagesAndOwnPages() {
        let table = XLSXStringTable()
        var expected: [String] = []
        // 40,000 strings of 30 to 60 bytes fill more than one 1 MiB page; a 100 KiB string and
        // an empty one sit between them.
        for i in 0..<40_000 {
            let string: String
            switch i {
            case 7: string = ""
            case 20_000: string = String(repeating: "é", count: 50_000)
            default: string = "chaîne n° \(i) " + String(repeating: "x", count: i % 31)
            }
            expected.append(string)
            append(table, string)
        }
        #expect(table.count == expected.count)
        for (i, string) in expected.enumerated() where table.string(at: i) != string {
            Issue.record("entry \(i) came back different")
            return
        }
        #expect(table.bytes(at: 7).count == 0)
        #expect(table.bytes(at: 20_000).count == 100_000)
    }

    @Test func invalidUTF8IsRepairedOnTheWayOut() {
        let table = XLSXStringTable()
        [UInt8(0x41), 0xFF, 0x42].withUnsafeBytes { table.append($0) }
        #expect(table.string(at: 0) == "A\u{FFFD}B")
    }
}
