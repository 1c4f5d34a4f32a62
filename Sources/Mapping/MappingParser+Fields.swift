// Reading one field of a mapping file: its columns or labels, check boxes, vocabulary, and options.

import Model
import Texts

extension MappingParser {
    static let fieldKeys = ["colonnes", "etiquettes", "position", "distance", "cases", "valeur",
                            "vocabulaire", "requis", "peut_manquer", "format", "separateurs", "marque"]

    func fieldRule(_ entry: YEntry, kind: FieldKind, layout: Layout, shared: [String: Vocabulary]) throws(MappingError) -> FieldRule {
        var rule = FieldRule(field: entry.key, kind: kind, line: entry.line)
        // `nom: "Nom"` is short for `nom: {colonnes: "Nom"}` (or `etiquettes:` in a form).
        if case .map = entry.value.kind {} else {
            let wordings = Wordings(try texts(entry.value), line: entry.value.line)
            if layout == .table { rule.columns = wordings } else { rule.labels = wordings }
            rule.vocabulary = try defaultVocabulary(kind: kind, line: entry.line)
            return rule
        }
        let entries = try map(entry.value, what: Texts.current("mapping.what.field", ["field": "\(entry.key)"]))
        try checkKeys(entries, allowed: Self.fieldKeys, in: "a field")
        for item in entries {
            switch item.key {
            case "colonnes":
                guard layout == .table else {
                    throw source.error(.badValue, at: item, Texts.current("mapping.form-columns"))
                }
                rule.columns = Wordings(try columns(item.value, into: &rule), line: item.line)
            case "etiquettes":
                guard layout == .form else {
                    throw source.error(.badValue, at: item, Texts.current("mapping.table-labels"))
                }
                rule.labels = Wordings(try texts(item.value), line: item.line)
            case "position":
                rule.position = try choice(item.value, "mapping.position")
            case "distance":
                rule.distance = max(1, try integer(item.value, what: Texts.current("mapping.what.distance")))
            case "cases":
                rule.boxes = try boxes(item.value, kind: kind)
            case "valeur":
                rule.constant = try text(item.value)
            case "vocabulaire":
                rule.vocabulary = try fieldVocabulary(item.value, kind: kind, shared: shared)
            case "requis":
                rule.required = try flag(item.value, key: "requis")
            case "peut_manquer":
                rule.mayBeAbsent = try flag(item.value, key: "peut_manquer")
            case "format":
                rule.split = try nameSplit(item.value, field: rule.field)
            case "marque":
                rule.mark = try choice(item.value, "mapping.mark")
            case "separateurs":
                rule.separators = try texts(item.value).map { $0 == "et" ? " et " : $0 }
            default:
                break
            }
        }
        let sources = [!rule.columns.isEmpty, !rule.labels.isEmpty || (layout == .form && !rule.boxes.isEmpty),
                       layout == .table && !rule.boxes.isEmpty, rule.constant != nil].filter { $0 }.count
        if sources == 0 {
            let how = layout == .table ? Texts.current("mapping.how.table")
                                       : Texts.current("mapping.how.form")
            throw source.error(.missingKey, at: entry, Texts.current("mapping.nowhere", ["field": "\(entry.key)", "how": "\(how)"]))
        }
        if sources > 1 && layout == .table {
            throw source.error(.badValue, at: entry, Texts.current("mapping.several-sources", ["field": "\(entry.key)"]))
        }
        if rule.vocabulary == nil { rule.vocabulary = try defaultVocabulary(kind: kind, line: entry.line) }
        if let constant = rule.constant, !kind.codes.isEmpty, case .untranslated = rule.vocabulary?.match(constant) ?? .untranslated {
            throw source.error(.unknownCode, at: entry, Texts.current("mapping.constant", ["constant": "\(constant)", "field": "\(entry.key)", "codes": "\(kind.codes.joined(separator: ", "))"]))
        }
        return rule
    }

    func nameSplit(_ node: YNode, field: String) throws(MappingError) -> NameSplit {
        let value = try text(node)
        guard let split = NameSplit(rawValue: Wording.normalize(value)), field == "nom" else {
            throw source.error(.badValue, at: node, Texts.current("mapping.format"))
        }
        return split
    }

    /// `colonnes:` items are wordings, or `{nom: "NOM Prénom", format: nom_prenom}` for a column with its own format.
    func columns(_ node: YNode, into rule: inout FieldRule) throws(MappingError) -> [String] {
        guard case .list(let items) = node.kind else { return try texts(node) }
        var wordings: [String] = []
        for item in items {
            guard case .map(let entries) = item.kind else { wordings += try texts(item); continue }
            try checkKeys(entries, allowed: ["nom", "format"], in: "a column")
            guard let name = entries.first(where: { $0.key == "nom" }) else {
                throw source.error(.missingKey, at: item, Texts.current("mapping.group-name"))
            }
            let wording = try text(name.value)
            wordings.append(wording)
            if let format = entries.first(where: { $0.key == "format" }) {
                rule.columnSplits[Wording.normalize(wording)] = try nameSplit(format.value, field: rule.field)
            }
        }
        return wordings
    }

