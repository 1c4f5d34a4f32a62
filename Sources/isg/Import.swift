// `isg import`: the monthly consolidation; the work lives in Pipeline.

import ArgumentParser
import Foundation
import Model
import Pipeline
import Texts

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration.isg("import")

    @OptionGroup var language: LanguageOption
    @Argument(help: .isg("import.inputs")) var inputs: [String] = []
    @Option(help: .isg("import.mappings")) var mappings: String = "Mappings"
    @Option(help: .isg("import.out")) var out: String = "isg-out"
    @Flag(help: .isg("import.identified")) var identified = false
    @Option(name: .customLong("csv-separator"), help: .isg("import.csv-separator")) var csvSeparator: String = ";"
    @Option(name: .customLong("forget"), help: .isg("import.forget")) var forget: [String] = []
    @Flag(name: .customLong("shared-out"), help: .isg("import.shared-out")) var sharedOut = false
    @Flag(name: .customLong("group-readable"), help: .isg("import.group-readable")) var groupReadable = false

    func validate() throws {
        guard !inputs.isEmpty || !forget.isEmpty else {
            throw ValidationError(Texts.current("cli.import.no-input"))
        }
        guard csvSeparator == ";" || csvSeparator == "," || csvSeparator == "\\t" else {
            throw ValidationError(Texts.current("cli.csv-separator"))
        }
    }

    func run() throws {
        var options = ImportOptions(inputs: inputs, mappingsFolder: mappings, outputFolder: out, identified: identified,
                                    csvSeparator: csvSeparator == "\\t" ? "\t" : Character(csvSeparator))
        options.forget = forget
        options.sharedOutputFolder = sharedOut
        // The setting for every run of a shared drive: ISG_GROUP_READABLE=1.
        options.groupReadable = groupReadable || ProcessInfo.processInfo.environment["ISG_GROUP_READABLE"] == "1"
        let stop = StopSignals.install()
        defer { stop.cancel() }
        let showProgress = isatty(STDERR_FILENO) == 1
        let outcome: ImportOutcome
        do {
            outcome = try ImportJob.run(options) { index, total, result in
                // Off a terminal (a script, a scheduled job) only the files that could not be read are
                // printed: the run goes on without them, and a log should say which and why.
                guard showProgress || ImportSummaryText.isUnreadable(result) else { return }
                printError("[\(index)/\(total)] \(ImportSummaryText.fileLine(result))")
            }
        } catch {
            throw failure("\(error)", command: "isg import")
        }
        // A file no mapping claims any more, whose rows were kept: a mistake in a mapping, said
        // even off a terminal.
        for finding in outcome.findings where finding.kind == "unmatched_file" && finding.severity == .error {
            printError(Texts.current("cli.import.unclaimed", ["file": finding.file ?? "", "site": finding.site ?? Texts.current("import.no-site"),
                                                              "message": finding.message, "hint": finding.hint ?? ""]))
        }
        print(ImportSummaryText.summary(outcome, outputFolder: out))
        if outcome.exitCode != 0 { throw ExitCode(outcome.exitCode) }
    }
}
