// The indicators page as a board gets it: French, when and from what, the accepted findings, one
// small chart per site in the site's colour, months missing per site; printed to PDF by headless
// Chromium on A4 portrait and landscape with every column on the page at a readable size.

import Foundation
import Model
import Store
import Testing
import TestSupport
import Texts
@testable import Indicators

@Suite struct BoardPageTests {
    func report(acceptedErrors: Int = 3) throws -> IndicatorReport {
        let (referrals, meetings) = sampleYear()
        var r = try IndicatorRequest(period: .year(2023)).run(referrals: referrals, meetings: meetings, siteTerritories: siteTerritories)
        r.provenance.generatedAt = "2024-01-15 09:30"
        r.provenance.store = "isg-out/consolidation.sqlite"
        r.provenance.files = ["STRASBOURG", "STRASBOURG", "COLMAR", "MULHOUSE", "ALTKIRCH"].enumerated().map {
            FileAccount(file: "\($0.element)/f\($0.offset).xlsx", site: $0.element, contentHash: "h", rowsRead: 1, kept: 1)
        }
        r.provenance.acceptedErrors = acceptedErrors
        return r
    }

    @Test func thePageIsFrenchAndSaysWhenAndFromWhat() throws {
        let html = try report().html(texts: Texts(.fr))
        #expect(html.contains("<html lang=\"fr\">"))
        #expect(html.contains("Indicateurs convergents des ISG d'Alsace, année 2023"))
        #expect(html.contains("<dt>Produit le</dt><dd>15/01/2024 à 09:30</dd>"))
        #expect(html.contains("<dd>isg-out/consolidation.sqlite</dd>"))
        #expect(html.contains("5 fichiers de 4 sites"))
        #expect(html.contains("<dd>Alsace, Bas-Rhin (67), Haut-Rhin (68) et chaque site</dd>"))
        #expect(html.contains(">Orientées par la gendarmerie<") && html.contains(">Personnes distinctes<"))
        #expect(!html.contains("Referrals") && !html.contains("⟦"))
        let english = try report().html(texts: Texts(.en))
        #expect(english.contains("<html lang=\"en\">") && english.contains(">Referred by gendarmes<") && !english.contains("⟦"))
    }

    @Test func acceptedFindingsAreAVisibleNotice() throws {
        let html = try report(acceptedErrors: 3).html(texts: Texts(.fr))
        #expect(html.contains("<div class=\"accepted\" role=\"alert\"><strong>Chiffres calculés malgré des anomalies non corrigées</strong>"))
        #expect(html.contains("3 anomalies bloquantes"))
        #expect(!(try report(acceptedErrors: 0).html(texts: Texts(.fr))).contains("class=\"accepted\""))
    }

    @Test func everySiteHasItsOwnChartScaleAndColour() throws {
        let r = try report()
        let html = r.html(texts: Texts(.fr))
        let figures = html.components(separatedBy: "<figure class=\"site\">").dropFirst()
        #expect(figures.count == 4)
        for site in r.sites {
            let colour = SitePalette.colour(of: site, among: r.sites)
            let figure = try #require(figures.first { $0.contains(Scope.site(site).label + " : ") }, "\(site)")
            // Bars in the site's colour, the same colour as its column header in the table.
            #expect(figure.contains("fill=\"\(colour)\""), "\(site)")
            #expect(html.contains("<th scope=\"col\"><span class=\"swatch\" style=\"background:\(colour)\"></span>\(Scope.site(site).label)</th>"))
        }
        // Altkirch's single referral gets a bar of the full plot height on its own scale (0, 1, 2 → top 2: half).
        let altkirch = try #require(figures.first { $0.contains("Altkirch : 1 saisine") })
        let heights = altkirch.components(separatedBy: "height=\"").dropFirst().compactMap { Int($0.prefix { $0.isNumber }) }
        #expect(heights.contains { $0 >= 50 }, "the smallest site's bar is readable: \(heights)")
        // Every site gets a different colour.
        #expect(Set(r.sites.map { SitePalette.colour(of: $0, among: r.sites) }).count == r.sites.count)
    }

    @Test func monthsMissingPerSiteAreListed() throws {
        let r = try report()
        #expect(r.missingMonths["ALTKIRCH"]?.count == 11)
        let html = r.html(texts: Texts(.fr))
        #expect(html.contains("<h2>Mois sans saisine, par site</h2>"))
        #expect(html.contains("<td class=\"num bad\">11</td>"))
    }

