// Checks that hostile ODS files are refused quickly, and that huge empty repeats cost nothing.

import Testing
@testable import Spreadsheet

@Suite struct ODSHostileTests {
    static func readAll(_ name: String, limits: ReadLimits = .default) throws -> [Row] {
        let reader = try openWorkbook(path: ODSCSVFixture.path("ods/\(name)"), limits: limits)
        var rows: [Row] = []
        for index in reader.sheets.indices {
            _ = try reader.readSheet(index) { rows.append($0) }
        }
        return rows
    }

    @Test func rowRepeatedTwoToTheThirtyFirstTimes() {
        expectRefusal(.limitExceeded) { _ = try Self.readAll("repeat_bomb_rows.ods") }
    }

    @Test func cellRepeatedTwoToTheThirtyFirstTimes() {
        expectRefusal(.limitExceeded) { _ = try Self.readAll("repeat_bomb_cells.ods") }
    }

    @Test func hugeRepeatedNonEmptyRow() {
        // 1,000 rows of 10,000 values: ten million cells from a few bytes of XML.
        expectRefusal(.limitExceeded) { _ = try Self.readAll("huge_repeated_row.ods") }
    }

    @Test func repeatsWithinTheLimitsAreExpanded() throws {
        let limits = ReadLimits(maxCellsPerRepeat: 10_000_000)
        var count = 0
        let reader = try openWorkbook(path: ODSCSVFixture.path("ods/huge_repeated_row.ods"), limits: limits)
        let metadata = try reader.readSheet(0) { row in count += row.cells.count }
        #expect(count == 10_000_000)
        #expect(metadata.lastRow == 1000)
        #expect(metadata.lastColumn == 9999)
    }

    @Test func deepNesting() {
        expectRefusal(.limitExceeded) { _ = try Self.readAll("deep_nesting.ods") }
    }

    @Test func emptyTailOfAMillionRowsCostsNothing() throws {
        let clock = ContinuousClock()
        let start = clock.now
        var rows: [Row] = []
        let reader = try openWorkbook(path: ODSCSVFixture.path("ods/empty_tail.ods"))
        let metadata = try reader.readSheet(0) { rows.append($0) }
        #expect(clock.now - start < .milliseconds(500))
        #expect(rows == [Row(number: 1, cells: [Cell(column: 0, value: .string("début"))])])
        #expect(metadata.lastRow == 1)
        #expect(metadata.lastColumn == 0)
    }

    @Test func twentyThousandSheetsReadInOrderInLinearTime() throws {
        let clock = ContinuousClock()
        let start = clock.now
        let rows = try Self.readAll("twenty_thousand_sheets.ods")
        #expect(rows.count == 20_000)
        // Inflating content.xml again up to each sheet would take minutes (and hit the
        // total-inflation limit); one forward pass takes well under a second.
        #expect(clock.now - start < .seconds(10))
    }

    @Test func thousandsOfSheetsWithoutTheFastPathStopWithinABudget() throws {
        // 2,000 sheets behind a comment: each sheet costs a whole parse, so reading them all is
        // bounded by a budget (here 4 parses of the part: the default allows 256 MiB).
        let limits = ReadLimits(maxTotalInflatedSize: 1 << 20)
        let reader = try openWorkbook(path: ODSCSVFixture.path("ods/comment_many_sheets.ods"), limits: limits)
        #expect(reader.sheets.count == 2000)
        for index in 0..<4 {
            #expect(try ODSCSVFixture.rows(reader, sheet: index).first?.text(0) == "a")
        }
        expectRefusal(.limitExceeded) { _ = try reader.readSheet(4) { _ in } }
    }

    @Test func corpusStyleTextLimit() {
        // One text:s of 2^31 spaces is refused at the string limit, not allocated.
        expectRefusal(.limitExceeded) {
            _ = try Self.readAll("values.ods", limits: ReadLimits(maxStringBytes: 4))
        }
    }
}
