// The ZIP layer: directory parsing, streamed inflation, and every cap and corruption check.

import Testing
@testable import Spreadsheet

@Suite struct ZipArchiveTests {
    @Test func listsEntriesAndInflatesThemWithCRCChecked() throws {
        let archive = try ZipArchive(path: Fixtures.hostile("ordinary.xlsx"))
        let names = Set(archive.entries.map(\.name))
        #expect(names.contains("xl/workbook.xml"))
        #expect(names.contains("xl/worksheets/sheet1.xml"))
        let sheet = try #require(archive.entry(named: "xl/worksheets/sheet1.xml"))
        var chunks = 0
        var bytes: [UInt8] = []
        try archive.read(sheet, chunkSize: 1024) { chunk in
            chunks += 1
            #expect(chunk.count <= 1024)
            bytes.append(contentsOf: chunk)
        }
        #expect(bytes.count == sheet.uncompressedSize)
        #expect(chunks > 1)
        #expect(String(decoding: bytes, as: UTF8.self).contains("ligne 199"))
    }

    @Test func lookupIgnoresCaseAndLeadingSlash() throws {
        let archive = try ZipArchive(path: Fixtures.hostile("ordinary.xlsx"))
        #expect(archive.entry(named: "/xl/workbook.xml")?.name == "xl/workbook.xml")
        #expect(archive.entry(named: "XL/Workbook.XML")?.name == "xl/workbook.xml")
        #expect(archive.entry(named: "xl/nothing.xml") == nil)
    }

    @Test func zipBombIsRefusedQuickly() throws {
        let archive = try ZipArchive(path: Fixtures.hostile("zip_bomb.xlsx"))
        let sheet = try #require(archive.entry(named: "xl/worksheets/sheet1.xml"))
        expectRefusal(.limitExceeded, within: 1) { try archive.read(sheet) { _ in } }
    }

    @Test func entryLongerThanDeclaredIsRefusedWithoutInflatingItAll() throws {
        let archive = try ZipArchive(path: Fixtures.hostile("lying_sizes.xlsx"))
        let sheet = try #require(archive.entry(named: "xl/worksheets/sheet1.xml"))
        #expect(sheet.uncompressedSize == 1000)
        var seen = 0
        expectRefusal(.corruptZip, within: 1) { try archive.read(sheet) { seen += $0.count } }
        #expect(seen <= 1000)
    }

    @Test func totalAndPerEntryCapsApply() throws {
        var limits = ReadLimits.default
        limits.maxTotalInflatedSize = 2000
        let archive = try ZipArchive(path: Fixtures.hostile("ordinary.xlsx"), limits: limits)
        expectRefusal(.limitExceeded) {
            for entry in archive.entries { try archive.read(entry) { _ in } }
        }
        limits = .default
        limits.maxEntrySize = 100
        let small = try ZipArchive(path: Fixtures.hostile("ordinary.xlsx"), limits: limits)
        let sheet = try #require(small.entry(named: "xl/worksheets/sheet1.xml"))
        expectRefusal(.limitExceeded) { try small.read(sheet) { _ in } }
    }

    @Test func truncatedArchiveIsCorrupt() {
        expectRefusal(.corruptZip) { _ = try ZipArchive(path: Fixtures.hostile("truncated.xlsx")) }
    }

    @Test func overlappingEntriesAreRefused() {
        expectRefusal(.corruptZip) { _ = try ZipArchive(path: Fixtures.hostile("overlapping_entries.xlsx")) }
    }

    @Test func crcMismatchIsCorrupt() throws {
        let archive = try ZipArchive(path: Fixtures.hostile("crc_mismatch.xlsx"))
        let workbook = try #require(archive.entry(named: "xl/workbook.xml"))
        expectRefusal(.corruptZip) { _ = try archive.contents(of: workbook) }
    }

    @Test func tooManyEntriesIsALimit() {
        var limits = ReadLimits.default
        limits.maxEntries = 3
        expectRefusal(.limitExceeded) { _ = try ZipArchive(path: Fixtures.hostile("ordinary.xlsx"), limits: limits) }
    }

    @Test func emptyArchiveHasNoEntries() throws {
        let archive = try ZipArchive(path: Fixtures.hostile("empty_zip.xlsx"))
        #expect(archive.entries.isEmpty)
    }
}
