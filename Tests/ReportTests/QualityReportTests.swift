// The quality report: valid against its schema, well-formed, private by default, deterministic.

import Foundation
import TestSupport
import Testing
import Texts
@testable import Report

@Suite(.texts(.en)) struct QualityReportTests {
    /// These tests read the English texts; the French ones are checked on the real binary (IsgTests).

    @Test func writesBothFilesAndTheJSONMatchesItsSchema() throws {
        let dir = try ReportTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let files = try QualityReport.write(QualityDemo.input(), to: dir)
        #expect(files.json.lastPathComponent == "quality-report.json")
        #expect(FileManager.default.fileExists(atPath: files.html.path))
        let result = try ReportTestSupport.python(ReportTestSupport.validateSchema,
                                                  [ReportTestSupport.schema.path, files.json.path])
        #expect(result.status == 0, "schema violations: \(result.output)")
    }

    @Test func aFirstImportWithoutFindingsAlsoMatchesTheSchema() throws {
        let dir = try ReportTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = QualityReportInput(accounts: [], findings: [], referrals: [])
        let files = try QualityReport.write(input, to: dir)
        let result = try ReportTestSupport.python(ReportTestSupport.validateSchema,
                                                  [ReportTestSupport.schema.path, files.json.path])
        #expect(result.status == 0, "schema violations: \(result.output)")
        let xml = try ReportTestSupport.python(ReportTestSupport.parseXML, [files.html.path])
        #expect(xml.status == 0, "not well-formed: \(xml.output)")
    }

    @Test func theSchemaRejectsAHiddenValueThatIsStillThere() throws {
        let dir = try ReportTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var json = QualityReport.json(QualityDemo.input())
        json = json.replacingOccurrences(of: "\"value_hidden\": true", with: "\"value_hidden\": true, \"value\": \"x\"")
        let url = dir.appendingPathComponent("bad.json")
        try Data(json.utf8).write(to: url)
        let result = try ReportTestSupport.python(ReportTestSupport.validateSchema, [ReportTestSupport.schema.path, url.path])
        #expect(result.status == 1)
    }

    @Test func theHTMLIsWellFormedWithFoldedGroupsAndAChart() throws {
        let dir = try ReportTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for identified in [false, true] {
            let files = try QualityReport.write(QualityDemo.input(identified: identified), to: dir)
            let result = try ReportTestSupport.python(ReportTestSupport.parseXML, [files.html.path])
            #expect(result.status == 0, "not well-formed: \(result.output)")
            // html, one <details> per (site, kind) group, one small chart per site (4 sites).
            #expect(result.output.trimmingCharacters(in: .whitespacesAndNewlines) == "html 13 4")
        }
        let html = QualityReport.html(QualityDemo.input())
        #expect(!html.contains("<script"))
        #expect(!html.contains("http://") || !html.contains("src=\"http"))
        #expect(!QualityStyle.css.contains("<") && !QualityStyle.css.contains("&"))
    }

    @Test func identifyingValuesStayOutUnlessIdentified() throws {
        let secrets = [QualityDemo.secretName, QualityDemo.secretCommune, QualityDemo.secretBirthDate]
        let hidden = QualityDemo.input(identified: false)
        for text in [QualityReport.html(hidden), QualityReport.json(hidden)] {
            for secret in secrets {
                #expect(!text.contains(secret), "\(secret) leaked")
                #expect(!text.contains(QualityHTML.escape(secret)), "\(secret) leaked")
            }
        }
        let json = QualityReport.json(hidden)
        #expect(json.components(separatedBy: "\"value_hidden\": true").count - 1 == 3)
        // Numbers and headers stay visible; free text that no vocabulary knows is masked.
        #expect(json.contains("\"value\": \"-1\""))
        #expect(json.contains("\"value\": \"Motif retenu\""))
        #expect(json.contains("\"value\": \"«texte, 9 caractères»\""))
        #expect(!json.contains("voir mail"))

        let shown = QualityDemo.input(identified: true)
        for text in [QualityReport.html(shown), QualityReport.json(shown)] {
            for secret in secrets { #expect(text.contains(QualityHTML.escape(secret)) || text.contains(secret)) }
        }
    }

    @Test func theOutputDoesNotDependOnInputOrder() {
        let input = QualityDemo.input()
        var shuffled = input
        var generator = SeededGenerator(seed: 7)
        shuffled.findings.shuffle(using: &generator)
        shuffled.accounts.shuffle(using: &generator)
        shuffled.referrals.shuffle(using: &generator)
        shuffled.previous?.shuffle(using: &generator)
        #expect(QualityReport.json(input) == QualityReport.json(shuffled))
        #expect(QualityReport.html(input) == QualityReport.html(shuffled))
    }

    @Test func matchesTheGoldenFiles() throws {
        let input = QualityDemo.input()
        let golden = ReportTestSupport.fixtures
        // The stylesheet is a constant of the source: the page must carry it whole, and the golden
        // file holds a marker in its place, so it records the report's content, not the design.
        let html = QualityReport.html(input)
        #expect(html.components(separatedBy: QualityStyle.css).count == 2)
        let pairs = [("demo-quality-report.json", QualityReport.json(input)),
                     ("demo-quality-report.html", html.replacingOccurrences(of: QualityStyle.css, with: "/* QualityStyle.css */"))]
        if ProcessInfo.processInfo.environment["ISG_RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: golden, withIntermediateDirectories: true)
            for (name, text) in pairs { try Data(text.utf8).write(to: golden.appendingPathComponent(name)) }
        }
        for (name, text) in pairs {
            let expected = try String(contentsOf: golden.appendingPathComponent(name), encoding: .utf8)
            #expect(text == expected, "\(name) differs: rerun with ISG_RECORD_GOLDEN=1 and review the diff")
        }
    }

    /// Writes the demo report where `ISG_DEMO_REPORT_DIR` says (tools/report-screenshot.sh uses it).
    @Test(.enabled(if: ProcessInfo.processInfo.environment["ISG_DEMO_REPORT_DIR"] != nil,
                   "a step of tools/report-screenshot.sh, which sets ISG_DEMO_REPORT_DIR"))
    func writesTheDemoReportWhenAsked() throws {
        let path = ProcessInfo.processInfo.environment["ISG_DEMO_REPORT_DIR"] ?? ""
        let dir = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        var input = QualityDemo.input()
        input.sourceLinkBase = "../inputs"
        try QualityReport.write(input, to: dir)
    }
}

/// A small deterministic random generator, so shuffles are the same on every run.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return state
    }
}
