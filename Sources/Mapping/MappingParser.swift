// Reads a site's mapping file (French keys) into a `SiteMapping`, every mistake reported at its line and column.

import Model

/// Parses one mapping file. Sites come from sites.yaml, so `site:` can be checked.
public struct MappingParser {
    let source: YAMLSource
    let sites: [SiteDeclaration]

    public init(file: String, text: String, sites: [SiteDeclaration]) {
        self.source = YAMLSource(file: file, text: text)
        self.sites = sites
    }

    static let topKeys = ["site", "fichiers", "periode", "plausibilite", "vocabulaires", "saisines", "reunions"]
    static let tableKeys = ["feuilles", "disposition", "entete", "non_donnees", "ignorer", "champs"]

    public func parse() throws(MappingError) -> SiteMapping {
        let root = try source.parse()
        let entries = try map(root, what: "the mapping file")
        try checkKeys(entries, allowed: Self.topKeys, in: "the top of the file")

        guard let siteEntry = entries.first(where: { $0.key == "site" }) else {
            throw source.error(.missingKey, line: root.line, column: root.column,
                               "the file must say which site it maps: add a line `site: CODE` (one of \(siteCodes)).")
        }
        let code = try text(siteEntry.value)
        guard let site = sites.first(where: { $0.code == code }) else {
            throw source.error(.unknownSite, at: siteEntry.value,
                               "the site \"\(code)\" is not declared in sites.yaml (declared: \(siteCodes))."
                               + Suggestion.didYouMean(code, in: sites.map(\.code))
                               + " Declare it in sites.yaml or correct the code.")
        }
        var mapping = SiteMapping(site: site, file: source.file)

        guard let files = entries.first(where: { $0.key == "fichiers" }) else {
            throw source.error(.missingKey, line: root.line, column: root.column,
                               "the file must say which files belong to the site: add `fichiers:` with name patterns, e.g. `fichiers: [\"COLMAR/*.ods\"]`.")
        }
        mapping.filePatterns = try texts(files.value).map(Wording.normalize)

        if let period = entries.first(where: { $0.key == "periode" }) {
            let value = try text(period.value)
            guard let source = PeriodSource(rawValue: Wording.normalize(value)) else {
                throw self.source.error(.badValue, at: period.value,
                                        "`periode:` is `fichier` (the month is in the file name) or `feuille` (the month is the sheet name), not \"\(value)\".")
            }
            mapping.period = source
        }
        if let bound = entries.first(where: { $0.key == "plausibilite" }) {
            mapping.countBound = try integer(bound.value, what: "`plausibilite:` (the highest plausible count, e.g. 50)")
        }

        var shared: [String: Vocabulary] = [:]
        if let vocabularies = entries.first(where: { $0.key == "vocabulaires" }) {
            for entry in try map(vocabularies.value, what: "`vocabulaires:`") {
                // Codes of a shared vocabulary are checked where a field uses it.
                shared[Wording.normalize(entry.key)] = try vocabulary(entry.value, codes: nil, isBoolean: false)
            }
        }
        for table in TableKind.allCases {
            guard let entry = entries.first(where: { $0.key == table.rawValue }) else { continue }
            let rule = try tableRule(table, entry: entry, shared: shared)
            if table == .saisines { mapping.referrals = rule } else { mapping.meetings = rule }
        }
        if mapping.referrals == nil && mapping.meetings == nil {
            throw source.error(.missingKey, line: root.line, column: root.column,
                               "the file maps no table: add `saisines:` (referrals) and/or `reunions:` (meetings).")
        }
        return mapping
    }

    var siteCodes: String { sites.map(\.code).joined(separator: ", ") }

    // MARK: Tables

