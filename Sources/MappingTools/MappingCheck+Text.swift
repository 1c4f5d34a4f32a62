// The text `isg mapping check` prints: short enough to paste into an e-mail asking for help,
// even for a year of files: files whose sheets read alike are one block, and only what differs
// (a file's own findings) is listed under it.

import Consolidation
import Mapping
import Model
import Texts

extension MappingCheckResult {
    /// Files grouped by how their sheets read (same tables, same columns at the same places); per
    /// group the columns once, then each file that has something to fix, one line per fact.
    /// Without `identified`, sheet names and values that may name a person are masked (`ValuePrivacy`).
    /// In the run's language; finding kinds and mapping keys stay as codes.
    public func rendered(showMatched: Bool = true, identified: Bool = false, texts t: Texts = Texts.current) -> String {
        var lines: [String] = []
        for group in groups() {
            let first = files[group[0]]
            if group.count == 1 {
                lines.append(first.heading(t))
            } else {
                let fix = group.filter { !files[$0].isCovered }.count
                let verdict = fix == 0 ? t("check.verdict.ok") : t.plural("check.verdict.fix", count: fix)
                let counted = t.plural("check.files", count: group.count)
                lines.append(first.site.map { t("check.group.site", ["files": counted, "site": $0, "mapping": first.mappingFile ?? "", "verdict": verdict]) }
                             ?? t("check.group", ["files": counted, "verdict": verdict]))
                lines.append("  " + Self.fileList(group.map { files[$0].file }))
            }
            if let problem = first.problem, group.count == 1 { lines.append("  " + problem) }
            lines += first.sheetLines(showMatched: showMatched, issues: group.count == 1, identified: identified, t)
            if group.count == 1 {
                lines += first.fileLines(t)
            } else {
                for index in group where !files[index].isCovered || files[index].findings.contains(where: { $0.kind == "distribution_shift" }) {
                    let file = files[index]
                    lines.append("  \(file.file):")
                    if let problem = file.problem { lines.append("    " + problem) }
                    lines += file.sheetLines(showMatched: false, issues: true, onlyIssues: true, identified: identified, t).map { "  " + $0 }
                    lines += file.fileLines(t).map { "  " + $0 }
                }
            }
            lines.append("")
        }
        for finding in runFindings where finding.severity != .info {
            lines.append(t("check.finding", ["kind": finding.kind.uppercased(), "subject": finding.value ?? "", "message": finding.message]))
        }
        if runFindings.contains(where: { $0.severity != .info }) { lines.append("") }
        lines.append(summary(t))
        return lines.joined(separator: "\n") + "\n"
    }

    /// Indexes of `files`, grouped by the shape of their reading, in first-seen order.
    func groups() -> [[Int]] {
        var order: [String] = []
        var members: [String: [Int]] = [:]
        for (index, file) in files.enumerated() {
            let key = file.shape
            if members[key] == nil { order.append(key) }
            members[key, default: []].append(index)
        }
        return order.compactMap { members[$0] }
    }

    /// "Samples/COLMAR/: Colmar_2023-01.ods, Colmar_2023-02.ods, ..." (the folder said once).
    static func fileList(_ paths: [String]) -> String {
        let folders = Set(paths.map { path in path.split(separator: "/").dropLast().joined(separator: "/") })
        guard folders.count == 1, let folder = folders.first, !folder.isEmpty else { return paths.joined(separator: ", ") }
        return folder + "/: " + paths.map { String($0.split(separator: "/").last ?? "") }.joined(separator: ", ")
    }

    /// One line counting everything the import flags: covered exactly when it has no warning or error.
    public var summary: String { summary(Texts.current) }

    public func summary(_ t: Texts) -> String {
        let sheets = files.flatMap(\.sheets)
        if isCovered { return t.plural("check.ok", count: files.count) }
        let notRead = files.filter { $0.problem != nil || $0.proposedFilePattern != nil }.count
            + sheets.filter { $0.problem != nil || ($0.table == nil && !$0.isCovered) }.count
        let unknown = sheets.reduce(0) { $0 + $1.unknown.count }
        let missing = sheets.reduce(0) { $0 + $1.missing.count }
        let untranslated = sheets.reduce(0) { $0 + $1.untranslated.count }
        let others = sheets.reduce(0) { $0 + $1.other.reduce(0) { $0 + $1.count } }
            + (files.flatMap(\.findings) + runFindings).filter { $0.severity != .info && $0.kind != "unmatched_file" && $0.kind != "unreadable_file" }.count
        var parts: [String] = []
        for (key, n) in [("not-read", notRead), ("unknown", unknown), ("missing", missing), ("untranslated", untranslated), ("other", others)]
        where n > 0 {
            parts.append(t.plural("check.part." + key, count: n))
        }
        return t("check.not-covered", ["parts": parts.joined(separator: ", ")])
    }
}

extension FileCheck {
    func heading(_ t: Texts) -> String {
        guard let site, let mappingFile else { return file }
        return t("check.heading", ["file": file, "site": site, "mapping": mappingFile])
    }

    /// What the grouping compares: site, and per sheet its table and columns (names left out:
    /// monthly files name their sheets after their month).
    var shape: String {
        let sheetShapes = sheets.map { sheet in
            "\(sheet.table?.rawValue ?? "-")|\(sheet.layout?.rawValue ?? "-")|" + sheet.columns.map { "\($0.field)=\($0.header)@\($0.cell)" }.joined(separator: ",")
        }
        return ([site ?? "", mappingFile ?? "", problem == nil ? "" : file] + sheetShapes).joined(separator: "\n")
    }

    /// The sheets' lines; `issues: false` lists only how they read (a group's shared columns),
    /// `onlyIssues` only the sheets with something to say.
    func sheetLines(showMatched: Bool, issues: Bool, onlyIssues: Bool = false, identified: Bool = false, _ t: Texts) -> [String] {
        var lines: [String] = []
        var previous: SheetCheck?
        for sheet in sheets {
            if onlyIssues && sheet.isCovered && sheet.other.isEmpty { continue }
            // Monthly sheets of one workbook usually match alike: their columns are listed once.
            let same = previous.map { $0.table == sheet.table && $0.columns == sheet.columns && !sheet.columns.isEmpty } ?? false
            lines += sheet.lines(mappingFile: mappingFile ?? t("check.the-mapping"), showMatched: showMatched && !same && !onlyIssues,
                                 sameAs: same ? previous.map { $0.name(identified: identified) } : nil, issues: issues, identified: identified, t)
            if !same { previous = sheet }
        }
        return lines
    }

    /// Findings about the file as a whole (a distribution shift, an unclaimed file).
    func fileLines(_ t: Texts) -> [String] {
        var lines: [String] = []
        if let pattern = proposedFilePattern {
            lines.append("  " + t("check.not-claimed", ["mapping": mappingFile ?? t("check.the-mapping"), "pattern": pattern]))
        }
        for finding in findings where finding.kind == "distribution_shift" || (finding.severity != .info && finding.kind != "unmatched_file") {
            lines.append("  " + t("check.finding", ["kind": finding.kind.uppercased(), "subject": finding.field ?? "", "message": finding.message]))
        }
        return lines
    }
}
