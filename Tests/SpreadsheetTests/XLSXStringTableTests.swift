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
        for (i, string) in expected.enumerated() where table.string(at: i) != (string.isEmpty ? nil : string) {
            Issue.record("entry \(i) came back different")
            return
        }
        #expect(table.string(at: 7) == nil)
        // Compressed: the repetitive text takes well under its raw size.
        let raw = expected.reduce(0) { $0 + $1.utf8.count }
        #expect(table.storedBytes < raw * 3 / 4)
    }

    @Test func arbitraryBytesRoundTripAfterTraining() {
        // Bytes the sample never showed (every value 0-255, long runs) still come back exactly.
        let table = XLSXStringTable()
        var generator = SystemRandomNumberGenerator()
        var expected: [[UInt8]] = []
        for i in 0..<5_000 {
            let bytes = i % 3 == 0 ? Array("Violences conjugales, dossier \(i)".utf8)
                : (0..<(i % 200)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            expected.append(bytes)
            bytes.withUnsafeBytes { table.append($0) }
        }
        for (i, bytes) in expected.enumerated() {
            let back = table.string(at: i)
            if back != (bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self)) {
                Issue.record("entry \(i) came back different")
                return
            }
        }
    }

    @Test func invalidUTF8IsRepairedOnTheWayOut() {
        let table = XLSXStringTable()
        [UInt8(0x41), 0xFF, 0x42].withUnsafeBytes { table.append($0) }
        #expect(table.string(at: 0) == "A\u{FFFD}B")
    }
}
