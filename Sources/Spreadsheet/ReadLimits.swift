// The limits that keep a hostile or broken file from exhausting time or memory, as plain values.

/// Caps applied while reading a file. Every reader (ZIP, XML, XLSX, ODS, CSV) checks the
/// ones that concern it and throws `SpreadsheetError` with code `.limitExceeded` when one
/// is crossed. Use `.default` unless a test or a caller has a reason to tighten them.
public struct ReadLimits: Hashable, Sendable {
    /// Largest inflated size of one ZIP entry, in bytes.
    public var maxEntrySize: Int
    /// Largest inflated size of all the entries read from one archive, in bytes.
    public var maxTotalInflatedSize: Int
    /// Largest ratio inflated / compressed bytes tolerated once an entry has produced
    /// more than `compressionRatioThreshold` bytes (small, highly repetitive parts are normal).
    public var maxCompressionRatio: Int
    /// Inflated bytes below which the ratio is not checked.
    public var compressionRatioThreshold: Int
    /// Most entries a ZIP central directory may list.
    public var maxEntries: Int
    /// Deepest element nesting accepted in an XML part.
    public var maxXMLDepth: Int
    /// Highest 1-based row number a sheet may use (Excel and LibreOffice: 1,048,576).
    public var maxRows: Int
    /// Highest column count a sheet may use (Excel and LibreOffice: 16,384, XFD).
    public var maxColumns: Int
    /// Most non-empty cells one repeat instruction may produce (ODS `number-rows-repeated`
    /// times the cells of the row, or `number-columns-repeated` of a non-empty cell).
    /// Empty repeats are never materialised and cost nothing.
    public var maxCellsPerRepeat: Int
    /// Most non-empty cells one sheet may hand out.
    public var maxCellsPerSheet: Int
    /// Longest single text value (shared string, inline string, CSV field), in bytes.
    public var maxStringBytes: Int

    public init(
        maxEntrySize: Int = 4 << 30,
        maxTotalInflatedSize: Int = 16 << 30,
        maxCompressionRatio: Int = 200,
        compressionRatioThreshold: Int = 16 << 20,
        maxEntries: Int = 100_000,
        maxXMLDepth: Int = 200,
        maxRows: Int = 1_048_576,
        maxColumns: Int = 16_384,
        maxCellsPerRepeat: Int = 1_048_576,
        maxCellsPerSheet: Int = 400_000_000,
        maxStringBytes: Int = 32 << 20
    ) {
        self.maxEntrySize = maxEntrySize
        self.maxTotalInflatedSize = maxTotalInflatedSize
        self.maxCompressionRatio = maxCompressionRatio
        self.compressionRatioThreshold = compressionRatioThreshold
        self.maxEntries = maxEntries
        self.maxXMLDepth = maxXMLDepth
        self.maxRows = maxRows
        self.maxColumns = maxColumns
        self.maxCellsPerRepeat = maxCellsPerRepeat
        self.maxCellsPerSheet = maxCellsPerSheet
        self.maxStringBytes = maxStringBytes
    }

    /// Generous for any real activity spreadsheet, tight enough that a bomb stops in well
    /// under a second.
    public static let `default` = ReadLimits()
}
