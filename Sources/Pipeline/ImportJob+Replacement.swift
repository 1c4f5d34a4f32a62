// Which stored rows a run may replace: only a successful reading of the same file. A file that
// could not be read, or that no mapping claims any more, keeps its rows; rows leave only when the
// user says so (`--forget`).

import Consolidation
import Foundation
import Model
import Mapping
import Store
import Writers
import Texts

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
        let texts = Texts.current
        let rows = texts("finding.kept-rows", ["kept": texts.plural("finding.count.kept-rows", count: earlier.account.kept),
                                               "rejected": texts.plural("import.count.rejected-rows", count: earlier.account.rejected)])
        if unclaimed {
            let mapping = mappings.mappings.first { $0.site.code == earlier.account.site }?.file ?? texts("finding.site-mapping")
            file.findings = [Finding(
                kind: "unmatched_file", severity: .error, site: earlier.account.site, file: result.account.file,
                message: texts("finding.unclaimed.message", ["date": earlier.importedAt, "site": earlier.account.site, "rows": rows]),
                hint: texts("finding.unclaimed.hint", ["mapping": mapping, "file": result.account.file]))]
        } else {
            file.findings = result.findings.map { finding in
                guard finding.kind == "unreadable_file" else { return finding }
                var kept = finding
                kept.message += texts("finding.unreadable-kept", ["rows": rows, "date": earlier.importedAt])
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
                throw ImportJobError(known.isEmpty ? Texts.current("import.error.forget-unknown", ["name": name])
                                                   : Texts.current("import.error.forget-unknown-eg", ["name": name, "known": known]))
            }
            if inputs.contains(where: { $0.file.relativePath == file.account.file || $0.realPath == file.realPath }) {
                throw ImportJobError(Texts.current("import.error.forget-input", ["name": name]))
            }
            if !result.contains(file) { result.append(file) }
        }
        return result
    }

    /// Removing rows is reported: which file, how many rows, at whose request.
    static func forgottenFindings(_ files: [StoredFile]) -> [Finding] {
        files.map { file in
            Finding(kind: "file_forgotten", severity: .info, site: file.account.site, file: file.account.file,
                    message: Texts.current("finding.forgotten.message", [
                        "rows": Texts.current("finding.kept-rows", [
                            "kept": Texts.current.plural("finding.count.kept-rows", count: file.account.kept),
                            "rejected": Texts.current.plural("import.count.rejected-rows", count: file.account.rejected)]),
                        "date": file.importedAt]),
                    hint: Texts.current("finding.forgotten.hint"))
        }
    }

    /// What a killed run left in the output folder and this run removed.
    static func sweptFindings(_ names: [String]) -> [Finding] {
        guard !names.isEmpty else { return [] }
        let texts = Texts.current
        let shown = names.prefix(5).joined(separator: ", ") + (names.count > 5 ? texts("finding.swept.more", ["count": String(names.count - 5)]) : "")
        return [Finding(kind: "temporary_files_removed", severity: .info,
                        message: texts.plural("finding.swept.message", count: names.count, ["names": shown]),
                        hint: texts("finding.swept.hint"))]
    }
}

extension ImportJob {
    /// For a stop asked for by signal: the run's temporary files and staging folder go.
    public static func removeTemporaryFiles() { TemporaryFiles.removeAll() }
}
