// A value vocabulary: which wordings mean which code, looked up normalised in one dictionary probe.

public struct Vocabulary: Sendable {
    public enum Match: Equatable, Sendable {
        case code(String)
        /// A wording declared as "unknown" (NSP, ?): empty field, no finding.
        case unknown
        /// A wording declared as "none" (Aucune, -): an empty list.
        case none
        /// No wording matches: empty field and a finding.
        case untranslated
    }

    /// The line of the vocabulary in the mapping file: where to add a missing wording.
    public var line: Int
    private var codes: [String: String]
    private var unknown: Set<String>
    private var none: Set<String>

    public init(line: Int) {
        self.line = line
        self.codes = [:]
        self.unknown = []
        self.none = []
    }

    /// Adds the wordings of one code; returns a wording already given to another code, if any.
    @discardableResult
    public mutating func add(code: String, wordings: [String]) -> (wording: String, code: String)? {
        var clash: (String, String)?
        for wording in wordings {
            let key = Wording.normalize(wording)
            if let previous = codes[key], previous != code { clash = (wording, previous) }
            codes[key] = code
        }
        return clash
    }

    public mutating func addUnknown(_ wordings: [String]) {
        for wording in wordings { unknown.insert(Wording.normalize(wording)) }
    }

    public mutating func addNone(_ wordings: [String]) {
        for wording in wordings { none.insert(Wording.normalize(wording)) }
    }

    /// True when `text` is one of the vocabulary's wordings or codes: a value a report may show,
    /// since no person's name is a wording of a vocabulary.
    public func knows(_ text: String) -> Bool {
        let key = Wording.normalize(text)
        return codes[key] != nil || unknown.contains(key) || none.contains(key)
            || codes.values.contains { Wording.normalize($0) == key }
    }

    /// Adds entries of `other` this vocabulary does not have (a shared vocabulary under a field's own).
    public mutating func merge(_ other: Vocabulary) {
        for (key, code) in other.codes where codes[key] == nil { codes[key] = code }
        unknown.formUnion(other.unknown)
        none.formUnion(other.none)
    }

    /// Looks up an already normalised text.
    public func match(normalized key: String) -> Match {
        if let code = codes[key] { return .code(code) }
        if unknown.contains(key) { return .unknown }
        if none.contains(key) { return .none }
        return .untranslated
    }

    public func match(_ text: String) -> Match {
        match(normalized: Wording.normalize(text))
    }

    public var isEmpty: Bool { codes.isEmpty && unknown.isEmpty && none.isEmpty }
}
