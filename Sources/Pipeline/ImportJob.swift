// `isg import` as a library call: consolidate the inputs, link persons, store, export, report.

import Consolidation
import Foundation
import Linkage
import Mapping
import Model
import Report
import Spreadsheet
import Store
import Writers
import Texts

public struct ImportOptions: Sendable {
    public var inputs: [String]
    public var mappingsFolder: String
    public var outputFolder: String
    /// Names, birth dates and communes in the exports and the report.
    public var identified: Bool
    public var csvSeparator: Character
    /// Stored files (relative paths as in the store, or paths of the files) whose rows this run
    /// removes: the one way rows leave the store.
    public var forget: [String] = []
    /// Accept an output folder other users may write to.
    public var sharedOutputFolder = false
    /// Outputs readable by the output folder's group: files 0640 in 0750 folders (the store and
    /// the key stay 0600), for a protected shared drive. Off: everything is owner-only.
    public var groupReadable = false
    /// Threads reading files at once (default: the machine's cores, or ISG_WORKERS for benchmarks
    /// and checks). The output does not depend on it.
    public var workers: Int = ProcessInfo.processInfo.environment["ISG_WORKERS"].flatMap { Int($0) }.map { max(1, $0) }
        ?? ProcessInfo.processInfo.activeProcessorCount

    public init(inputs: [String], mappingsFolder: String = "Mappings", outputFolder: String = "isg-out",
                identified: Bool = false, csvSeparator: Character = ";") {
        self.inputs = inputs
        self.mappingsFolder = mappingsFolder
        self.outputFolder = outputFolder
        self.identified = identified
        self.csvSeparator = csvSeparator
    }
}

/// What a run did, for the summary and the exit code.
public struct ImportOutcome: Sendable {
    /// This run's files, in input order.
    public var accounts: [FileAccount]
    /// This run's findings (per file and run-wide).
    public var findings: [Finding]
    public var persons: Int
    /// Doubtful person decisions listed for review, and those beyond the list's limit left to the model.
    public var reviewDecisions: Int
    public var unlistedDecisions = 0
    /// Of those, the ones that may change the count of distinct persons (the others choose between persons).
    public var unlistedChangingTheCount = 0
    public var outputs: [String]
    /// Files whose rows left the store in this run (forgotten, or read again under another path).
    public var removed: [RemovedFile] = []
    /// The export generation now in `current/`: the run id of the store's latest run.
    public var generation: Int = 0

    public var kept: Int { accounts.reduce(0) { $0 + $1.kept } }
    public var rejected: Int { accounts.reduce(0) { $0 + $1.rejected } }
    public var nonData: Int { accounts.reduce(0) { $0 + $1.nonData } }
    public var duplicates: Int { accounts.reduce(0) { $0 + $1.duplicates } }
    public var read: Int { accounts.reduce(0) { $0 + $1.rowsRead } }

    public func count(_ severity: Severity) -> Int { findings.filter { $0.severity == severity }.count }

    /// 0: everything imported; 1: rows were rejected or some findings are errors.
    public var exitCode: Int32 { rejected > 0 || count(.error) > 0 ? 1 : 0 }
}

/// Why a run could not proceed (exit 2): the message says what to do.
public struct ImportJobError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

public enum ImportJob {
    /// The file in the mappings folder where people state that two records are (never) the same person.
    public static let decisionsFileName = "personnes.csv"

