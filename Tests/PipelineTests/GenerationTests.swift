// Through `ImportJob`: the exports are one generation with the store,
// what a killed run left is swept and reported, and persons do not depend on the order of imports.

import Foundation
import Model
import Pipeline
import Store
import Testing
import Texts
import TestSupport

@Suite(.texts(.en)) struct GenerationTests {
    /// These tests read the English texts; the French ones are checked on the real binary (IsgTests).

    /// The samples' given months copied to `scratch/in` and imported into `scratch/out`.
    static func importMonths(_ months: ClosedRange<Int>, in scratch: ScratchFolder) throws -> (input: String, out: String) {
        let input = scratch.file("in"), out = scratch.file("out")
        try SampleMonths.copy(months, into: input)
        _ = try run(input, out)
        return (input, out)
    }

    static func run(_ input: String, _ out: String) throws -> ImportOutcome {
        try ImportJob.run(ImportOptions(inputs: [input], mappingsFolder: Repo.path("Mappings"), outputFolder: out))
    }

    static func manifestGeneration(_ out: String) throws -> Int? {
        let data = try Data(contentsOf: URL(fileURLWithPath: out + "/current/generation.json"))
        return (try JSONSerialization.jsonObject(with: data) as? [String: Any])?["generation"] as? Int
    }

    @Test func theExportsAreOneGenerationWithTheStore() throws {
        let scratch = try ScratchFolder("generation")
        defer { scratch.remove() }
        let (input, out) = try Self.importMonths(1...2, in: scratch)
        try SampleMonths.copy(3...3, into: input)
        let outcome = try Self.run(input, out)
        // Nothing else beside the store and `current`: no staging folder, no temporary file, and the
        // journal merged and gone (the database file copied alone is whole).
        let left = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(left == ["consolidation.sqlite", "current", "person-id.key"], "\(left)")
        let store = try ConsolidationStore(folder: out)
        let generation = try #require(try store.latestGeneration())
        #expect(generation.switched && generation.runID == outcome.generation && outcome.generation == 2)
        #expect(try Self.manifestGeneration(out) == generation.runID)
        let exported = try csvRecords(out + "/current/saisines.csv").compactMap { $0["record_id"] }
        #expect(exported == (try store.referrals().map(\.recordID)))
    }

    @Test func whatAKilledRunLeftIsSweptAndReported() throws {
        let scratch = try ScratchFolder("sweep")
        defer { scratch.remove() }
        let (input, out) = try Self.importMonths(1...1, in: scratch)
        // Leftovers of a killed run: an old-style temporary file (it held names), a new-style one,
        // and a staging folder no committed run names.
        try Data("NOM;PRENOM".utf8).write(to: URL(fileURLWithPath: out + "/saisines.csv.tmp-4242"))
        try Data("x".utf8).write(to: URL(fileURLWithPath: out + "/.persons.csv.isg-tmp-0123abcd"))
        try FileManager.default.createDirectory(atPath: out + "/.isg-gen-7-beef", withIntermediateDirectories: false)
        let outcome = try Self.run(input, out)
        let left = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(left == ["consolidation.sqlite", "current", "person-id.key"], "\(left)")
        let swept = try #require(outcome.findings.first { $0.kind == "temporary_files_removed" })
        #expect(swept.message.contains("3 temporary files") && swept.message.contains("saisines.csv.tmp-4242"))
    }

    @Test func personsDoNotDependOnTheOrderOfImports() throws {
        let scratch = try ScratchFolder("order")
        defer { scratch.remove() }
        let january = scratch.file("january"), year = scratch.file("year")
        try SampleMonths.copy(1...1, into: january)
        try SampleMonths.copy(1...12, into: year)
        let stepwise = scratch.file("stepwise"), atOnce = scratch.file("at-once")
        _ = try Self.run(january, stepwise)
        _ = try Self.run(year, stepwise)
        _ = try Self.run(year, atOnce)
        func partition(_ out: String) throws -> Set<Set<String>> {
            var groups: [String: Set<String>] = [:]
            for (record, person) in try ConsolidationStore(folder: out).personIDAssignments() { groups[person, default: []].insert(record) }
            return Set(groups.values)
        }
        let a = try partition(stepwise), b = try partition(atOnce)
        #expect(a.count > 2000)
        #expect(a == b, "\(a.subtracting(b).count) person groups differ (6 on the old code)")
    }
}
