// `mapping draft` checks its own draft: the draft is parsed and the files are read through it
// by the engine (the one reading path), and what that reading found closes the draft.

import Consolidation
import Mapping
import Model

extension MappingDraft {
    /// Comment lines for the end of the draft: records read, and the findings left to settle.
    static func verification(_ text: String, site: SiteDeclaration, files: [(file: String, sheets: [CheckedSheet])]) -> [String] {
        let mapping: SiteMapping
        do {
            mapping = try MappingParser(file: "draft.yaml", text: text, sites: [site]).parse()
        } catch {
            return ["# The draft does not parse (\(error)); please report it."]
        }
        let checks = files.map { MappingCheck.check(file: $0.file, sheets: $0.sheets, mapping: mapping) }
        let sheets = checks.flatMap(\.sheets)
        let records = sheets.reduce(0) { $0 + $1.dataRows }
        var counts: [String: Int] = [:]
        for finding in checks.flatMap({ $0.findings + $0.sheets.flatMap(\.findings) }) where finding.severity != .info {
            counts[finding.kind, default: 0] += 1
        }
        var lines = ["", "# Read through this draft by the engine of `isg import`: \(files.count) \(files.count == 1 ? "file" : "files"), "
                     + "\(sheets.filter { $0.table != nil }.count) sheets read, \(records) records."]
        if counts.isEmpty {
            lines.append("# No warning and no error: `isg mapping check` says covered.")
        } else {
            lines.append("# Left to settle (run `isg mapping check` with this draft for the cells): "
                         + counts.keys.sorted().map { "\(counts[$0] ?? 0) \($0)" }.joined(separator: ", ") + ".")
        }
        return lines
    }
}
