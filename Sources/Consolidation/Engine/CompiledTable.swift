// A table rule prepared once per run: every header wording and label in one dictionary.

import Mapping
import Model

/// What a header wording (or form label) stands for.
enum HeaderTarget: Hashable {
    case field(Int)
    /// The column (or option) of one code of a check-box field.
    case box(field: Int, code: String)
    case ignored
}

struct CompiledTable {
    let rule: TableRule
    let mapping: SiteMapping
    /// Normalised header wording -> what it stands for.
    let headers: [String: [HeaderTarget]]
    /// Normalised form label -> field index.
    let labels: [String: Int]

    init(rule: TableRule, mapping: SiteMapping) {
        self.rule = rule
        self.mapping = mapping
        var headers: [String: [HeaderTarget]] = [:]
        var labels: [String: Int] = [:]
        for (index, field) in rule.fields.enumerated() {
            for wording in field.columns.normalized { headers[wording, default: []].append(.field(index)) }
            if rule.layout == .table {
                for option in field.boxes {
                    for wording in option.wordings.normalized { headers[wording, default: []].append(.box(field: index, code: option.code)) }
                }
            }
            for wording in field.labels.normalized where labels[wording] == nil { labels[wording] = index }
        }
        for wording in rule.ignoredColumns where headers[wording] == nil { headers[wording] = [.ignored] }
        self.headers = headers
        self.labels = labels
    }

    /// Whether a sheet name is claimed by this table's `feuilles:` (empty: every sheet).
    func claims(sheet normalizedName: String, explicitOnly: Bool) -> Bool {
        if rule.sheets.isEmpty { return !explicitOnly }
        return rule.sheets.contains { pattern in
            NamePattern.hasWildcard(pattern) ? (!explicitOnly && NamePattern.matches(pattern, normalizedName)) : pattern == normalizedName
        }
    }
}
