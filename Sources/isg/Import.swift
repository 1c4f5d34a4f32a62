// `isg import`: the monthly consolidation; the work lives in Pipeline.

import ArgumentParser
import Model
import Pipeline

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Consolidates the sites' files into one dataset, the exports and the quality report.",
        discussion: """
        Reads every file under the inputs, finds each file's site by its mapping, and writes \
        consolidation.sqlite into the output folder, and into its folder current/: saisines.csv, \
        reunions.csv, persons.csv, rejets.csv, consolidation.xlsx, quality-report.html and \
        quality-report.json, all of the same run. Reading a file again replaces its rows; a file that \
        cannot be read, or that no mapping claims any more, keeps them; only --forget removes them. \
        Exit status: 0 everything imported; 1 some rows were rejected or some findings are errors \
        (see the quality report); 2 the run could not proceed (nothing was changed).
        """)

    @Argument(help: "Files or folders to import.")
    var inputs: [String] = []

    @Option(help: "The folder of mapping files (one per site, and sites.yaml).")
    var mappings: String = "Mappings"

    @Option(help: "The output folder: the store, the exports and the report.")
    var out: String = "isg-out"

    @Flag(help: "Put names, birth dates and communes in the exports and the report.")
    var identified = false

    @Option(name: .customLong("csv-separator"), help: "The CSV separator: ';' (French Excel) or ','.")
    var csvSeparator: String = ";"

    @Option(name: .customLong("forget"), help: "Remove a stored file's rows (its path as the report names it); repeatable.")
    var forget: [String] = []

    @Flag(name: .customLong("shared-out"), help: "Accept an output folder that other users may write to.")
    var sharedOut = false

    func validate() throws {
        guard !inputs.isEmpty || !forget.isEmpty else {
            throw ValidationError("Give the files or folders to import (or --forget FILE).")
        }
        guard csvSeparator == ";" || csvSeparator == "," || csvSeparator == "\\t" else {
            throw ValidationError("--csv-separator takes ';' or ','.")
        }
    }

    func run() throws {
        var options = ImportOptions(inputs: inputs, mappingsFolder: mappings, outputFolder: out, identified: identified,
                                    csvSeparator: csvSeparator == "\\t" ? "\t" : Character(csvSeparator))
        options.forget = forget
        options.sharedOutputFolder = sharedOut
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
            printError("isg import: \(error)")
            throw ExitCode(2)
        }
        // A file no mapping claims any more, whose rows were kept: a mistake in a mapping, said
        // even off a terminal.
        for finding in outcome.findings where finding.kind == "unmatched_file" && finding.severity == .error {
            printError("\(finding.file ?? "") (\(finding.site ?? "no site")): \(finding.message) \(finding.hint ?? "")")
        }
        print(ImportSummaryText.summary(outcome, outputFolder: out))
        if outcome.exitCode != 0 { throw ExitCode(outcome.exitCode) }
    }
}

func printError(_ line: String) {
    StandardOutput.writeError(line + "\n")
}
