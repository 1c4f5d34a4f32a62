// Hostile workbooks through the public entry point: refused with the right code, quickly.

import Testing
@testable import Spreadsheet

@Suite struct HostileWorkbookTests {
    @Test(arguments: [
        ("zip_bomb.xlsx", SpreadsheetError.Code.limitExceeded),
        ("xxe.xlsx", .hostileXML),
        ("billion_laughs.xlsx", .hostileXML),
        ("deep_nesting.xlsx", .limitExceeded),
        ("malformed_xml.xlsx", .corruptXML),
    ])
    func refusedWhileReading(name: String, code: SpreadsheetError.Code) {
        expectRefusal(code, within: 1) {
            let workbook = try openWorkbook(path: Fixtures.hostile(name))
            for index in workbook.sheets.indices { _ = try workbook.readSheet(index) { _ in } }
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
