// `isg import` as a library call: consolidate the inputs, link persons, store, export, report.

import Consolidation
import Foundation
import Linkage
import Mapping
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
    /// Threads reading files at once (default: the machine's cores). The output does not depend on it.
    public var workers: Int = ProcessInfo.processInfo.activeProcessorCount

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

        let run = ConsolidationRun(mappings: mappings, open: { try openWorkbook(path: $0) })
        // Files are read on every core; duplicates and months are settled in input order.
        let results = run.consolidate(files, workers: options.workers) { index, result in
            progress(index + 1, files.count, result)
        }
        var runFindings = run.finish()

        let persons = try PersonLinking.link(results: results, store: store, decisions: decisions)
        runFindings += persons.findings

        let batch = ImportBatch(
            files: results.map { ImportedFile(account: $0.account, referrals: $0.referrals, meetings: $0.meetings,
                                               rejections: $0.rejections, findings: $0.findings) },
            runFindings: runFindings, personIDs: persons.ids,
            sites: mappings.sites.map { Site(code: $0.code, name: $0.name, territory: $0.territory, carrier: $0.carrier) })
        try store.record(batch)

        var outputs = [store.databasePath]
        outputs += try Exports.write(from: store, to: options.outputFolder,
                                     options: ExportOptions(separator: options.csvSeparator, identified: options.identified))
        let report = try QualityReport.write(reportInput(store: store, identified: options.identified),
                                             to: URL(fileURLWithPath: options.outputFolder))
        outputs += [report.html.path, report.json.path]

        return ImportOutcome(accounts: results.map(\.account), findings: results.flatMap(\.findings) + runFindings,
                             persons: Set(persons.ids.values).count, uncertainPairs: persons.uncertainPairs,
                             outputs: outputs)
    }

    /// The report covers the whole consolidated store, compared with the run before this one.
    static func reportInput(store: ConsolidationStore, identified: Bool) throws -> QualityReportInput {
        let runs = try store.runs()
        let previous = runs.count >= 2 ? try store.files(ofRun: runs[runs.count - 2].runID) : nil
        return QualityReportInput(accounts: try store.importedFiles(), findings: try store.findings(),
                                  referrals: try store.referrals(), meetings: try store.meetings(),
                                  previous: previous, identified: identified)
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
