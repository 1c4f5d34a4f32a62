// Hostile workbooks through the public entry point: refused with the right code, quickly.

import Testing
@testable import Spreadsheet

@Suite struct HostileWorkbookTests {
    @Test(arguments: [
        ("zip_bomb.xlsx", SpreadsheetError.Code.limitExceeded),
        ("xxe.xlsx", .hostileXML),
        ("xxe_network.xlsx", .hostileXML),
        ("billion_laughs.xlsx", .hostileXML),
        ("quadratic_blowup.xlsx", .hostileXML),
        ("deep_nesting.xlsx", .limitExceeded),
        ("deep_nesting_10000.xlsx", .limitExceeded),
        ("malformed_xml.xlsx", .corruptXML),
        ("crc_mismatch_wellformed.xlsx", .corruptZip),
    ])
    func refusedWhileReading(name: String, code: SpreadsheetError.Code) {
        expectRefusal(code, within: 1) {
            let workbook = try openWorkbook(path: Fixtures.hostile(name))
            for index in workbook.sheets.indices { _ = try workbook.readSheet(index) { _ in } }
        }
    }

    @Test func claimsInsideThePackageAreNotTrusted() throws {
        // An embedded ZIP bomb is never opened; a shared-string count of two billion reserves nothing.
        for (name, cells) in [("nested_zip_bomb.xlsx", 0), ("shared_strings_count.xlsx", 2)] {
            var count = 0
            let clock = ContinuousClock(), start = clock.now
            let workbook = try openWorkbook(path: Fixtures.hostile(name))
            _ = try workbook.readSheet(0) { count += $0.cells.count }
            #expect(count == cells, "\(name)")
            #expect(clock.now - start < .seconds(1), "\(name)")
        }
    }

    @Test func rowAndColumnLimitsApply() {
        var limits = ReadLimits.default
        limits.maxRows = 100
        expectRefusal(.limitExceeded) {
            let workbook = try openWorkbook(path: Fixtures.hostile("ordinary.xlsx"), limits: limits)
            _ = try workbook.readSheet(0) { _ in }
        }
        limits = .default
        limits.maxColumns = 2
        expectRefusal(.limitExceeded) {
            let workbook = try openWorkbook(path: Fixtures.hostile("ordinary.xlsx"), limits: limits)
            _ = try workbook.readSheet(0) { _ in }
        }
        limits = .default
        limits.maxCellsPerSheet = 10
        expectRefusal(.limitExceeded) {
            let workbook = try openWorkbook(path: Fixtures.hostile("ordinary.xlsx"), limits: limits)
            _ = try workbook.readSheet(0) { _ in }
        }
    }
}
