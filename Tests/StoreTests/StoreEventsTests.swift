// The run log's entries besides the imports: written by a writer, read back in order,
// and kept apart from the import runs (their numbering and counts are unchanged).

import Foundation
import Testing
import TestSupport
@testable import Store

@Suite struct StoreEventsTests {
    @Test func identityTogglesAreLoggedWithTheUserAndTheTime() throws {
        let folder = try temporaryFolder()
        do {
            let store = try ConsolidationStore(folder: folder, writable: true)
            try store.record(ImportBatch(files: [importedFile("a", rows: 2)]))
            try store.log(.identitiesShown, user: "agent1", detail: "workbench", at: "2026-12-04T20:00:00Z")
            let second = try store.log(.identitiesHidden, user: "agent1", detail: "workbench")
            #expect(second.at.count == 20 && second.at.hasSuffix("Z"))
        }
        // Read back by a reader, as the workbench's pages do.
        let reader = try ConsolidationStore(folder: folder)
        let events = try reader.events()
        #expect(events.map(\.kind) == [.identitiesShown, .identitiesHidden])
        #expect(events.first == LogEvent(at: "2026-12-04T20:00:00Z", kind: .identitiesShown, user: "agent1", detail: "workbench"))
        // An entry is no import: the import runs are still one.
        #expect(try reader.runs().count == 1)
    }

    @Test func aStoreWithoutTheTableReadsAsAnEmptyLog() throws {
        let folder = try temporaryFolder()
        do {
            let store = try ConsolidationStore(folder: folder, writable: true)
            try store.record(ImportBatch(files: [importedFile("a", rows: 1)]))
            // As a store written by an isg from before the table.
            try store.db.execute("DROP TABLE run_events")
        }
        #expect(try ConsolidationStore(folder: folder).events().isEmpty)
        // Opened for writing, the store gets the table back and takes entries.
        let writer = try ConsolidationStore(folder: folder, writable: true)
        try writer.log(.identitiesShown, user: "agent2", detail: "workbench")
        #expect(try writer.events().map(\.user) == ["agent2"])
    }

}
