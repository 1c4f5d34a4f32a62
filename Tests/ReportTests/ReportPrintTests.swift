// The report as people see and print it: one chart per site where the smallest site reads, every
// completeness band in the legend, the site colours of the indicators page, and a print (headless
// Chromium) where totals appear once and no title or group summary is left alone at a page's foot.

import Foundation
import Model
import Testing
@testable import Report

@Suite struct ReportPrintTests {
    let html = QualityReport.html(QualityDemo.input())

    func figures(_ html: String) -> [String] {
        Array(html.components(separatedBy: "<figure class=\"site\">").dropFirst().map { $0.components(separatedBy: "</figure>")[0] })
    }

    @Test func everySiteHasAChartWhereItsBarsRead() throws {
        let charts = figures(html)
        let sites = QualityDemo.perMonth.keys.sorted()
        #expect(charts.count == sites.count)
        for site in sites {
            let chart = try #require(charts.first { $0.contains(site) }, "\(site) has no chart")
            let colour = SitePalette.colour(of: site, among: sites)
            #expect(chart.contains("background:\(colour)") && chart.contains("fill=\"\(colour)\""), "\(site)")
            // Bars in the site's colour; its busiest month at least half the plot's 100 px, even for
            // Altkirch's 5 a month beside Strasbourg's 48 (a stacked chart gave it 10 px).
            let bars = chart.components(separatedBy: "<rect ").filter { $0.contains("fill=\"\(colour)\"") }
            let heights = bars.compactMap { bar -> Int? in
                guard let r = bar.range(of: " height=\"") else { return nil }
                return Int(bar[r.upperBound...].prefix { $0.isNumber })
            }
            #expect(heights.count >= QualityDemo.months.count - 1, "\(site): \(heights.count) bars")
            #expect((heights.max() ?? 0) >= 50, "\(site): tallest bar \(heights.max() ?? 0) px")
        }
    }

    @Test func theCompletenessLegendShowsEveryBand() throws {
        let section = try #require(html.components(separatedBy: "<section id=\"completeness\">").dropFirst().first)
        let legend = try #require(section.components(separatedBy: "class=\"legend\"").dropFirst().first)
        let table = section.components(separatedBy: "class=\"legend\"")[0]
        let used = Set((0...5).map { "h\($0)" }.filter { table.contains("class=\"\($0)\"") })
        let shown = Set((0...5).map { "h\($0)" }.filter { legend.contains("swatch \($0)") })
        #expect(shown == Set((0...5).map { "h\($0)" }), "legend bands: \(shown.sorted())")
        #expect(used.isSubset(of: shown))
    }

    @Test func printingKeepsTotalsOnceAndTitlesWithTheirTables() throws {
        #expect(QualityStyle.css.contains("tfoot { display: table-row-group; }"))
        #expect(QualityStyle.css.contains("details.kind > summary { break-after: avoid; page-break-after: avoid; }"))
    }

    @Test(.enabled(if: toolExists("chromium") && toolExists("pdftotext"),
                   "needs Debian's chromium and poppler-utils (pdftotext): tools/setup installs them"))
    func thePrintedReportHasNoOrphanTitleAndOneTotal() throws {
        // Eight times the demo's files, so the files table spans pages.
        var input = QualityDemo.input()
        input.accounts = (1...8).flatMap { copy in input.accounts.map { var a = $0; a.file = "copie\(copy)/" + a.file; return a } }
        let page = QualityReport.html(input)
        let dir = try ReportTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let htmlPath = dir.appendingPathComponent("report.html").path, pdf = dir.appendingPathComponent("report.pdf").path
        try page.write(toFile: htmlPath, atomically: true, encoding: .utf8)
        _ = try run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                     "--print-to-pdf=\(pdf)", "file://\(htmlPath)"])
        let pages = String(decoding: try run(["pdftotext", "-layout", pdf, "-"]).output, as: UTF8.self)
            .split(separator: "\u{0C}", omittingEmptySubsequences: false).map(String.init)
            .filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        #expect(pages.count >= 2 && pages.count <= 20, "\(pages.count) pages: \(pages.map { String($0.prefix(60)) })")
        // The files table's total line, once although the table spans pages.
        let totalLabel = try #require(page.components(separatedBy: "<tfoot><tr><th colspan=\"3\">").dropFirst().first?
            .components(separatedBy: "<").first)
        #expect(pages.joined().components(separatedBy: totalLabel).count - 1 == 1, "\(totalLabel) printed more than once")
        // No page ends with a section title or a finding group's summary (its kind code ends the line).
        let titles = page.components(separatedBy: "<h2>").dropFirst().compactMap { $0.components(separatedBy: "<").first }
        let kinds = page.components(separatedBy: "</span><code>").dropFirst().compactMap { $0.components(separatedBy: "<").first }
        + page.components(separatedBy: "<code>").dropFirst().compactMap { $0.components(separatedBy: "</code></summary>").count > 1 ? $0.components(separatedBy: "<").first : nil }
        #expect(!titles.isEmpty && !kinds.isEmpty)
        for (number, text) in pages.enumerated() {
            let last = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.last { !$0.isEmpty } ?? ""
            #expect(!titles.contains(last), "page \(number + 1) ends with the title \(last)")
            #expect(!kinds.contains { last.hasSuffix($0) }, "page \(number + 1) ends with a group's summary: \(last)")
        }
    }
}
