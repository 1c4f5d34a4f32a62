// `isg import` as a library call: consolidate the inputs, link persons, store, export, report.

import Consolidation
import Foundation
import Linkage
import Mapping
import Model
import Report
import Spreadsheet
import Store

public struct ImportOptions: Sendable {
    public var inputs: [String]
    public var mappingsFolder: String
    public var outputFolder: String
    /// Names, birth dates and communes in the exports and the report.
    public var identified: Bool
    public var csvSeparator: Character
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
    public var uncertainPairs: Int
    public var outputs: [String]

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
    public static func run(_ options: ImportOptions, progress: (Int, Int, FileResult) -> Void = { _, _, _ in }) throws -> ImportOutcome {
        var clock = StageClock()
        let mappings: MappingSet
        do {
            mappings = try MappingSet.load(folder: options.mappingsFolder)
        } catch {
            throw ImportJobError("\(error)")
        }
        let decisions = try loadDecisions(options.mappingsFolder)
        let files = try collectInputs(options.inputs)

        let store: ConsolidationStore
        do {
            store = try ConsolidationStore(folder: options.outputFolder, writable: true)
        } catch {
            throw ImportJobError("\(error)")
        }

        clock.lap("setup")
        let stored = try consolidateLinkAndStore(files, mappings: mappings, decisions: decisions, store: store,
                                                 workers: options.workers, progress: progress, clock: &clock)
        // From here on the store holds the run: the files' records are no longer in memory.
        FreedMemory.release()
        let outputs = try writeOutputs(store: store, options: options, clock: &clock)
        return ImportOutcome(accounts: stored.accounts, findings: stored.findings, persons: stored.persons,
                             uncertainPairs: stored.uncertainPairs, outputs: [store.databasePath] + outputs)
    }

    /// What the summary needs of the consolidation, once its records are in the store.
    struct Stored {
        var accounts: [FileAccount]
        var findings: [Finding]
        var persons: Int
        var uncertainPairs: Int
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
    static func consolidateLinkAndStore(_ files: [InputFile], mappings: MappingSet, decisions: [LinkDecision],
                                        store: ConsolidationStore, workers: Int,
                                        progress: (Int, Int, FileResult) -> Void, clock: inout StageClock) throws -> Stored {
        let (results, consolidationFindings) = consolidate(files, mappings: mappings, workers: workers, progress: progress)
        var runFindings = consolidationFindings
        // The run's duplicate keys (one per kept referral) are gone with it.
        FreedMemory.release()
        clock.lap("consolidate")

        let persons = try PersonLinking.link(results: results, store: store, decisions: decisions)
        runFindings += persons.findings
        FreedMemory.release()
        clock.lap("link")

        let batch = ImportBatch(
            files: results.map { ImportedFile(account: $0.account, referrals: $0.referrals, meetings: $0.meetings,
                                               rejections: $0.rejections, findings: $0.findings) },
            runFindings: runFindings, personIDs: persons.ids,
            sites: mappings.sites.map { Site(code: $0.code, name: $0.name, territory: $0.territory, carrier: $0.carrier) })
        try store.record(batch)
        clock.lap("store")
        return Stored(accounts: results.map(\.account), findings: results.flatMap(\.findings) + runFindings,
                      persons: Set(persons.ids.values).count, uncertainPairs: persons.uncertainPairs)
    }

    static func collectInputs(_ inputs: [String]) throws -> [InputFile] {
        for input in inputs where !FileManager.default.fileExists(atPath: input) {
            throw ImportJobError("\(input): no such file or folder. Give the folder that holds the month's files.")
        }
        for input in inputs where !FileManager.default.isReadableFile(atPath: input) {
            throw ImportJobError("\(input): cannot be read (permissions). Check that you may open it.")
        }
        return InputFile.collect(inputs)
    }

    static func loadDecisions(_ folder: String) throws -> [LinkDecision] {
        let path = (folder as NSString).appendingPathComponent(decisionsFileName)
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw ImportJobError("\(path): cannot be read as UTF-8 text. Save it as CSV UTF-8.")
        }
        do {
            return try LinkFiles.readDecisions(text, file: path)
        } catch {
            throw ImportJobError("\(error)")
        }
    }
}
