// One reader protocol for every format; the format is chosen by sniffing the bytes.

public enum SheetVisibility: String, Sendable {
    case visible, hidden, veryHidden
}

public enum SheetKind: String, Sendable {
    /// A grid of cells.
    case worksheet
    /// Chart and dialog sheets: listed, never read.
    case chart
}

public struct SheetInfo: Hashable, Sendable {
    public var name: String
    public var visibility: SheetVisibility
    public var kind: SheetKind

    public init(name: String, visibility: SheetVisibility = .visible, kind: SheetKind = .worksheet) {
        self.name = name
        self.visibility = visibility
        self.kind = kind
    }
}

/// What a sheet tells beside its rows, known once the sheet has been streamed.
public struct SheetMetadata: Hashable, Sendable {
    public var mergedRegions: [MergedRegion]
    /// Rows handed out, and the last row and column seen with content.
    public var rowCount: Int
    public var lastRow: Int
    public var lastColumn: Int

    public init(mergedRegions: [MergedRegion] = [], rowCount: Int = 0, lastRow: Int = 0, lastColumn: Int = -1) {
        self.mergedRegions = mergedRegions
        self.rowCount = rowCount
        self.lastRow = lastRow
        self.lastColumn = lastColumn
    }
}

public enum FileFormat: String, Sendable {
    case xlsx, ods, csv
}

/// An opened workbook. Sheets are streamed: `readSheet` hands rows over in order, without
/// keeping them, so memory follows the widest row, not the sheet.
public protocol WorkbookReader: AnyObject {
    var format: FileFormat { get }
    var sheets: [SheetInfo] { get }
    /// Streams the non-empty rows of sheet `index` (position in `sheets`) in ascending order.
    /// Chart sheets yield no rows.
    func readSheet(_ index: Int, _ body: (Row) throws -> Void) throws -> SheetMetadata
}
