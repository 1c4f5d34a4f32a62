// What the quality report says: the nothing-lost account, coverage, completeness, changes, order.

import Model
import Foundation
import TestSupport
import Testing
import Texts
@testable import Report

@Suite(.texts(.en)) struct QualityReportContentTests {
    /// These tests read the English texts; the French ones are checked on the real binary (IsgTests).

    @Test func aMonthWithNoFileIsAFindingAndARedCell() {
        let model = QualityReportModel(QualityDemo.input())
        let colmar = model.coverage.rows.first { $0.site == "COLMAR" }
        #expect(colmar?.missingMonths == ["2023-04"])
        let missing = model.findings.filter { $0.finding.kind == "missing_month" }
        #expect(missing.map(\.finding.site) == ["COLMAR"])
        #expect(missing.first?.finding.value == "2023-04")
        #expect(model.html().contains("title=\"COLMAR, Apr 2023: no file\""))
    }

    @Test func aFileNoMappingClaimsIsNoSiteOfTheGrid() {
        // Its empty site once gave "No file of  reports on Apr 2023." for every month.
        var input = QualityDemo.input()
        input.accounts.append(FileAccount(file: "notes.docx", site: "", contentHash: ""))
        let model = QualityReportModel(input)
        #expect(!model.coverage.rows.contains { $0.site.isEmpty })
        #expect(!model.findings.contains { $0.finding.message.contains("No file of  ") })
    }

    @Test func aMissingMonthAlreadyReportedIsNotRepeated() {
        var input = QualityDemo.input()
        input.findings.append(Finding(kind: "missing_month", severity: .warning, site: "COLMAR", value: "2023-04",
                                      message: "No file for April."))
        let model = QualityReportModel(input)
        #expect(model.findings.filter { $0.finding.kind == "missing_month" }.count == 1)
    }

    @Test func coveredMonthsWidenTheGrid() {
        var input = QualityDemo.input()
        input.coveredMonths = (1...12).map { MonthRange.format(year: 2023, month: $0) }
        let model = QualityReportModel(input)
        #expect(model.coverage.months.count == 12)
        #expect(model.coverage.rows.first { $0.site == "ALTKIRCH" }?.missingMonths == ["2023-07", "2023-08", "2023-09", "2023-10", "2023-11", "2023-12"])
    }

    @Test func theFileAccountAddsUpOrIsMarked() {
        let model = QualityReportModel(QualityDemo.input())
        #expect(model.unbalancedFiles.map(\.account.file) == ["altkirch/2023-06 activité.xlsx"])
        let t = model.totals
        #expect(t.rowsRead == t.kept + t.rejected + t.duplicates + t.nonData + 2)
        #expect(model.html().contains("✗ +2"))
    }

    @Test func completenessCountsKnownValuesPerSite() {
        var a = Referral(recordID: "a", site: "COLMAR", periode: "2023-01", territoire: "68", porteur: "CIDFF68")
        a.sexe = .female
        a.age = 40
        var b = a
        b.recordID = "b"
        b.sexe = nil
        let model = QualityReportModel(QualityReportInput(accounts: [], findings: [], referrals: [a, b]))
        let row = model.completeness.rows.first
        #expect(row?.referrals == 2)
        #expect(row?.cells.first { $0.field == "sexe" }?.share == 0.5)
        #expect(row?.cells.first { $0.field == "age" }?.share == 1)
        #expect(row?.cells.first { $0.field == "nom" }?.known == 0)
        let json = QualityReport.json(QualityReportInput(accounts: [], findings: [], referrals: [a, b]))
        #expect(json.contains("\"field\": \"sexe\",\n") && json.contains("\"share\": 0.5\n"))
    }

    @Test func changesAgainstThePreviousImport() throws {
        let model = QualityReportModel(QualityDemo.input())
        let changes = try #require(model.changes)
        #expect(changes.newFiles.count == 8) // May and June, four sites
        #expect(changes.replaced.map(\.current.file) == ["mulhouse/2023-02 activité.xlsx"])
        #expect(changes.volumeJumps.count == 1)
        #expect(changes.notRead.map(\.file) == ["strasbourg/2022-12 activité.xlsx"])
        let strasbourg = try #require(changes.sites.first { $0.site == "STRASBOURG" })
        #expect(strasbourg.after - strasbourg.before == model.coverage.rows.first { $0.site == "STRASBOURG" }
            .map { $0.cells[4].referrals + $0.cells[5].referrals })
        #expect(QualityReportModel(QualityDemo.input(withPrevious: false)).changes == nil)
    }

    @Test func findingsAreGroupedBySiteThenMostSevereKind() {
        let groups = QualityReportModel(QualityDemo.input()).groups
        #expect(groups.map(\.site) == ["ALTKIRCH", "COLMAR", "MULHOUSE", "STRASBOURG", nil])
        let mulhouse = groups.first { $0.site == "MULHOUSE" }
        #expect(mulhouse?.kinds.map(\.kind) == ["missing_required", "renamed_column", "file_reimported_changed"])
    }

    @Test func findingsAreSortedByPlaceWithColumnsInSheetOrder() {
        let f = { (row: Int, cell: String) in
            Finding(kind: "invalid_value", severity: .warning, site: "S", file: "f", sheet: "s", row: row, cell: cell, message: "m")
        }
        let sorted = [f(2, "AA2"), f(10, "A10"), f(2, "B2"), f(2, "Z2")].sorted(by: FindingOrder.precedes)
        #expect(sorted.map { $0.cell ?? "" } == ["B2", "Z2", "AA2", "A10"])
    }

    @Test func aHiddenValueIsBlankedOutOfTheMessageWholeWordsOnly() {
        #expect(FindingPrivacy.blank("Li", in: "Line 3: Li is unknown") == "Line 3: (hidden) is unknown")
        let f = Finding(kind: "x", severity: .info, field: "nom", value: "Marie", message: "Marie?", hint: "Marie.")
        let (shown, hidden) = FindingPrivacy.redact(f, identified: false)
        #expect(hidden && shown.value == nil && shown.message == "(hidden)?" && shown.hint == "(hidden).")
        #expect(FindingPrivacy.redact(f, identified: true).1 == false)
    }

    @Test func controlCharactersAndMarkupInValuesAreEscaped() {
        #expect(QualityHTML.escape("a<b & \u{1}c\"") == "a&lt;b &amp; \u{FFFD}c\"")
        #expect(QualityHTML.attributes(["title": "x\"y"]) == " title=\"x&quot;y\"")
        #expect(QualityJSON.string("a\"\n\u{1}").rendered() == "\"a\\\"\\n\\u0001\"\n")
    }

    @Test func sharesAreWrittenWithFourDecimalsAtMost() {
        #expect(QualityJSON.formatShare(2.0 / 3.0) == "0.6667")
        #expect(QualityJSON.formatShare(1) == "1")
        #expect(QualityJSON.formatShare(0.5) == "0.5")
        #expect(QualityJSON.formatShare(0) == "0")
    }

    @Test func sourceLinksOpenTheCell() {
        var input = QualityDemo.input()
        input.sourceLinkBase = "../inputs"
        let html = QualityReport.html(input)
        #expect(html.contains("href=\"../inputs/strasbourg/2023-03%20activité.xlsx#'Saisines'!M17\""))
    }
}
