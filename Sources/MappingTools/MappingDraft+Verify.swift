// `mapping draft` checks its own draft: the draft is parsed and the files are read through it
// by the engine (the one reading path), and what that reading found closes the draft.

import Consolidation
import Mapping
import Model
import Texts

extension MappingDraft {
    /// Comment lines for the end of the draft: records read, and the findings left to settle.
    static func verification(_ text: String, site: SiteDeclaration, files: [(file: String, sheets: [CheckedSheet])]) -> [String] {
        let mapping: SiteMapping
        do {
            mapping = try MappingParser(file: "draft.yaml", text: text, sites: [site]).parse()
        } catch {
            return [Texts.current("draft.verify.parse", ["error": "\(error)"])]
        }
        let checks = files.map { MappingCheck.check(file: $0.file, sheets: $0.sheets, mapping: mapping) }
        let sheets = checks.flatMap(\.sheets)
        let records = sheets.reduce(0) { $0 + $1.dataRows }
        var counts: [String: Int] = [:]
        for finding in checks.flatMap({ $0.findings + $0.sheets.flatMap(\.findings) }) where finding.severity != .info {
            counts[finding.kind, default: 0] += 1
        }
        let t = Texts.current
        var lines = ["", t("draft.verify.read", ["files": t.plural("check.files", count: files.count),
                                                 "sheets": t.plural("draft.verify.sheets", count: sheets.filter { $0.table != nil }.count),
                                                 "records": t.plural("count.records", count: records)])]
        if counts.isEmpty {
            lines.append(t("draft.verify.clean"))
        } else {
            lines.append(t("draft.verify.left", ["counts": counts.keys.sorted().map { "\(t.number(counts[$0] ?? 0)) \($0)" }.joined(separator: ", ")]))
        }
        return lines
    }
}
