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
        Reads every file under the inputs, finds each file's site by its mapping, and writes into the \
        output folder: consolidation.sqlite, saisines.csv, reunions.csv, persons.csv, rejets.csv, \
        consolidation.xlsx, quality-report.html and quality-report.json. Importing a file again replaces \
        its rows. Exit status: 0 everything imported; 1 some rows were rejected or some findings are \
        errors (see the quality report); 2 the run could not proceed.
        """)

    @Argument(help: "Files or folders to import.")
    var inputs: [String]

    @Option(help: "The folder of mapping files (one per site, and sites.yaml).")
    var mappings: String = "Mappings"

    @Option(help: "The output folder: the store, the exports and the report.")
    var out: String = "isg-out"

    @Flag(help: "Put names, birth dates and communes in the exports and the report.")
    var identified = false

    @Option(name: .customLong("csv-separator"), help: "The CSV separator: ';' (French Excel) or ','.")
    var csvSeparator: String = ";"

    func validate() throws {
        guard csvSeparator == ";" || csvSeparator == "," || csvSeparator == "\\t" else {
            throw ValidationError("--csv-separator takes ';' or ','.")
        }
    }

    func run() throws {
        let options = ImportOptions(inputs: inputs, mappingsFolder: mappings, outputFolder: out, identified: identified,
                                    csvSeparator: csvSeparator == "\\t" ? "\t" : Character(csvSeparator))
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
        print(ImportSummaryText.summary(outcome, outputFolder: out))
        if outcome.exitCode != 0 { throw ExitCode(outcome.exitCode) }
    }
}

func printError(_ line: String) {
    StandardOutput.writeError(line + "\n")
}
