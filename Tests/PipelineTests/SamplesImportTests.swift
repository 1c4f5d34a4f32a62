// `isg import Samples` end to end, against the generator's truth (tools/samples/truth).

import TestSupport
import Consolidation
import Foundation
import Indicators
import Pipeline
import Spreadsheet
import Store
import Testing
import Texts

/// One identified import of Samples/, shared by the tests of this suite.
enum SamplesImport {
    static let run: Result<(folder: String, outcome: ImportOutcome), Error> = Result {
        let out = try temporaryFolder("samples")
        let outcome = try ImportJob.run(ImportOptions(inputs: [Repo.path("Samples")], mappingsFolder: Repo.path("Mappings"),
                                                      outputFolder: out, identified: true, csvSeparator: ","))
        return (out, outcome)
    }

    static var folder: Result<String, Error> { run.map(\.folder) }
}

@Suite struct SamplesImportTests {
    let truth = Repo.path("tools/samples/truth")

    /// The summary counts decisions, not pairs: an undated record near several persons is one
    /// decision however many pairs it has; and the list stays under 2 % of the referrals.
    @Test func theReviewListCountsDecisions() throws {
        let outcome = try SamplesImport.run.get().outcome
        #expect(outcome.reviewDecisions <= max(10, outcome.kept * 2 / 100))
        let text = Texts.$scoped.withValue(Texts(.fr)) { ImportSummaryText.summary(outcome, outputFolder: "isg-out") }
        #expect(text.contains(Texts(.fr).plural("count.decisions-to-review", count: outcome.reviewDecisions)), "\(text)")
        // Decisions beyond the list's limit are said, not hidden.
        #expect(!text.contains("laissée") || outcome.unlistedDecisions > 0)
        var capped = outcome
        capped.unlistedDecisions = 3
        let cappedText = Texts.$scoped.withValue(Texts(.fr)) { ImportSummaryText.summary(capped, outputFolder: "isg-out") }
        #expect(cappedText.contains("3 autres décisions incertaines sur les personnes dépassent la limite"), "\(cappedText)")
        #expect(!cappedText.contains("nombre de personnes distinctes"))
        capped.unlistedChangingTheCount = 2
        let countingText = Texts.$scoped.withValue(Texts(.fr)) { ImportSummaryText.summary(capped, outputFolder: "isg-out") }
        #expect(countingText.contains("Parmi elles, 2 peuvent changer le nombre de personnes distinctes"), "\(countingText)")
    }

    @Test func exportedReferralsAreTheTruthFieldByField() throws {
        let out = try SamplesImport.folder.get()
        let exported = try csvRecords(out + "/current/saisines.csv")
        let expected = try csvRecords(truth + "/saisines.csv")
        #expect(exported.count == 4960)
        #expect(exported.count == expected.count)
        let byID = Dictionary(exported.map { ($0["record_id"] ?? "", $0) }, uniquingKeysWith: { a, _ in a })
        var mismatches: [String] = []
        for row in expected {
            guard let got = byID[row["record_id"] ?? ""] else {
                mismatches.append("missing \(row["record_id"] ?? "")")
                continue
            }
            for (field, value) in row where field != "true_person" && got[field] != value {
                mismatches.append("\(row["record_id"] ?? "") \(field): \(got[field] ?? "nil") != \(value)")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
        #expect(exported.allSatisfy { ($0["person_id"] ?? "").hasPrefix("P-") })
    }

    @Test func meetingsAndRejectsAreTheTruth() throws {
        let out = try SamplesImport.folder.get()
        let meetings = try csvRecords(out + "/current/reunions.csv").map { [$0["record_id"], $0["site"], $0["date"], $0["domaine"]] }
        let expectedMeetings = try csvRecords(truth + "/reunions.csv").map { [$0["record_id"], $0["site"], $0["date"], $0["domaine"]] }
        #expect(meetings.count == 90)
        #expect(Set(meetings.map { $0.description }) == Set(expectedMeetings.map { $0.description }))
        let rejects = try csvRecords(out + "/current/rejets.csv").map { "\($0["file"] ?? "")#\($0["sheet"] ?? "")!\($0["row"] ?? "")" }
        let expectedRejects = try csvRecords(truth + "/rejets.csv").map { "\($0["file"] ?? "")#\($0["sheet"] ?? "")!\($0["row"] ?? "")" }
        #expect(rejects.count == 7)
        #expect(Set(rejects) == Set(expectedRejects))
    }

    /// Every mistake the generator planted is in quality-report.json, at its place, with its kind.
    @Test func everyPlantedMistakeIsInTheQualityReport() throws {
        let out = try SamplesImport.folder.get()
        let data = try Data(contentsOf: URL(fileURLWithPath: out + "/current/quality-report.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        func place(_ kind: Any?, _ file: Any?, _ sheet: Any?, _ row: Any?) -> String {
            "\(kind ?? "")|\(file ?? "")|\(sheet ?? "")|\((row as? Int).map(String.init) ?? "")"
        }
        let reported = Set(findings.map { place($0["kind"], $0["file"], $0["sheet"], $0["row"]) })
        let reportedCells = Set(findings.map { "\(place($0["kind"], $0["file"], $0["sheet"], $0["row"]))|\($0["cell"] ?? "")" })
        let planted = try csvRecords(truth + "/findings.csv")
        #expect(planted.count >= 40)
        for mistake in planted {
            let key = place(mistake["kind"], mistake["file"], mistake["sheet"], mistake["row"].flatMap { Int($0) })
            if mistake["kind"] == "missing_month" {
                #expect(findings.contains { $0["kind"] as? String == "missing_month" && $0["site"] as? String == mistake["site"] })
                continue
            }
            #expect(reported.contains(key), "not reported: \(key)")
            if let cell = mistake["cell"], !cell.isEmpty {
                #expect(reportedCells.contains(key + "|" + cell), "not at \(cell): \(key)")
            }
        }
    }

    /// The indicators of the imported store are those of the truth, and the published table.
    @Test func indicatorsOfTheImportedStoreAreThePublishedTable() throws {
        let out = try SamplesImport.folder.get()
        let store = try ConsolidationStore(folder: out)
        var territories: [String: String] = [:]
        for site in try store.sites() { territories[site.code] = site.territory }
        let report = try IndicatorRequest(period: .year(2023)).run(
            referrals: try store.referrals(), meetings: try store.meetings(), siteTerritories: territories)
        let a = try Published2023.expectTable(report)
        // Exact fractions, counted independently over the truth rows.
        let rows = try csvRecords(truth + "/saisines.csv")
        func share(_ field: String, _ value: String) -> Share {
            Share(numerator: rows.filter { $0[field] == value }.count,
                  denominator: rows.filter { !($0[field] ?? "").isEmpty }.count,
                  unknown: rows.filter { ($0[field] ?? "").isEmpty }.count)
        }
        #expect(a.referredByGendarmes == share("origine", "GENDARMERIE"))
        #expect(a.notKnownISG == share("connu_isg", "false"))
        #expect(a.notKnownCEA == share("connu_cea", "false"))
        #expect(a.women == share("sexe", "F"))
        #expect(a.minors == share("mineur", "true"))
        #expect(a.vifAtReferral == share("motif_saisine", "VIF"))
        #expect(a.vifAfterAssessment == share("motif_intervention", "VIF"))
    }
}
