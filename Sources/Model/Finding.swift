// A problem in the data: collected, never thrown, so the run goes on and the report can name it.

public enum Severity: String, Codable, Sendable, Comparable, CaseIterable {
    case error, warning, info

    private var rank: Int { [Severity.error: 0, .warning: 1, .info: 2][self] ?? 3 }
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// A problem in the data, collected (never thrown) so the run goes on.
public struct Finding: Hashable, Sendable {
    /// Stable identifier of the kind of problem (`untranslated_value`, `impossible_date`...).
    public var kind: String
    public var severity: Severity
    public var site: String?
    public var file: String?
    public var sheet: String?
    public var row: Int?
    /// A1 style.
    public var cell: String?
    /// A field of DATA-MODEL.md.
    public var field: String?
    /// The raw value; left out of outputs when it identifies a person, unless asked.
    public var value: String?
    /// True when `value` identifies a person (a name, a birth date, a commune).
    public var valueIsIdentifying: Bool
    public var message: String
    public var hint: String?

    public init(kind: String, severity: Severity, site: String? = nil, file: String? = nil,
                sheet: String? = nil, row: Int? = nil, cell: String? = nil, field: String? = nil,
                value: String? = nil, valueIsIdentifying: Bool = false, message: String, hint: String? = nil) {
        self.kind = kind
        self.severity = severity
        self.site = site
        self.file = file
        self.sheet = sheet
        self.row = row
        self.cell = cell
        self.field = field
        self.value = value
        self.valueIsIdentifying = valueIsIdentifying
        self.message = message
        self.hint = hint
    }
}

/// The cell a field of a record was read from.
public struct SourceCell: Hashable, Sendable {
    public var sheet: String
    public var row: Int
    /// A1 style.
    public var cell: String
    /// The raw value as written.
    public var raw: String?

    public init(sheet: String, row: Int, cell: String, raw: String?) {
        self.sheet = sheet
        self.row = row
        self.cell = cell
        self.raw = raw
    }
}
