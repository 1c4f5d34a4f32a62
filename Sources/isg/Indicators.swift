// `isg indicators`: the Alsace convergent indicators from a consolidated store.

import ArgumentParser
import Indicators
import Model
import Store
import Texts
import Writers

struct Indicators: ParsableCommand {
    static let configuration = CommandConfiguration.isg("indicators")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, csv, json, html }

    @OptionGroup var language: LanguageOption
    @OptionGroup var store: StoreOption
    @Option(help: .isg("indicators.from")) var from: String?
    @Option(help: .isg("indicators.to")) var to: String?
    @Option(help: .isg("indicators.year")) var year: Int?
    @Option(help: .isg("indicators.scope")) var scope: [String] = []
    @Option(help: .isg("indicators.by")) var by: String?
    @Option(help: .isg("indicators.format")) var format: Format = .text
    @Option(name: .customLong("csv-separator"), help: .isg("indicators.csv-separator")) var csvSeparator: String = ";"
    @Flag(help: .isg("indicators.accept-findings")) var acceptFindings = false

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
            let request = IndicatorRequest(period: period, scopes: scope, split: split, acceptFindings: acceptFindings)
            let report = try request.run(on: try store.open(for: "isg indicators"))
            switch format {
            case .text: print(report.text(), terminator: "")
            case .csv: print(report.csv(separator: csvSeparator == "," ? "," : ";"), terminator: "")
            case .json: print(report.json(), terminator: "")
            case .html: print(report.html(), terminator: "")
            }
        } catch let error as SQLiteError {
            throw failure(Texts.current("cli.db.unreadable", ["db": store.db, "reason": "\(error)"]), command: "isg indicators")
        } catch where error is IndicatorError || error is StoreError || error is FileError {
            throw failure("\(error)", command: "isg indicators")
        }
    }
}
