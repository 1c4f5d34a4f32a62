// What the engine read from one sheet: which rule claimed it, where each field was found, the
// sheet's row account and its findings. The import and `mapping check` see the same value.

import Mapping
import Model

/// A field of the mapping found on the sheet: a table's column (or one "x" column of a code) or a
/// form's label.
public struct BoundField: Sendable, Equatable {
    /// The field's position in its table rule (`TableRule.fields`).
    public var fieldIndex: Int
    public var field: String
    /// The header or label as written, and its cell (A1).
    public var text: String
    public var cell: String
    /// For an "x" column of a check-box field, the code it ticks.
    public var code: String?
}

/// One sheet's rows: read = kept + rejected + non-data (duplicates are found later, run-wide).
public struct SheetAccount: Sendable, Equatable {
    public var rowsRead = 0
    public var kept = 0
    public var rejected = 0
    public var nonData = 0

    /// The records the sheet holds: kept and rejected ones (a form: 1, an empty template: 0).
    public var records: Int { kept + rejected }
}

public struct SheetReading: Sendable {
    /// The sheet's name in the workbook, for the person running the check.
    public var name: String
    /// The name findings and record ids give it (`SheetNames.shown`: by position when the name
    /// may be a person's).
    public var sheet: String
    /// The table that read the sheet; nil when no rule claims it.
    public var table: TableKind?
    public var layout: Layout?
    /// The header's rows (tables), when one was found.
    public var headerRows: ClosedRange<Int>?
    public var bound: [BoundField] = []
    public var account = SheetAccount()
    /// Every finding made while reading the sheet (also in `FileResult.findings`).
    public var findings: [Finding] = []

    public init(name: String, sheet: String, table: TableKind? = nil, layout: Layout? = nil) {
        self.name = name
        self.sheet = sheet
        self.table = table
        self.layout = layout
    }

    /// Whether the mapping reads this sheet with nothing to fix: no warning, no error.
    public var isClean: Bool { !findings.contains { $0.severity != .info } }
}
