// Opt-in timing of a large import (ISG_STORE_PERF=rows), to size the national benchmark; a no-op otherwise.

import TestSupport
import Foundation
import Testing
@testable import Store

@Suite struct StorePerfProbe {
    @Test func largeImportTiming() throws {
        guard let text = ProcessInfo.processInfo.environment["ISG_STORE_PERF"], let total = Int(text) else { return }
        let files = (0..<(total / 75)).map { importedFile("S\($0 / 12)/m\($0 % 12).xlsx", rows: 75) }
        var ids: [String: String] = [:]
        for f in files { for r in f.referrals { ids[r.recordID] = r.personID } }
        let store = try ConsolidationStore(folder: try temporaryFolder(), writable: true)
        let clock = ContinuousClock()
        let first = try clock.measure { try store.record(ImportBatch(files: files, personIDs: ids)) }
        let second = try clock.measure { try store.record(ImportBatch(files: files, personIDs: ids)) }
        let read = try clock.measure { _ = try store.referrals() }
        print("store perf: \(total) referrals: first import \(first), again \(second), read back \(read)")
    }
}