    /// Runs the whole import. `progress` is called once per file, after it was consolidated.
    ///
    /// The store's transaction spans the records and the exports: the exports are written into a
    /// staging folder, the store commits to that generation, and the folder is then switched in as
    /// `current/`. A failure anywhere before the commit (a full disk, a kill) leaves the previous
    /// store and the previous `current/` as they were; after it, the next run finishes the switch.
    public static func run(_ options: ImportOptions, progress: (Int, Int, FileResult) -> Void = { _, _, _ in }) throws -> ImportOutcome {
        var clock = StageClock()
        let mappings: MappingSet
        do {
            mappings = try MappingSet.load(folder: options.mappingsFolder)
        } catch {
            throw ImportJobError("\(error)")
        }
        let decisions = try loadDecisions(options.mappingsFolder)
        let files = try InputIdentity.resolve(try collectInputs(options.inputs))
        try InputIdentity.checkClaims(files, mappings: mappings)

        let folder = options.outputFolder
        let store: ConsolidationStore
        let swept: [String]
        do {
            try PrivateFiles.createFolder(folder)
            try PrivateFiles.refuseShared(folder, allowed: options.sharedOutputFolder)
            if options.groupReadable { try GroupReadable.open(outputFolder: folder) }
            store = try ConsolidationStore(folder: folder, writable: true)
            swept = PrivateFiles.sweepTemporaryFiles(in: folder) + (try ExportGenerations.recover(in: folder, store: store))
        } catch {
            throw ImportJobError("\(error)")
        }
        let forgotten = try resolveForgotten(options.forget, inputs: files, store: store)

        clock.lap("setup")
        var staging: String? = nil
        defer { if let staging { try? FileManager.default.removeItem(atPath: folder + "/" + staging) } }
        var outcome: ImportOutcome
        do {
            outcome = try store.inOneTransaction {
                var stored = try consolidateLinkAndStore(files, mappings: mappings, decisions: decisions, store: store,
                                                         forgotten: forgotten, swept: swept,
                                                         workers: options.workers, progress: progress, clock: &clock)
                // From here on the store holds the run: the files' records are no longer in memory.
                FreedMemory.release()
                let name = try ExportGenerations.stage(in: folder, runID: stored.generation)
                staging = name
                let outputs = try writeOutputs(store: store, options: options, mappings: mappings, into: folder + "/" + name, clock: &clock)
                try ExportGenerations.writeManifest(in: folder + "/" + name, runID: stored.generation,
                                                    files: outputs.map { ($0 as NSString).lastPathComponent })
                if options.groupReadable { try GroupReadable.open(generation: folder + "/" + name) }
                try store.commitTo(generation: stored.generation, folder: name)
                // Once committed, the folder is the store's generation: a stop (Ctrl-C) from here on
                // must leave it for the next run to switch in, not remove it.
                TemporaryFiles.unregister(folder + "/" + name)
                let current = folder + "/" + ExportGenerations.currentName
                stored.outputs = [store.databasePath] + outputs.map { current + "/" + ($0 as NSString).lastPathComponent }
                return stored
            }
        } catch let error as ImportJobError {
            throw error
        } catch {
            let unchanged = Texts.current("import.error.unchanged", ["current": folder + "/" + ExportGenerations.currentName])
            if Self.isDiskFull(error) {
                throw ImportJobError(Texts.current("import.error.disk-full", ["folder": folder, "reason": "\(error)", "unchanged": unchanged]))
            }
            throw ImportJobError("\(error). \(unchanged)")
        }
        // Committed: from here on a failure leaves the folder for the next run to switch in.
        let committed = staging
        staging = nil
        do {
            if let name = committed { try ExportGenerations.switchIn(name, in: folder) }
            try store.markSwitched(outcome.generation)
            try store.checkpoint()
        } catch {
            throw ImportJobError("\(error)")
        }
        clock.lap("switch")
        outcome.outputs.sort { ($0.hasSuffix(".sqlite") ? 0 : 1, $0) < ($1.hasSuffix(".sqlite") ? 0 : 1, $1) }
        return outcome
    }


    /// Files are read on every core; duplicates and months are settled in input order.
    static func consolidate(_ files: [InputFile], mappings: MappingSet, workers: Int,
                            progress: (Int, Int, FileResult) -> Void) -> ([FileResult], [Finding]) {
        let run = ConsolidationRun(mappings: mappings, open: { try openWorkbook(path: $0) })
        let results = run.consolidate(files, workers: workers) { index, result in
            progress(index + 1, files.count, result)
        }
        return (results, run.finish())
    }

