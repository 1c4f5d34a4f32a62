// The store keeps what an import wrote, replaces a re-imported file's rows, and stays idempotent.

import TestSupport
import Model
import Testing
@testable import Store

@Suite struct StoreImportTests {
    @Test func referralsRoundTripEveryField() throws {
        let folder = try temporaryFolder()
        let store = try ConsolidationStore(folder: folder, writable: true)
        let file = importedFile("COLMAR/2023-03.ods", rows: 3)
        try store.record(ImportBatch(files: [file]))
        #expect(try store.referrals() == file.referrals)
        #expect(try store.meetings() == file.meetings)
        #expect(try store.rejections() == file.rejections)
        #expect(try store.importedFiles() == [file.account])
    }

    @Test func importingTheSameBatchTwiceChangesOnlyTheRunLog() throws {
        let folder = try temporaryFolder()
        let store = try ConsolidationStore(folder: folder, writable: true)
        let finding = Finding(kind: "impossible_date", severity: .warning, site: "COLMAR", file: "COLMAR/2023-03.ods",
                              sheet: "Mars", row: 4, cell: "F4", field: "date_saisine", value: "31/02/2023",
                              message: "impossible date")
        let batch = ImportBatch(files: [importedFile("COLMAR/2023-03.ods", rows: 4, findings: [finding]),
                                        importedFile("COLMAR/2023-04.ods", rows: 2)],
                                runFindings: [Finding(kind: "missing_month", severity: .warning, site: "COLMAR",
                                                      message: "no file for 2023-08")],
                                sites: [Site(code: "COLMAR", name: "Colmar", territory: "68", carrier: "CIDFF68")])
        let first = try store.record(batch, at: "2024-01-01T00:00:00Z")
        let dump = try dataDump(store)
        let second = try store.record(batch, at: "2024-02-01T00:00:00Z")
        #expect(try dataDump(store) == dump)
        #expect(first.changes["COLMAR/2023-03.ods"] == .new)
        #expect(second.changes["COLMAR/2023-03.ods"] == .unchanged)
        #expect(try store.runs().map(\.runID) == [1, 2])
        #expect(try store.findings().count == 2)
    }

    @Test func reimportingAChangedFileReplacesItsRowsOnly() throws {
        let store = try ConsolidationStore(folder: try temporaryFolder(), writable: true)
        try store.record(ImportBatch(files: [importedFile("A/m3.xlsx", rows: 5), importedFile("A/m4.xlsx", rows: 3)]))
        let summary = try store.record(ImportBatch(files: [importedFile("A/m3.xlsx", rows: 2, hash: "h2")]))
        #expect(summary.changes == ["A/m3.xlsx": .changed])
        let ids = try store.referrals().map(\.recordID)
        #expect(ids.filter { $0.hasPrefix("A/m3.xlsx#") }.count == 2)
        #expect(ids.filter { $0.hasPrefix("A/m4.xlsx#") }.count == 3)
        #expect(try store.rejections().count == 2)
        #expect(try store.files(ofRun: 1).map(\.rowsRead) == [8, 6])
        #expect(try store.files(ofRun: 2).map(\.rowsRead) == [5])
    }

    @Test func aFileNamePrefixOfAnotherKeepsItsNeighbour() throws {
        let store = try ConsolidationStore(folder: try temporaryFolder(), writable: true)
        try store.record(ImportBatch(files: [importedFile("A/m3.xlsx", rows: 2), importedFile("A/m3.xlsx.bak", rows: 2)]))
        try store.record(ImportBatch(files: [], removedFiles: ["A/m3.xlsx"]))
        #expect(try store.referrals().count == 2)
        #expect(try store.importedFiles().map(\.file) == ["A/m3.xlsx.bak"])
    }

    @Test func changesAreReportedAgainstTheLastImport() throws {
        let store = try ConsolidationStore(folder: try temporaryFolder(), writable: true)
        try store.record(ImportBatch(files: [importedFile("a", rows: 1, hash: "x"), importedFile("b", rows: 1, hash: "y")]))
        let changes = try store.changes(comparedWith: ["a": "x", "b": "z", "c": "w"])
        #expect(changes == ["a": .unchanged, "b": .changed, "c": .new])
        #expect(try store.changes(comparedWith: ["a": "x"])["b"] == .missing)
    }

    @Test func anUnbalancedAccountIsRefusedAndLeavesTheStoreAsItWas() throws {
        let store = try ConsolidationStore(folder: try temporaryFolder(), writable: true)
        try store.record(ImportBatch(files: [importedFile("a", rows: 2)]))
        let before = try dataDump(store)
        var bad = importedFile("b", rows: 2)
        bad.account.kept += 1
        #expect(throws: StoreError.unbalancedAccount(file: "b")) { try store.record(ImportBatch(files: [bad])) }
        #expect(try dataDump(store) == before)
    }

    @Test func personsAndAssignmentsFollowTheLinkage() throws {
        let store = try ConsolidationStore(folder: try temporaryFolder(), writable: true)
        let file = importedFile("a", rows: 4)
        try store.record(ImportBatch(files: [file]))
        #expect(try store.persons().map(\.referrals) == [2, 1, 1])
        // The linkage merges two people: every record now carries one id.
        let merged = Dictionary(uniqueKeysWithValues: file.referrals.map { ($0.recordID, "P-ONE") })
        try store.record(ImportBatch(files: [], personIDs: merged))
        let persons = try store.persons()
        #expect(persons == [PersonSummary(personID: "P-ONE", referrals: 4, firstReferral: "2023-03-05",
                                          lastReferral: "2023-03-05", sites: ["COLMAR"])])
        #expect(try store.personIDAssignments() == merged)
    }

    @Test func errorFindingsAreCountedUntilTheFileIsImportedClean() throws {
        let store = try ConsolidationStore(folder: try temporaryFolder(), writable: true)
        let error = Finding(kind: "missing_required", severity: .error, file: "a", message: "no date")
        try store.record(ImportBatch(files: [importedFile("a", rows: 1, findings: [error])]))
        #expect(try store.errorFindingCount() == 1)
        try store.record(ImportBatch(files: [importedFile("a", rows: 1, hash: "h2")]))
        #expect(try store.errorFindingCount() == 0)
    }
}
