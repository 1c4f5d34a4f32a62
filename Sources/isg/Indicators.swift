// `isg indicators`: the Alsace convergent indicators from a consolidated store.

import Writers
import ArgumentParser
import Indicators
import Model
import Store
import Texts

#if canImport(Glibc)
import Glibc
#endif

struct Indicators: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indicators",
        abstract: Texts.current("help.indicators.abstract"),
        discussion: Texts.current("help.indicators.discussion"))

    @OptionGroup var language: LanguageOption

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, csv, json, html }

    @Option(help: ArgumentHelp(Texts.current("help.option.db")))
    var db: String = "isg-out/consolidation.sqlite"

    @Option(help: ArgumentHelp(Texts.current("help.indicators.from")))
    var from: String?

    @Option(help: ArgumentHelp(Texts.current("help.indicators.to")))
    var to: String?

    @Option(help: ArgumentHelp(Texts.current("help.indicators.year")))
    var year: Int?

    @Option(help: ArgumentHelp(Texts.current("help.indicators.scope")))
    var scope: [String] = []

    @Option(help: ArgumentHelp(Texts.current("help.indicators.by")))
    var by: String?

    @Option(help: ArgumentHelp(Texts.current("help.indicators.format")))
    var format: Format = .text

    @Option(name: .customLong("csv-separator"), help: ArgumentHelp(Texts.current("help.indicators.csv-separator")))
    var csvSeparator: String = ";"

    @Flag(help: ArgumentHelp(Texts.current("help.indicators.accept-findings")))
    var acceptFindings = false

    /// One line on standard error (stderr as a C global is not concurrency-safe in Swift 6).
    private static func complain(_ message: String) {
        let line = Array((Texts.current("cli.command.error", ["command": "isg indicators", "message": message]) + "\n").utf8)
        _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    }

    func run() throws {
        let split: Period.Split?
        if let by {
            guard let s = Period.Split(rawValue: by) else { throw ValidationError(Texts.current("cli.indicators.by", ["value": by])) }
            split = s
        } else {
            split = nil
        }
        guard csvSeparator == ";" || csvSeparator == "," else { throw ValidationError(Texts.current("cli.csv-separator")) }
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
            Indicators.complain(Texts.current("cli.db.unreadable", ["db": db, "reason": "\(error)"]))
            throw ExitCode(2)
        } catch let error as FileError {
            Indicators.complain("\(error)")
            throw ExitCode(2)
        }
    }
}