    /// Consolidates, links and records the run. The records live only inside this function, so
    /// their memory is given back before the exports and the report read the store.
    static func consolidateLinkAndStore(_ inputs: [IdentifiedInput], mappings: MappingSet, decisions: [LinkDecision],
                                        store: ConsolidationStore, forgotten: [StoredFile], swept: [String], workers: Int,
                                        progress: (Int, Int, FileResult) -> Void, clock: inout StageClock) throws -> ImportOutcome {
        let (results, consolidationFindings) = consolidate(inputs.map(\.file), mappings: mappings, workers: workers, progress: progress)
        var runFindings = consolidationFindings
        // The run's duplicate keys (one per kept referral) are gone with it.
        FreedMemory.release()
        clock.lap("consolidate")

        let stored = try store.storedFiles()
        let files = zip(inputs, results).map { input, result in
            importedFile(result, realPath: input.realPath, stored: stored, mappings: mappings)
        }
        // Rows that leave the store in this run: files read again, files forgotten, and files
        // stored under another name that this run read under its own.
        var leaving = Set(files.filter(\.wasRead).map(\.account.file)).union(forgotten.map(\.account.file))
        let readReal = Set(files.filter { $0.wasRead && !$0.realPath.isEmpty }.map(\.realPath))
        leaving.formUnion(stored.filter { readReal.contains($0.realPath) }.map(\.account.file))

        let persons = try PersonLinking.link(results: results.filter { leaving.contains($0.account.file) },
                                             leaving: leaving, store: store, decisions: decisions)
        runFindings += persons.findings + forgottenFindings(forgotten) + sweptFindings(swept)
        FreedMemory.release()
        clock.lap("link")

        let batch = ImportBatch(
            files: files, runFindings: runFindings, removedFiles: forgotten.map(\.account.file), personIDs: persons.ids,
            sites: mappings.sites.map(\.site))
        let summary = try store.record(batch)
        clock.lap("store")
        // The outcome once the records are in the store: the outputs are added when written.
        return ImportOutcome(accounts: results.map(\.account), findings: files.flatMap(\.findings) + runFindings,
                             persons: Set(persons.ids.values).count, reviewDecisions: persons.reviewDecisions,
                             unlistedDecisions: persons.unlistedDecisions, unlistedChangingTheCount: persons.unlistedChangingTheCount,
                             outputs: [], removed: summary.removed,
                             generation: summary.runID)
    }

    /// SQLite's "database or disk is full", or a write that found no space (ENOSPC, EDQUOT, EFBIG).
    static func isDiskFull(_ error: any Error) -> Bool {
        if let sqlite = error as? SQLiteError { return sqlite.code == 13 }
        if let file = error as? FileError { return [ENOSPC, EDQUOT, EFBIG].contains(file.errno) }
        return "\(error)".contains("No space left on device")
    }

    static func collectInputs(_ inputs: [String]) throws -> [InputFile] {
        for input in inputs where !FileManager.default.fileExists(atPath: input) {
            throw ImportJobError(Texts.current("import.error.no-input", ["input": input]))
        }
        for input in inputs where !FileManager.default.isReadableFile(atPath: input) {
            throw ImportJobError(Texts.current("import.error.input-permissions", ["input": input]))
        }
        return InputFile.collect(inputs)
    }

    static func loadDecisions(_ folder: String) throws -> [LinkDecision] {
        let path = (folder as NSString).appendingPathComponent(decisionsFileName)
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw ImportJobError(Texts.current("import.error.not-utf8", ["path": path]))
        }
        do {
            return try LinkFiles.readDecisions(text, file: path)
        } catch {
            throw ImportJobError("\(error)")
        }
    }
}
