// The outputs of an import, read from the store once and written on several threads: CSV, XLSX, the report.

import Writers
import Exports
import Consolidation
import Dispatch
import Foundation
import Mapping
import Model
import Report
import Store
import Texts

extension ImportJob {
    /// Writes the exports and the quality report of the store's current state; returns the paths
    /// in a fixed order (the CSV files, the workbook, the report's HTML and JSON). The three
    /// writers share the values read here and touch different files, so they run at once.
    static func writeOutputs(store: ConsolidationStore, options: ImportOptions, mappings: MappingSet, into folder: String,
                             clock: inout StageClock) throws -> [String] {
        let referrals = try store.referrals()
        let meetings = try store.meetings()
        let tables = Exports.tables(referrals: referrals, meetings: meetings, persons: try store.persons(),
                                    rejections: try store.rejections(), identified: options.identified)
        var input = try reportInput(store: store, referrals: referrals, meetings: meetings, identified: options.identified)
        input.isKnownWording = { mappings.knowsWording($0) }
        let report = input
        let context = try WorkbookContext.of(store, identified: options.identified)
        clock.lap("read back")

        let separator = options.csvSeparator
        try PrivateFiles.createFolder(folder)
        // The workbook takes about as long as the CSV files and the report together: it goes first,
        // so on two cores the other two follow each other beside it.
        let written = Concurrently.run([
            { @Sendable in [try Exports.writeWorkbook(tables, context: context, to: folder)] },
            { @Sendable in try Exports.writeCSV(tables, to: folder, separator: separator) },
            { @Sendable in
                let files = try QualityReport.write(report, to: URL(fileURLWithPath: folder))
                return [files.html.path, files.json.path]
            },
        ])
        clock.lap("write outputs")
        let (workbook, csv, reportFiles) = (try written[0].get(), try written[1].get(), try written[2].get())
        return csv + workbook + reportFiles
    }

    /// The report covers the whole consolidated store, compared with the run before this one.
    static func reportInput(store: ConsolidationStore, referrals: [Referral], meetings: [Meeting],
                            identified: Bool) throws -> QualityReportInput {
        let runs = try store.runs()
        let previous = runs.count >= 2 ? try store.files(ofRun: runs[runs.count - 2].runID) : nil
        return QualityReportInput(accounts: try store.importedFiles(), findings: try store.findings(),
                                  referrals: referrals, meetings: meetings, previous: previous, identified: identified)
    }
}

/// Independent jobs on all cores; each job's result (or error) at its own index.
enum Concurrently {
    static func run<T: Sendable>(_ jobs: [@Sendable () throws -> T]) -> [Result<T, any Error>] {
        ParallelMap.map(jobs.count, Texts.carried { index in Result { try jobs[index]() } })
    }
}
