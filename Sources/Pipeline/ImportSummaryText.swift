// The words `isg import` prints: one line per file, and the run's summary. Counts only, never a name.

import Consolidation
import Model

public enum ImportSummaryText {
    /// `STRASBOURG/2023-03.xlsx (STRASBOURG): 342 rows = 330 kept + 1 duplicate + 0 rejected + 11 non-data; 2 findings`,
    /// or `STRASBOURG/2023-04.xlsx (STRASBOURG): not imported. The file cannot be read: ...` for a file not read.
    public static func fileLine(_ result: FileResult) -> String {
        let a = result.account
        let site = a.site.isEmpty ? "no site" : a.site
        // A file not read has no row account to give: what is wrong and what to do is the line.
        if let unreadable = unreadableFinding(result) {
            return "\(a.file) (\(site)): not imported. \(unreadable.message)"
        }
        var line = "\(a.file) (\(site)): \(a.rowsRead) rows = \(a.kept) kept + \(plural(a.duplicates, "duplicate")) + \(a.rejected) rejected + \(a.nonData) non-data"
        let errors = result.findings.filter { $0.severity == .error }
        if !result.findings.isEmpty {
            line += "; \(plural(result.findings.count, "finding"))"
            if !errors.isEmpty { line += " (\(plural(errors.count, "error")))" }
        }
        return line
    }

    /// The file could not be read at all (corrupt, encrypted, not a spreadsheet, gone).
    public static func isUnreadable(_ result: FileResult) -> Bool { unreadableFinding(result) != nil }

    private static func unreadableFinding(_ result: FileResult) -> Finding? {
        result.findings.first { $0.kind == "unreadable_file" }
    }

    public static func summary(_ outcome: ImportOutcome, outputFolder: String) -> String {
        let sites = Set(outcome.accounts.map(\.site).filter { !$0.isEmpty }).count
        var lines = [
            "Imported \(plural(outcome.accounts.count, "file")) from \(plural(sites, "site")): \(outcome.read) rows read = \(outcome.kept) kept + \(plural(outcome.duplicates, "duplicate")) + \(outcome.rejected) rejected + \(outcome.nonData) non-data.",
            "Persons: \(outcome.persons) distinct; \(plural(outcome.uncertainPairs, "pair")) to review.",
            "Findings: \(outcome.count(.error)) errors, \(outcome.count(.warning)) warnings, \(outcome.count(.info)) infos.",
        ]
        let unbalanced = outcome.accounts.filter { !$0.isBalanced }
        if !unbalanced.isEmpty { lines.append("Warning: \(unbalanced.count) files do not add up; see the quality report.") }
        for file in outcome.removed {
            let counts = "\(plural(file.referrals, "referral")), \(plural(file.meetings, "meeting")), \(plural(file.rejections, "rejected row"))"
            if let by = file.replacedBy {
                lines.append("Replaced: \(file.file) (\(counts)) is the same file as \(by), now stored under that name.")
            } else {
                lines.append("Forgotten: \(file.file): \(counts) removed from the store.")
            }
        }
        let current = outputFolder + "/current"
        lines.append("Dataset: \(outputFolder)/consolidation.sqlite; exports of this run (generation \(outcome.generation)): \(current)/saisines.csv ... \(current)/consolidation.xlsx")
        lines.append("Quality report: \(current)/quality-report.html")
        return lines.joined(separator: "\n")
    }

    static func plural(_ n: Int, _ word: String) -> String {
        "\(n) \(word)\(n == 1 ? "" : "s")"
    }
}
