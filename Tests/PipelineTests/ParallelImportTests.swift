// The import's parallel consolidation gives the same results, in the same order, as one file after the other.

import Model
import Consolidation
import Foundation
import Mapping
@testable import Pipeline
import Testing

@Suite struct ParallelImportTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// Every file of Samples/, consolidated by a fresh run with `workers` threads.
    func consolidateSamples(workers: Int) throws -> (results: [FileResult], runFindings: [Finding], order: [Int]) {
        let mappings = try MappingSet.load(folder: Self.root + "/Mappings")
        let run = ConsolidationRun(mappings: mappings)
        let files = InputFile.collect([Self.root + "/Samples"])
        var order: [Int] = []
        let results = run.consolidate(files, workers: workers) { index, _ in order.append(index) }
        return (results, run.finish(), order)
    }

    @Test func twoOrFourThreadsGiveTheSerialResults() throws {
        let serial = try consolidateSamples(workers: 1)
        #expect(serial.results.count == 36)
        // The samples plant duplicates within a file and missing months: both are run-wide checks.
        #expect(serial.results.reduce(0) { $0 + $1.account.duplicates } == 7)
        #expect(serial.runFindings.contains { $0.kind == "missing_month" })
        for workers in [2, 4] {
            let parallel = try consolidateSamples(workers: workers)
            #expect(parallel.order == Array(0..<36))
            #expect(parallel.results.map(\.account) == serial.results.map(\.account))
            #expect(parallel.results.map(\.referrals) == serial.results.map(\.referrals))
            #expect(parallel.results.map(\.meetings) == serial.results.map(\.meetings))
            #expect(parallel.results.map(\.rejections) == serial.results.map(\.rejections))
            #expect(parallel.results.map(\.findings) == serial.results.map(\.findings))
            #expect(parallel.results.map(\.notKnownISGCells) == serial.results.map(\.notKnownISGCells))
            #expect(parallel.runFindings == serial.runFindings)
        }
    }

    /// A file repeating rows of an earlier file of its site: the later one is the duplicate,
    /// whichever thread finishes first.
    @Test func duplicatesAcrossFilesFollowInputOrder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("isg-parallel-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("STRASBOURG")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        let source = Self.root + "/Samples/STRASBOURG/2023-03.xlsx"
        for name in ["2023-03.xlsx", "2023-03 copie.xlsx", "2023-03 copie 2.xlsx"] {
            try FileManager.default.copyItem(atPath: source, toPath: site.appendingPathComponent(name).path)
        }
        let mappings = try MappingSet.load(folder: Self.root + "/Mappings")
        let files = InputFile.collect([folder.path])
        let serial = ConsolidationRun(mappings: mappings).consolidate(files, workers: 1)
        let parallel = ConsolidationRun(mappings: mappings).consolidate(files, workers: 3)
        #expect(serial.map(\.account) == parallel.map(\.account))
        #expect(serial.map(\.findings) == parallel.map(\.findings))
        // The first file in path order keeps its rows; the two copies only repeat them.
        #expect(serial.map(\.account.file) == ["STRASBOURG/2023-03 copie 2.xlsx", "STRASBOURG/2023-03 copie.xlsx", "STRASBOURG/2023-03.xlsx"])
        let first = serial[0].account
        #expect(first.kept > 300)
        for copy in serial.dropFirst() {
            #expect(copy.referrals.isEmpty)
            #expect(copy.account.duplicates == serial[0].referrals.count + first.duplicates)
            #expect(copy.account.kept == copy.meetings.count)   // meetings are not checked for duplicates
        }
    }
}
