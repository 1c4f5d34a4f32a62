// A run over many files: each file consolidated in turn, duplicates across the run, missing months at the end.

import Foundation
import Mapping
import Model
import Spreadsheet
import Texts

/// Feed it files one at a time (`consolidate`), then call `finish` for the run-wide findings.
/// Memory holds one sheet's rows and one key per kept referral, so a national run streams.
public final class ConsolidationRun {
    let mappings: MappingSet
    let compiled: [String: CompiledMapping]
    let open: WorkbookOpener
    /// Per site: a kept referral's content (record id and period left out) -> its record id.
    private var seen: [String: [Referral: String]] = [:]
    private var periodsBySite: [String: Set<String>] = [:]
    private var shares = DistributionShift()

    public init(mappings: MappingSet, open: @escaping WorkbookOpener) {
        self.mappings = mappings
        self.open = open
        var compiled: [String: CompiledMapping] = [:]
        for mapping in mappings.mappings { compiled[mapping.site.code] = CompiledMapping(mapping) }
        self.compiled = compiled
    }

    /// Opens each file with the Spreadsheet module's `openWorkbook` (format sniffed from the bytes).
    public convenience init(mappings: MappingSet, limits: ReadLimits = .default) {
        self.init(mappings: mappings) { try openWorkbook(path: $0, limits: limits) }
    }

    /// Consolidates one file and applies the run-wide checks, in the order files are given.
    public func consolidate(_ file: InputFile) -> FileResult {
        admit(read(file))
    }

    /// The work on one file alone: its mapping applied, nothing shared touched. It reads only
    /// constants of the run, so several threads may call it at once (see `consolidate(_:workers:)`).
    public func read(_ file: InputFile) -> FileResult {
        read(file, with: mappings.mapping(forPath: file.path))
    }

    /// `read` with the mapping chosen by the caller (`mapping check --mapping`), whatever its
    /// `fichiers:` say; nil: the file is unmatched.
    public func read(_ file: InputFile, with mapping: SiteMapping?) -> FileResult {
        guard let mapping, let compiled = compiled[mapping.site.code] else {
            var result = FileResult(account: FileAccount(file: file.relativePath, site: "", contentHash: ""))
            result.findings.append(Finding(
                kind: "unmatched_file", severity: .warning, file: file.relativePath,
                message: Texts.current("finding.unmatched-file.message"),
                hint: Texts.current("finding.unmatched-file.hint")))
            return result
        }
        let hash = FileManager.default.contents(atPath: file.path).map { ContentHash.of(Array($0)) } ?? ""
        var consolidator = FileConsolidator(compiled: compiled, file: file, contentHash: hash)
        do {
            let workbook = try open(file.path)
            try consolidator.run(workbook)
        } catch {
            var result = FileResult(account: FileAccount(file: file.relativePath, site: mapping.site.code, contentHash: hash))
            let texts = Texts.current
            let message = (error as? SpreadsheetError)?.message ?? "\(error)"
            // What is wrong in the run's language (by the error's code), then the reader's own detail.
            let reason = (error as? SpreadsheetError).map { texts("finding.unreadable." + $0.code.rawValue, ["detail": message]) } ?? message
            result.findings.append(Finding(
                kind: "unreadable_file", severity: .error, site: mapping.site.code, file: file.relativePath,
                message: texts("finding.unreadable-file.message", ["reason": reason]),
                hint: Texts.current("finding.unreadable-file.hint")))
            return result
        }
        var result = consolidator.result
        result.awaitsRunChecks = true
        return result
    }

    /// The run-wide part, in input order: a referral repeating one of an earlier file (or row) of
    /// its site is a duplicate, and the file's months count for the site's coverage.
    public func admit(_ read: FileResult) -> FileResult {
        guard read.awaitsRunChecks else { return read }
        var result = read
        result.awaitsRunChecks = false
        let site = result.account.site
        removeDuplicates(&result, site: site)
        assert(result.account.isBalanced, "rows read must equal kept + duplicates + rejected + non-data")
        periodsBySite[site, default: []].formUnion(result.account.periods)
        shares.add(result.referrals, site: site, file: result.account.file)
        return result
    }

    /// A referral repeating an earlier one of the same site in every mapped field is counted once.
    private func removeDuplicates(_ result: inout FileResult, site: String) {
        var kept: [Referral] = []
        kept.reserveCapacity(result.referrals.count)
        for referral in result.referrals {
            var key = referral
            key.recordID = ""
            key.periode = ""
            if let original = seen[site]?[key] {
                result.account.kept -= 1
                result.account.duplicates += 1
                let id = RecordID(referral.recordID)
                let (sheet, tableRow) = (id?.sheet, id?.row)
                let row = tableRow ?? result.formRows[referral.recordID]
                result.findings.append(Finding(
                    kind: "duplicate_entry", severity: .info, site: site, file: result.account.file, sheet: sheet, row: row,
                    message: Texts.current("finding.duplicate.message", ["original": original]),
                    hint: Texts.current("finding.duplicate.hint")))
            } else {
                seen[site, default: [:]][key] = referral.recordID
                kept.append(referral)
            }
        }
        result.referrals = kept
    }

    /// Months of the covered period (first to last month seen in the run) with no data for a site.
    public func finish() -> [Finding] {
        let all = periodsBySite.values.flatMap { $0 }
        guard let first = all.min(), let last = all.max() else { return shares.findings() }
        var months: [String] = []
        var month: String? = first
        while let current = month, current <= last, months.count < 1200 {
            months.append(current)
            month = Period.next(current)
        }
        var findings: [Finding] = []
        for site in periodsBySite.keys.sorted() {
            let have = periodsBySite[site] ?? []
            let file = compiled[site]?.mapping.file ?? Texts.current("finding.missing-month.its-mapping")
            for missing in months where !have.contains(missing) {
                findings.append(Finding(
                    kind: "missing_month", severity: .warning, site: site, value: missing,
                    message: Texts.current("finding.missing-month.message", ["site": site, "month": missing, "first": first, "last": last]),
                    hint: Texts.current("finding.missing-month.hint", ["month": missing, "mapping": file])))
            }
        }
        return findings + shares.findings()
    }

    /// Consolidates every file under `inputs`, in path order.
    public func consolidateAll(_ inputs: [String]) -> ConsolidationResult {
        var result = ConsolidationResult()
        for file in InputFile.collect(inputs) { result.add(consolidate(file)) }
        result.findings += finish()
        return result
    }
}