    @Test func theSameSiteHasTheSameColourWhateverTheOrder() {
        let sites = ["STRASBOURG", "ALTKIRCH", "COLMAR", "MULHOUSE"]
        for site in sites {
            #expect(SitePalette.colour(of: site, among: sites) == SitePalette.colour(of: site, among: sites.sorted()))
            #expect(SitePalette.colour(of: site, among: sites) == SitePalette.colour(of: site, among: sites.reversed()))
        }
    }

    /// Prints the page on A4 in `orientation` and returns (page sizes, the words with their boxes, per page).
    func printed(_ html: String, orientation: String, in scratch: ScratchFolder) throws -> [(width: Double, height: Double, words: [(text: String, x0: Double, x1: Double, h: Double)])] {
        let page = scratch.file("indicators-\(orientation).html"), pdf = scratch.file("indicators-\(orientation).pdf")
        try html.replacingOccurrences(of: "</style>", with: "@page{size:A4 \(orientation)}</style>")
            .write(toFile: page, atomically: true, encoding: .utf8)
        let chrome = shell("chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=\(pdf) file://\(page)")
        #expect(FileManager.default.fileExists(atPath: pdf), "chromium: \(chrome.output)")
        let bbox = shell("pdftotext -bbox \(pdf) -").output
        var pages: [(width: Double, height: Double, words: [(text: String, x0: Double, x1: Double, h: Double)])] = []
        func attribute(_ line: Substring, _ name: String) -> Double {
            guard let r = line.range(of: name + "=\"") else { return 0 }
            return Double(line[r.upperBound...].prefix { $0 != "\"" }) ?? 0
        }
        for line in bbox.split(separator: "\n") {
            if line.contains("<page ") {
                pages.append((attribute(line, "width"), attribute(line, "height"), []))
            } else if line.contains("<word "), !pages.isEmpty, let open = line.firstIndex(of: ">") {
                let text = String(line[line.index(after: open)...].prefix { $0 != "<" })
                pages[pages.count - 1].words.append((text, attribute(line, "xMin"), attribute(line, "xMax"),
                                                     attribute(line, "yMax") - attribute(line, "yMin")))
            }
        }
        return pages
    }

    @Test(.enabled(if: toolExists("chromium") && toolExists("pdftotext"),
                   "needs Debian's chromium and poppler-utils (pdftotext): tools/setup installs them"))
    func itPrintsOnA4PortraitAndLandscapeWithEveryColumn() throws {
        let scratch = try ScratchFolder("indicators-print")
        defer { scratch.remove() }
        let html = try report().html(texts: Texts(.fr))
        for (orientation, width, height) in [("portrait", 595.0, 842.0), ("landscape", 842.0, 595.0)] {
            let pages = try printed(html, orientation: orientation, in: scratch)
            #expect((1...3).contains(pages.count), "\(orientation): \(pages.count) pages")
            for page in pages {
                #expect(abs(page.width - width) < 2 && abs(page.height - height) < 2, "\(orientation): not A4")
                // Margins: nothing closer than 8 mm (23 pt) to the left or right edge.
                for word in page.words { #expect(word.x0 >= 23 && word.x1 <= page.width - 23, "\(orientation): \(word.text) in the margin") }
            }
            let first = try #require(pages.first)
            let words = first.words.map(\.text)
            // The last column (Mulhouse) and its last figure are on the first page, at a readable size:
            // a page too wide for A4 would be shrunk to fit by the browser, its text below 6 pt.
            #expect(words.contains("Mulhouse"), "\(orientation): the last column is cut")
            let last = try #require(first.words.last { $0.text == "Mulhouse" })
            #expect(last.h >= 6, "\(orientation): text shrunk to \(last.h) pt")
            let indicator = try #require(first.words.first { $0.text == "Indicateur" })
            #expect(indicator.h >= 6)
            #expect(words.contains("Produit") && words.contains("anomalies"), "\(orientation): provenance or notice missing")
            let all = pages.flatMap { $0.words.map(\.text) }
            #expect(all.contains("manquants") || all.contains("Mois"), "\(orientation): months missing per site")
        }
    }
}

func toolExists(_ name: String) -> Bool {
    (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
        .contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(name)") }
}
