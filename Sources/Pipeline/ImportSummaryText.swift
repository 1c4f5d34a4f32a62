// The words `isg import` prints: one line per file, and the run's summary, in the run's language
// (`Texts.current`). Counts only, never a name.

import Consolidation
import Model
import Texts

public enum ImportSummaryText {
    /// `STRASBOURG/2023-03.xlsx (STRASBOURG) : 342 lignes = 330 gardées + 1 doublon + 0 rejetée + 11 hors données ; 2 constats`,
    /// or `STRASBOURG/2023-04.xlsx (STRASBOURG) : non importé. Le fichier est illisible : ...` for a file not read.
    public static func fileLine(_ result: FileResult) -> String {
        let texts = Texts.current
        let a = result.account
        let site = a.site.isEmpty ? texts("import.no-site") : a.site
        // A file not read has no row account to give: what is wrong and what to do is the line.
        if let unreadable = unreadableFinding(result) {
            return texts("import.file.unreadable", ["file": a.file, "site": site, "message": unreadable.message])
        }
        var line = texts("import.file.line", ["file": a.file, "site": site, "account": account(read: a.rowsRead, kept: a.kept, duplicates: a.duplicates,
                                                                                           rejected: a.rejected, nonData: a.nonData)])
        let errors = result.findings.filter { $0.severity == .error }
        if !result.findings.isEmpty {
            line += texts("import.file.findings", ["findings": texts.plural("import.count.findings", count: result.findings.count)])
            if !errors.isEmpty { line += texts("import.file.errors", ["errors": texts.plural("import.count.errors", count: errors.count)]) }
        }
        return line
    }

    /// `342 lignes = 330 gardées + 1 doublon + 0 rejetée + 11 hors données`.
    static func account(read: Int, kept: Int, duplicates: Int, rejected: Int, nonData: Int) -> String {
        let texts = Texts.current
        return texts("import.account", [
            "read": texts.plural("import.count.rows-read", count: read), "kept": texts.plural("import.count.kept", count: kept),
            "duplicates": texts.plural("import.count.duplicates", count: duplicates),
            "rejected": texts.plural("import.count.rejected", count: rejected),
            "nondata": texts.plural("import.count.non-data", count: nonData),
        ])
    }

    /// The file could not be read at all (corrupt, encrypted, not a spreadsheet, gone).
    public static func isUnreadable(_ result: FileResult) -> Bool { unreadableFinding(result) != nil }

    private static func unreadableFinding(_ result: FileResult) -> Finding? {
        result.findings.first { $0.kind == "unreadable_file" }
    }

    public static func summary(_ outcome: ImportOutcome, outputFolder: String) -> String {
        let texts = Texts.current
        let sites = Set(outcome.accounts.map(\.site).filter { !$0.isEmpty }).count
        var lines = [
            texts("import.summary.imported", [
                "files": texts.plural("import.count.files", count: outcome.accounts.count),
                "sites": texts.plural("import.count.sites", count: sites),
                "account": account(read: outcome.read, kept: outcome.kept, duplicates: outcome.duplicates,
                                   rejected: outcome.rejected, nonData: outcome.nonData),
            ]),
            texts("import.summary.persons", ["persons": texts.plural("import.count.distinct-persons", count: outcome.persons),
                                             "pairs": texts.plural("count.decisions-to-review", count: outcome.reviewDecisions)]),
            texts("import.summary.findings", ["errors": texts.plural("import.count.errors", count: outcome.count(.error)),
                                              "warnings": texts.plural("import.count.warnings", count: outcome.count(.warning)),
                                              "infos": texts.plural("import.count.infos", count: outcome.count(.info))]),
        ]
        if outcome.unlistedDecisions > 0 {
            lines.append(texts.plural("import.summary.unlisted", count: outcome.unlistedDecisions))
            if outcome.unlistedChangingTheCount > 0 {
                lines.append(texts.plural("import.summary.unlisted-counting", count: outcome.unlistedChangingTheCount))
            }
        }
        let unbalanced = outcome.accounts.filter { !$0.isBalanced }
        if !unbalanced.isEmpty {
            lines.append(texts("import.summary.unbalanced", ["files": texts.plural("import.count.files", count: unbalanced.count)]))
        }
        for file in outcome.removed {
            let counts = [texts.plural("count.referrals", count: file.referrals), texts.plural("import.count.meetings", count: file.meetings),
                          texts.plural("import.count.rejected-rows", count: file.rejections)].joined(separator: ", ")
            if let by = file.replacedBy {
                lines.append(texts("import.summary.replaced", ["file": file.file, "counts": counts, "by": by]))
            } else {
                lines.append(texts("import.summary.forgotten", ["file": file.file, "counts": counts]))
            }
        }
        let current = outputFolder + "/current"
        lines.append(texts("import.summary.dataset", ["store": outputFolder + "/consolidation.sqlite", "generation": String(outcome.generation),
                                                      "first": current + "/saisines.csv", "last": current + "/consolidation.xlsx"]))
        lines.append(texts("import.summary.report", ["report": current + "/quality-report.html"]))
        return lines.joined(separator: "\n")
    }
}