    func tableRule(_ table: TableKind, entry: YEntry, shared: [String: Vocabulary]) throws(MappingError) -> TableRule {
        let entries = try map(entry.value, what: "`\(table.rawValue):`")
        try checkKeys(entries, allowed: Self.tableKeys, in: "`\(table.rawValue):`")
        var rule = TableRule(table: table, line: entry.line)
        for item in entries {
            switch item.key {
            case "feuilles":
                let names = try texts(item.value)
                let all = names.count == 1 && ["tout", "toutes", "*"].contains(Wording.normalize(names[0]))
                rule.sheets = all ? [] : names.map(Wording.normalize)
            case "disposition":
                let value = try text(item.value)
                guard let layout = Layout(rawValue: Wording.normalize(value)) else {
                    throw source.error(.badValue, at: item.value,
                                       "`disposition:` is `tableau` (one record per row) or `formulaire` (one record per sheet), not \"\(value)\".")
                }
                rule.layout = layout
            case "entete":
                try header(item.value, into: &rule)
            case "non_donnees":
                rule.nonDataMarkers = try texts(item.value).map(Wording.normalize)
            case "ignorer":
                rule.ignoredColumns = Set(try texts(item.value).map(Wording.normalize))
            default:
                break
            }
        }
        guard let fields = entries.first(where: { $0.key == "champs" }) else {
            throw source.error(.missingKey, at: entry,
                               "`\(table.rawValue):` needs `champs:`, the fields of DATA-MODEL.md and where each is read.")
        }
        let catalog = Field.mapped(in: table).map { ($0.column, $0.kind) }
        for fieldEntry in try map(fields.value, what: "`champs:`") {
            guard let kind = catalog.first(where: { $0.0 == fieldEntry.key })?.1 else {
                var message = "\"\(fieldEntry.key)\" is not a field of `\(table.rawValue)`."
                if let why = Field(rawValue: fieldEntry.key)?.derivation {
                    message += " It cannot be mapped: \(why)."
                } else {
                    message += Suggestion.didYouMean(fieldEntry.key, in: catalog.map(\.0))
                    message += " The fields are: \(catalog.map(\.0).joined(separator: ", "))."
                }
                throw source.error(.unknownField, at: fieldEntry, message)
            }
            if rule.fields.contains(where: { $0.field == fieldEntry.key }) {
                throw source.error(.duplicate, at: fieldEntry, "the field \"\(fieldEntry.key)\" is mapped twice: keep one and merge their wordings.")
            }
            rule.fields.append(try fieldRule(fieldEntry, kind: kind, layout: rule.layout, shared: shared))
        }
        return rule
    }

    func header(_ node: YNode, into rule: inout TableRule) throws(MappingError) {
        if let value = node.scalar {
            if Wording.normalize(value) == "auto" { return }
            rule.headerRow = try integer(node, what: "`entete:` (`auto`, or the header's row number)")
            return
        }
        for entry in try map(node, what: "`entete:`") {
            switch entry.key {
            case "ligne": rule.headerRow = try integer(entry.value, what: "`ligne:` (the header's first row number)")
            case "lignes": rule.headerRows = try integer(entry.value, what: "`lignes:` (how many rows the header has: 1 or 2)")
            default:
                throw source.error(.unknownKey, at: entry,
                                   "`entete:` knows `ligne:` and `lignes:`, not `\(entry.key):`."
                                   + Suggestion.didYouMean(entry.key, in: ["ligne", "lignes"]))
            }
        }
    }

    // MARK: Scalars and shapes

    func map(_ node: YNode, what: String) throws(MappingError) -> [YEntry] {
        guard case .map(let entries) = node.kind else {
            throw source.error(.wrongShape, at: node, "\(what) must be a group of `key: value` lines, not \(node.describedKind).")
        }
        return entries
    }

    func text(_ node: YNode) throws(MappingError) -> String {
        guard let value = node.scalar else {
            throw source.error(.wrongShape, at: node, "a single text is expected here, not \(node.describedKind).")
        }
        return value
    }

    /// A text or a list of texts.
    func texts(_ node: YNode) throws(MappingError) -> [String] {
        switch node.kind {
        case .scalar(let value): return value.isEmpty ? [] : [value]
        case .list(let items):
            var out: [String] = []
            for item in items {
                guard let value = item.scalar else {
                    throw source.error(.wrongShape, at: item, "a list of texts is expected here, not \(item.describedKind).")
                }
                out.append(value)
            }
            return out
        case .map:
            throw source.error(.wrongShape, at: node, "a text or a list of texts (`[\"a\", \"b\"]`) is expected here, not a group of keys.")
        }
    }

    func integer(_ node: YNode, what: String) throws(MappingError) -> Int {
        let value = try text(node)
        guard let number = Int(value.trimmingSpaces), number >= 0 else {
            throw source.error(.badValue, at: node, "\(what) must be a whole number, not \"\(value)\".")
        }
        return number
    }

    func flag(_ node: YNode, key: String) throws(MappingError) -> Bool {
        let value = try text(node)
        switch Wording.normalize(value) {
        case "oui", "true", "yes", "vrai": return true
        case "non", "false", "no", "faux": return false
        default: throw source.error(.badValue, at: node, "`\(key):` is `oui` or `non`, not \"\(value)\".")
        }
    }

    func checkKeys(_ entries: [YEntry], allowed: [String], in place: String) throws(MappingError) {
        for entry in entries where !allowed.contains(entry.key) {
            throw source.error(.unknownKey, at: entry,
                               "`\(entry.key):` is not a key of \(place)." + Suggestion.didYouMean(entry.key, in: allowed)
                               + " The keys here are: \(allowed.joined(separator: ", ")).")
        }
    }
}

extension String {
    var trimmingSpaces: Substring {
        var s = Substring(self)
        while let first = s.first, first.isWhitespace { s.removeFirst() }
        while let last = s.last, last.isWhitespace { s.removeLast() }
        return s
    }
}
