// Reads a site's mapping file (French keys) into a `SiteMapping`, every mistake reported at its line and column.

import Model
import Texts

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
        let entries = try map(root, what: Texts.current("mapping.what.file"))
        try checkKeys(entries, allowed: Self.topKeys, in: Texts.current("mapping.where.top"))

        guard let siteEntry = entries.first(where: { $0.key == "site" }) else {
            throw source.error(.missingKey, line: root.line, column: root.column,
                               Texts.current("mapping.no-site", ["codes": "\(siteCodes)"]))
        }
        let code = try text(siteEntry.value)
        guard let site = sites.first(where: { $0.code == code }) else {
            throw source.error(.unknownSite, at: siteEntry.value,
                               Texts.current("mapping.undeclared-site", ["code": "\(code)", "codes": "\(siteCodes)"])
                               + Suggestion.didYouMean(code, in: sites.map(\.code))
                               + Texts.current("mapping.declare-site"))
        }
        var mapping = SiteMapping(site: site, file: source.file)

        guard let files = entries.first(where: { $0.key == "fichiers" }) else {
            throw source.error(.missingKey, line: root.line, column: root.column,
                               Texts.current("mapping.no-files"))
        }
        mapping.filePatterns = try texts(files.value).map(Wording.normalize)

        if let period = entries.first(where: { $0.key == "periode" }) {
            mapping.period = try choice(period.value, "mapping.period")
        }
        if let bound = entries.first(where: { $0.key == "plausibilite" }) {
            mapping.countBound = try integer(bound.value, what: Texts.current("mapping.what.bound"))
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
                               Texts.current("mapping.no-table"))
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
                rule.layout = try choice(item.value, "mapping.layout")
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
                               Texts.current("mapping.no-fields", ["table": "\(table.rawValue)"]))
        }
        let catalog = Field.mapped(in: table).map { ($0.column, $0.kind) }
        for fieldEntry in try map(fields.value, what: "`champs:`") {
            guard let kind = catalog.first(where: { $0.0 == fieldEntry.key })?.1 else {
                var message = Texts.current("mapping.not-a-field", ["field": "\(fieldEntry.key)", "table": "\(table.rawValue)"])
                if let why = Field(rawValue: fieldEntry.key)?.derivation {
                    message += Texts.current("mapping.derived", ["why": "\(why)"])
                } else {
                    message += Suggestion.didYouMean(fieldEntry.key, in: catalog.map(\.0))
                    message += Texts.current("mapping.fields", ["fields": "\(catalog.map(\.0).joined(separator: ", "))"])
                }
                throw source.error(.unknownField, at: fieldEntry, message)
            }
            if rule.fields.contains(where: { $0.field == fieldEntry.key }) {
                throw source.error(.duplicate, at: fieldEntry, Texts.current("mapping.field-twice", ["field": "\(fieldEntry.key)"]))
            }
            rule.fields.append(try fieldRule(fieldEntry, kind: kind, layout: rule.layout, shared: shared))
        }
        return rule
    }

    func header(_ node: YNode, into rule: inout TableRule) throws(MappingError) {
        if let value = node.scalar {
            if Wording.normalize(value) == "auto" { return }
            rule.headerRow = try integer(node, what: Texts.current("mapping.what.header"))
            return
        }
        for entry in try map(node, what: "`entete:`") {
            switch entry.key {
            case "ligne": rule.headerRow = try integer(entry.value, what: Texts.current("mapping.what.header-row"))
            case "lignes": rule.headerRows = try integer(entry.value, what: Texts.current("mapping.what.header-rows"))
            default:
                throw source.error(.unknownKey, at: entry,
                                   Texts.current("mapping.header-keys", ["key": "\(entry.key)"])
                                   + Suggestion.didYouMean(entry.key, in: ["ligne", "lignes"]))
            }
        }
    }

    // MARK: Scalars and shapes

    func map(_ node: YNode, what: String) throws(MappingError) -> [YEntry] {
        guard case .map(let entries) = node.kind else {
            throw source.error(.wrongShape, at: node, Texts.current("mapping.must-be-group", ["what": "\(what)", "kind": "\(node.describedKind)"]))
        }
        return entries
    }

    func text(_ node: YNode) throws(MappingError) -> String {
        guard let value = node.scalar else {
            throw source.error(.wrongShape, at: node, Texts.current("mapping.must-be-text", ["kind": "\(node.describedKind)"]))
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
                    throw source.error(.wrongShape, at: item, Texts.current("mapping.must-be-texts", ["kind": "\(item.describedKind)"]))
                }
                out.append(value)
            }
            return out
        case .map:
            throw source.error(.wrongShape, at: node, Texts.current("mapping.text-or-list"))
        }
    }

    func integer(_ node: YNode, what: String) throws(MappingError) -> Int {
        let value = try text(node)
        guard let number = Int(value.trimmingSpaces), number >= 0 else {
            throw source.error(.badValue, at: node, Texts.current("mapping.must-be-number", ["what": "\(what)", "value": "\(value)"]))
        }
        return number
    }

    /// One of a keyword's French values (`droite`, `formulaire`...), or the error `message`
    /// (a catalogue key whose text lists the values) naming what was written.
    func choice<Choice: RawRepresentable<String>>(_ node: YNode, _ message: String) throws(MappingError) -> Choice {
        let value = try text(node)
        guard let choice = Choice(rawValue: Wording.normalize(value)) else {
            throw source.error(.badValue, at: node, Texts.current(message, ["value": value]))
        }
        return choice
    }

    func flag(_ node: YNode, key: String) throws(MappingError) -> Bool {
        let value = try text(node)
        switch Wording.normalize(value) {
        case "oui", "true", "yes", "vrai": return true
        case "non", "false", "no", "faux": return false
        default: throw source.error(.badValue, at: node, Texts.current("mapping.yes-no", ["key": "\(key)", "value": "\(value)"]))
        }
    }

    func checkKeys(_ entries: [YEntry], allowed: [String], in place: String) throws(MappingError) {
        for entry in entries where !allowed.contains(entry.key) {
            throw source.error(.unknownKey, at: entry,
                               Texts.current("mapping.unknown-key", ["key": "\(entry.key)", "place": "\(place)"]) + Suggestion.didYouMean(entry.key, in: allowed)
                               + Texts.current("mapping.keys", ["keys": "\(allowed.joined(separator: ", "))"]))
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