    /// Code fields accept their own codes as wordings ("VIF", "Gendarmerie"); booleans accept the usual yes/no.
    func defaultVocabulary(kind: FieldKind, line: Int) throws(MappingError) -> Vocabulary? {
        var vocabulary = Vocabulary(line: line)
        switch kind {
        case .code(let codes), .codeList(let codes):
            for code in codes {
                vocabulary.add(code: code, wordings: [code, code.replacingUnderscores])
            }
        case .boolean:
            vocabulary.add(code: "true", wordings: ["oui", "o", "yes", "vrai", "true", "x", "1", "☒", "☑"])
            vocabulary.add(code: "false", wordings: ["non", "n", "no", "faux", "false", "0", "☐"])
        default:
            return nil
        }
        return vocabulary
    }

    func fieldVocabulary(_ node: YNode, kind: FieldKind, shared: [String: Vocabulary]) throws(MappingError) -> Vocabulary {
        guard !kind.codes.isEmpty else {
            throw source.error(.badValue, at: node, Texts.current("mapping.no-codes"))
        }
        var own: Vocabulary
        if let name = node.scalar {
            guard let found = shared[Wording.normalize(name)] else {
                throw source.error(.badValue, at: node, Texts.current("mapping.no-vocabulary", ["name": "\(name)"])
                                   + Suggestion.didYouMean(name, in: Array(shared.keys)))
            }
            own = found
            try checkCodes(of: node, name: name, vocabulary: found, kind: kind)
        } else {
            own = try vocabulary(node, codes: kind.codes, isBoolean: kind == .boolean)
        }
        if let fallback = try defaultVocabulary(kind: kind, line: node.line) { own.merge(fallback) }
        return own
    }

    /// A vocabulary written as `CODE: [wordings]`, plus `inconnu:` and `aucun:`.
    /// `codes` nil: a shared vocabulary, whose codes are checked where it is used.
    func vocabulary(_ node: YNode, codes: [String]?, isBoolean: Bool) throws(MappingError) -> Vocabulary {
        var vocabulary = Vocabulary(line: node.line)
        for entry in try map(node, what: Texts.current("mapping.what.vocabulary")) {
            let wordings = try texts(entry.value)
            switch Wording.normalize(entry.key) {
            case "inconnu": vocabulary.addUnknown(wordings)
            case "aucun", "aucune": vocabulary.addNone(wordings)
            default:
                let code = canonicalCode(entry.key)
                if let codes, !codes.contains(code) {
                    throw source.error(.unknownCode, at: entry, unknownCodeMessage(entry.key, codes: codes))
                }
                if let clash = vocabulary.add(code: code, wordings: wordings) {
                    throw source.error(.duplicate, at: entry, Texts.current("mapping.wording-twice", ["wording": "\(clash.wording)", "first": "\(clash.code)", "second": "\(code)"]))
                }
            }
        }
        return vocabulary
    }

    func checkCodes(of node: YNode, name: String, vocabulary: Vocabulary, kind: FieldKind) throws(MappingError) {
        // Re-read the shared vocabulary's node to report a wrong code at its own line.
        guard case .map(let entries) = try sharedNode(named: name)?.kind ?? .list([]) else { return }
        for entry in entries where !["inconnu", "aucun", "aucune"].contains(Wording.normalize(entry.key)) {
            if !kind.codes.contains(canonicalCode(entry.key)) {
                throw source.error(.unknownCode, at: entry, unknownCodeMessage(entry.key, codes: kind.codes)
                                   + Texts.current("mapping.vocabulary-used", ["name": "\(name)", "line": "\(node.line)"]))
            }
        }
    }

    func sharedNode(named name: String) throws(MappingError) -> YNode? {
        guard case .map(let top) = try source.parse().kind,
              let vocabularies = top.first(where: { $0.key == "vocabulaires" }),
              case .map(let entries) = vocabularies.value.kind else { return nil }
        return entries.first(where: { Wording.normalize($0.key) == Wording.normalize(name) })?.value
    }

    /// `oui`/`non` for booleans; codes are written in capitals but accepted in any case.
    func canonicalCode(_ key: String) -> String {
        switch Wording.normalize(key) {
        case "oui", "true", "vrai": return "true"
        case "non", "false", "faux": return "false"
        default: return Wording.normalize(key).uppercased()
        }
    }

    func unknownCodeMessage(_ key: String, codes: [String]) -> String {
        let shown = codes == ["true", "false"] ? ["oui", "non"] : codes
        return Texts.current("mapping.not-a-code", ["key": "\(key)"]) + Suggestion.didYouMean(key, in: shown)
            + Texts.current("mapping.codes", ["codes": "\(shown.joined(separator: ", "))"])
    }

    func boxes(_ node: YNode, kind: FieldKind) throws(MappingError) -> [BoxOption] {
        guard !kind.codes.isEmpty else {
            throw source.error(.badValue, at: node, Texts.current("mapping.boxes-codes"))
        }
        var options: [BoxOption] = []
        for entry in try map(node, what: Texts.current("mapping.what.boxes")) {
            let code = canonicalCode(entry.key)
            guard kind.codes.contains(code) else {
                throw source.error(.unknownCode, at: entry, unknownCodeMessage(entry.key, codes: kind.codes))
            }
            options.append(BoxOption(code: code, wordings: Wordings(try texts(entry.value), line: entry.line)))
        }
        return options
    }
}

extension String {
    var replacingUnderscores: String { String(map { $0 == "_" ? " " : $0 }) }
}
