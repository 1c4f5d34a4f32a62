// Which stored rows a run may replace: only a successful reading of the same file. A file that
// could not be read, or that no mapping claims any more, keeps its rows; rows leave only when the
// user says so (`--forget`).

import Consolidation
import Foundation
import Model
import Mapping
import Store
import Writers

extension ImportJob {
    /// The store's view of one file of the run: read (its rows replace the stored ones) or not
    /// read (the stored rows stay, and its finding says so and from which import).
    static func importedFile(_ result: FileResult, realPath: String, stored: [StoredFile], mappings: MappingSet) -> ImportedFile {
        let unreadable = ImportSummaryText.isUnreadable(result)
        let unclaimed = result.account.site.isEmpty
        var file = ImportedFile(account: result.account, referrals: result.referrals, meetings: result.meetings,
                                rejections: result.rejections, findings: result.findings, realPath: realPath,
                                wasRead: !unreadable && !unclaimed)
        guard !file.wasRead,
              let earlier = stored.first(where: { $0.account.file == result.account.file && $0.account.rowsRead > 0 })
        else { return file }
        let rows = "its \(earlier.account.kept) kept rows and \(earlier.account.rejected) rejected rows"
        if unclaimed {
            let mapping = mappings.mappings.first { $0.site.code == earlier.account.site }?.file ?? "the site's mapping"
            file.findings = [Finding(
                kind: "unmatched_file", severity: .error, site: earlier.account.site, file: result.account.file,
                message: "This file was imported on \(earlier.importedAt) for \(earlier.account.site), but no mapping claims it any more: \(rows) stay in the store.",
                hint: "Check `fichiers:` in \(mapping) (a pattern changed by mistake?). To remove its rows on purpose, run `isg import --forget \(result.account.file)`.")]
        } else {
            file.findings = result.findings.map { finding in
                guard finding.kind == "unreadable_file" else { return finding }
                var kept = finding
                kept.message += " Nothing was replaced: \(rows) from the import of \(earlier.importedAt) stay in the store."
                return kept
            }
        }
        return file
    }

    /// `--forget` arguments as stored files: a relative path as the store names it, or the path
    /// of a file whose real path the store recorded. Anything else stops the run (exit 2).
    static func resolveForgotten(_ names: [String], inputs: [IdentifiedInput], store: ConsolidationStore) throws -> [StoredFile] {
        guard !names.isEmpty else { return [] }
        let stored = try store.storedFiles()
        var result: [StoredFile] = []
        for name in names {
            let real = InputIdentity.realPath(name)
            guard let file = stored.first(where: { $0.account.file == name })
                    ?? stored.first(where: { !$0.realPath.isEmpty && $0.realPath == real }) else {
                let known = stored.prefix(3).map(\.account.file).joined(separator: ", ")
                throw ImportJobError("--forget \(name): the store holds no such file. Give its path as the report's Files section shows it"
                                     + (known.isEmpty ? "." : " (e.g. \(known))."))
            }
            if inputs.contains(where: { $0.file.relativePath == file.account.file || $0.realPath == file.realPath }) {
                throw ImportJobError("--forget \(name): the file is also among the inputs; forget it or import it, not both in one run.")
            }
            if !result.contains(file) { result.append(file) }
        }
        return result
    }

    /// Removing rows is reported: which file, how many rows, at whose request.
    static func forgottenFindings(_ files: [StoredFile]) -> [Finding] {
        files.map { file in
            Finding(kind: "file_forgotten", severity: .info, site: file.account.site, file: file.account.file,
                    message: "Forgotten on request (--forget): the \(file.account.kept) kept rows and \(file.account.rejected) rejected rows of its import of \(file.importedAt) were removed.",
                    hint: "Import the file again to bring its rows back.")
        }
    }

    /// What a killed run left in the output folder and this run removed.
    static func sweptFindings(_ names: [String]) -> [Finding] {
        guard !names.isEmpty else { return [] }
        let shown = names.prefix(5).joined(separator: ", ") + (names.count > 5 ? " and \(names.count - 5) more" : "")
        return [Finding(kind: "temporary_files_removed", severity: .info,
                        message: "\(names.count) temporary file\(names.count == 1 ? "" : "s") left in the output folder by an interrupted run \(names.count == 1 ? "was" : "were") removed: \(shown).",
                        hint: "Nothing to do; an interrupted run changes neither the store nor current/.")]
    }
}

extension ImportJob {
    /// For a stop asked for by signal: the run's temporary files and staging folder go.
    public static func removeTemporaryFiles() { TemporaryFiles.removeAll() }
}
