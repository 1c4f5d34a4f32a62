// A person keeps its id as months are added and across runs; ids are keyed, not derived from names.

import TestSupport
import Foundation
import Pipeline
import Store
import Testing

@Suite struct PersonIDStabilityTests {
    func importAndReadIDs(_ input: String, into out: String) throws -> [String: String] {
        _ = try ImportJob.run(ImportOptions(inputs: [input], mappingsFolder: Repo.path("Mappings"), outputFolder: out))
        return try ConsolidationStore(folder: out).personIDAssignments()
    }

    @Test func idsSurviveAddedMonthsAndReruns() throws {
        let input = try temporaryFolder("months-in"), out = try temporaryFolder("months-out")
        try SampleMonths.copy(1...6, into: input)
        let firstHalf = try importAndReadIDs(input, into: out)
        #expect(firstHalf.count > 1500)

        try SampleMonths.copy(7...12, into: input)
        let wholeYear = try importAndReadIDs(input, into: out)
        #expect(wholeYear.count > firstHalf.count)
        // A person whose January-June records are still grouped the same way keeps its id. A record
        // may move to another person when later months bring evidence (a namesake appears): rare.
        var before: [String: Set<String>] = [:], after: [String: Set<String>] = [:]
        for (record, id) in firstHalf {
            before[id, default: []].insert(record)
            if let later = wholeYear[record] { after[later, default: []].insert(record) }
        }
        let unchangedGroups = before.filter { id, records in
            guard let later = wholeYear[records.first ?? ""] else { return false }
            return after[later] == records
        }
        #expect(unchangedGroups.count > before.count * 95 / 100)
        let renamed = unchangedGroups.filter { id, records in wholeYear[records.first ?? ""] != id }
        #expect(renamed.isEmpty, "persons whose records did not change but whose id did: \(renamed.count)")
        let moved = firstHalf.filter { wholeYear[$0.key] != $0.value }
        #expect(moved.count * 100 < firstHalf.count, "records that changed person: \(moved.count)")

        let rerun = try importAndReadIDs(input, into: out)
        #expect(rerun == wholeYear)
    }

    @Test func idsAreKeyedPseudonymsNotDerivedFromTheData() throws {
        let input = try temporaryFolder("key-in")
        try SampleMonths.copy(1...2, into: input)
        let a = try importAndReadIDs(input, into: try temporaryFolder("key-a"))
        let b = try importAndReadIDs(input, into: try temporaryFolder("key-b"))
        #expect(a.count == b.count)
        // Two stores, two secret keys: the same records get unrelated ids.
        #expect(a.allSatisfy { b[$0.key] != $0.value })
        #expect(a.values.allSatisfy { $0.hasPrefix("P-") && $0.count == 14 })
    }
}
