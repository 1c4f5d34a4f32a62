// `isg indicators`: the Alsace convergent indicators from a consolidated store.

import Writers
import ArgumentParser
import Indicators
import Model
import Store

#if canImport(Glibc)
import Glibc
#endif

struct Indicators: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indicators",
        abstract: "Computes the Alsace convergent indicators from the consolidated store.",
        discussion: """
        Scopes: alsace, 67, 68 and each site (all by default). The period defaults to the calendar year \
        of the latest referral. Refuses while the latest import has error findings, unless --accept-findings.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, csv, json, html }

    @Option(help: "The store: consolidation.sqlite written by `isg import`.")
    var db: String = "isg-out/consolidation.sqlite"

    @Option(help: "First day of the period (YYYY-MM-DD), with --to.")
    var from: String?

    @Option(help: "Last day of the period (YYYY-MM-DD), with --from.")
    var to: String?

    @Option(help: "A calendar year.")
    var year: Int?

    @Option(help: "alsace, 67, 68 or a site code; repeat for several.")
    var scope: [String] = []

    @Option(help: "Also give the figures by quarter or month.")
    var by: String?

    @Option(help: "text, csv, json or html.")
    var format: Format = .text

    @Option(name: .customLong("csv-separator"), help: "Separator of the CSV format: ';' or ','.")
    var csvSeparator: String = ";"

    @Flag(help: "Compute the figures even though the latest import has error findings.")
    var acceptFindings = false

    /// One line on standard error (stderr as a C global is not concurrency-safe in Swift 6).
    private static func complain(_ message: String) {
        let line = Array("isg indicators: \(message)\n".utf8)
        _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    }

    func run() throws {
        let split: Period.Split?
        if let by {
            guard let s = Period.Split(rawValue: by) else { throw ValidationError("--by takes quarter or month, not \(by)") }
            split = s
        } else {
            split = nil
        }
        guard csvSeparator == ";" || csvSeparator == "," else { throw ValidationError("--csv-separator takes ';' or ','") }
        do {
            let period = try IndicatorRequest.period(year: year, from: from, to: to)
            let store = try ConsolidationStore(databaseFile: db)
            let request = IndicatorRequest(period: period, scopes: scope, split: split, acceptFindings: acceptFindings)
            let report = try request.run(on: store)
            switch format {
            case .text: print(report.text(), terminator: "")
            case .csv: print(report.csv(separator: csvSeparator == "," ? "," : ";"), terminator: "")
            case .json: print(report.json(), terminator: "")
            case .html: print(report.html(), terminator: "")
            }
        } catch let error as IndicatorError {
            Indicators.complain("\(error)")
            throw ExitCode(2)
        } catch let error as StoreError {
            Indicators.complain("\(error)")
            throw ExitCode(2)
        } catch let error as SQLiteError {
            Indicators.complain("\(db) is not a store isg can read (\(error))")
            throw ExitCode(2)
        } catch let error as FileError {
            Indicators.complain("\(error)")
            throw ExitCode(2)
        }
    }
}
