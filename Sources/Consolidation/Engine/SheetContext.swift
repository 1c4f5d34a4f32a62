// Where a record comes from (site, file, sheet, period), and the findings made there.

import Mapping
import Model
import Spreadsheet
import Texts

/// A sheet being read, and the findings collected while reading it.
struct SheetContext {
    let mapping: SiteMapping
    let file: String
    let sheet: String
    let periode: String?
    var findings: [Finding] = []
    /// record id -> where `connu_isg` said "not known" (see `FileResult.notKnownISGCells`).
    var notKnownISGCells: [String: SourceCell] = [:]
    /// Where the fields were found (see `SheetReading`).
    var headerRows: ClosedRange<Int>?
    var bound: [BoundField] = []
    /// Values repeat down a column ("Gendarmerie", "Oui"): each distinct text is normalised once.
    private var normalizedTexts: [String: String] = [:]

    init(mapping: SiteMapping, file: String, sheet: String, periode: String?) {
        self.mapping = mapping
        self.file = file
        self.sheet = sheet
        self.periode = periode
    }

    mutating func normalized(_ text: String) -> String {
        if let known = normalizedTexts[text] { return known }
        let value = Wording.normalize(text)
        if normalizedTexts.count < 10_000 { normalizedTexts[text] = value }
        return value
    }

    mutating func report(_ kind: String, _ severity: Severity, row: Int?, column: Int?, field: String?,
                         value: CellValue? = nil, rawText: String? = nil, message: String, hint: String?) {
        let raw = rawText ?? value.map(Self.display)
        findings.append(Finding(
            kind: kind, severity: severity, site: mapping.site.code, file: file, sheet: sheet, row: row,
            cell: row.flatMap { r in column.map { CellRef(row: r, column: $0).description } }, field: field,
            value: raw, valueIsIdentifying: field.flatMap(Field.init(rawValue:))?.identifiesPerson ?? false,
            message: message, hint: hint))
    }

    /// "C17 of sheet Mars": where to fix a cell.
    func cellPlace(row: Int, column: Int) -> String {
        Texts.current("finding.place.cell", ["cell": CellRef(row: row, column: column).description, "sheet": sheet, "file": file])
    }

    /// The raw value as a person would read it in the sheet.
    static func display(_ value: CellValue) -> String {
        switch value {
        case .string(let s): return s
        case .number(let n): return n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) : String(n)
        case .boolean(let b): return b ? "TRUE" : "FALSE"
        case .date(let d): return d.description
        case .dateTime(let d, let s): return "\(d) \(s / 3600):\(s / 60 % 60)"
        case .time(let s): return "\(s / 3600):\(s / 60 % 60)"
        case .duration(let s): return "\(s)s"
        case .error(let e): return e
        }
    }
}
