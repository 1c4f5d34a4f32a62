// Consolidating Samples/ with Mappings/ reproduces tools/samples/truth/ exactly.

@testable import Consolidation
import Foundation
import Mapping
import Spreadsheet
import TestSupport
import Testing

/// One consolidation of Samples/ shared by the tests of this suite.
enum SamplesRun {
    static let result: Result<ConsolidationResult, Error> = Result {
        let mappings = try MappingSet.load(folder: Repo.path("Mappings"), displayFolder: "Mappings")
        let run = ConsolidationRun(mappings: mappings) { try openWorkbook(path: $0) }
        return run.consolidateAll([Repo.path("Samples")])
    }

    static func truth(_ name: String) throws -> TruthTable {
        try TruthTable(path: Repo.path("tools/samples/truth/\(name).csv"))
    }
}

@Suite("Samples reproduce the truth")
struct SamplesTruthTests {
    @Test func referralsMatchEveryField() throws {
        let result = try SamplesRun.result.get()
        let truth = try SamplesRun.truth("saisines")
        let ours = Dictionary(result.referrals.map { ($0.recordID, $0.truthColumns) }, uniquingKeysWith: { a, _ in a })
        var problems: [String] = []
        for row in truth.rows {
            guard let id = row["record_id"], let mine = ours[id] else {
                problems.append("missing \(row["record_id"] ?? "?")")
                continue
            }
            for column in truth.header where column != "true_person" && (mine[column] ?? "") != (row[column] ?? "") {
                problems.append("\(id) \(column): truth \"\(row[column] ?? "")\", ours \"\(mine[column] ?? "")\"")
            }
        }
        let truthIDs = Set(truth.rows.compactMap { $0["record_id"] })
        for id in ours.keys.sorted() where !truthIDs.contains(id) { problems.append("extra \(id)") }
        #expect(problems.isEmpty, "\(problems.count) differences, first: \(problems.prefix(40).joined(separator: "\n"))")
        #expect(result.referrals.count == truth.rows.count)
    }

    @Test func meetingsMatch() throws {
        let result = try SamplesRun.result.get()
        let truth = try SamplesRun.truth("reunions")
        let ours = Set(result.meetings.map { "\($0.recordID),\($0.site),\($0.date?.description ?? ""),\($0.domaine?.rawValue ?? "")" })
        let expected = Set(truth.rows.map { "\($0["record_id"] ?? ""),\($0["site"] ?? ""),\($0["date"] ?? ""),\($0["domaine"] ?? "")" })
        #expect(ours.subtracting(expected).sorted().isEmpty, "extra: \(ours.subtracting(expected).sorted().prefix(10))")
        #expect(expected.subtracting(ours).sorted().isEmpty, "missing: \(expected.subtracting(ours).sorted().prefix(10))")
    }

    @Test func rejectsMatch() throws {
        let result = try SamplesRun.result.get()
        let truth = try SamplesRun.truth("rejets")
        let ours = Set(result.rejections.map { "\($0.file)|\($0.sheet)|\($0.row)" })
        let expected = Set(truth.rows.map { "\($0["file"] ?? "")|\($0["sheet"] ?? "")|\($0["row"] ?? "")" })
        #expect(ours == expected, "extra: \(ours.subtracting(expected).sorted()), missing: \(expected.subtracting(ours).sorted())")
        for rejection in result.rejections { #expect(rejection.reason.contains("date_saisine")) }
    }

    @Test func duplicatesMatch() throws {
        let result = try SamplesRun.result.get()
        let truth = try SamplesRun.truth("duplicates")
        let ours = Set(result.findings.filter { $0.kind == "duplicate_entry" }.map {
            "\($0.file ?? "")|\($0.sheet ?? "")|\($0.row ?? 0)|\($0.message)"
        }.map { line in line.split(separator: "|").prefix(3).joined(separator: "|") })
        let expected = Set(truth.rows.map { "\($0["file"] ?? "")|\($0["sheet"] ?? "")|\($0["row"] ?? "")" })
        #expect(ours == expected, "extra: \(ours.subtracting(expected).sorted()), missing: \(expected.subtracting(ours).sorted())")
        for row in truth.rows {
            let finding = result.findings.first { $0.kind == "duplicate_entry" && $0.file == row["file"] && "\($0.row ?? 0)" == row["row"] }
            #expect(finding?.message.contains(row["duplicate_of"] ?? "?") == true)
        }
    }

    /// Every planted finding at its place with its kind, and no finding the truth does not plant
    /// (persons' `connu_isg_inconsistent` belongs to the linkage stage).
    @Test func findingsMatchPlantedMistakes() throws {
        let result = try SamplesRun.result.get()
        let truth = try SamplesRun.truth("findings")
        func key(_ kind: String, _ site: String, _ file: String, _ sheet: String, _ row: String, _ cell: String, _ field: String, _ value: String) -> String {
            [kind, site, file, sheet, row, cell, field, kind == "missing_month" ? value : ""].joined(separator: "|")
        }
        let expected = Set(truth.rows.filter { $0["kind"] != "connu_isg_inconsistent" }.map {
            key($0["kind"] ?? "", $0["site"] ?? "", $0["file"] ?? "", $0["sheet"] ?? "", $0["row"] ?? "", $0["cell"] ?? "", $0["field"] ?? "", $0["value"] ?? "")
        })
        let ours = Set(result.findings.map {
            key($0.kind, $0.site ?? "", $0.file ?? "", $0.sheet ?? "", $0.row.map(String.init) ?? "", $0.kind == "duplicate_entry" ? "" : $0.cell ?? "",
                $0.field ?? "", $0.value ?? "")
        })
        #expect(expected.subtracting(ours).sorted().isEmpty, "missing: \(expected.subtracting(ours).sorted().joined(separator: "\n"))")
        #expect(ours.subtracting(expected).sorted().isEmpty, "extra: \(ours.subtracting(expected).sorted().prefix(30).joined(separator: "\n"))")
        // The raw value as written, where the truth gives one.
        for row in truth.rows where !(row["value"] ?? "").isEmpty && row["kind"] != "connu_isg_inconsistent" {
            let match = result.findings.first { $0.kind == row["kind"] && $0.file == row["file"] && $0.sheet == row["sheet"] && $0.row.map(String.init) == row["row"] }
            if row["kind"] != "missing_month" { #expect(match?.value == row["value"], "\(row)") }
        }
    }

    @Test func everyFileAccountAddsUpAndMatches() throws {
        let result = try SamplesRun.result.get()
        let truth = try SamplesRun.truth("nondata")
        var expected: [String: [Int]] = [:]
        for row in truth.rows {
            let counts = ["rows_read", "kept", "duplicates", "rejected", "non_data"].map { Int(row[$0] ?? "") ?? -1 }
            expected[row["file"] ?? "", default: [0, 0, 0, 0, 0]] = zip(expected[row["file"] ?? ""] ?? [0, 0, 0, 0, 0], counts).map { $0 + $1 }
        }
        for account in result.accounts {
            #expect(account.isBalanced, "\(account.file)")
            let ours = [account.rowsRead, account.kept, account.duplicates, account.rejected, account.nonData]
            #expect(expected[account.file] == ours, "\(account.file): truth \(expected[account.file] ?? []), ours \(ours)")
        }
        #expect(Set(result.accounts.map(\.file)) == Set(expected.keys))
    }
}
