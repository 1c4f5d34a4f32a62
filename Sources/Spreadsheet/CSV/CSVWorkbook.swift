// Placeholder for the CSV reader: the odscsv branch replaces this whole file.

/// The CSV reader, created by `openWorkbook` when the file is text with a delimiter
/// (`;`, `,` or tab) in its first line, or starts with a UTF-16 byte order mark.
public final class CSVWorkbook: WorkbookReader {
    public let format = FileFormat.csv
    public let sheets: [SheetInfo] = []

    public init(path: String, limits: ReadLimits) throws {
        throw SpreadsheetError(.notASpreadsheet, file: path, "reading CSV files is not built yet; save the file as .xlsx")
    }

    public func readSheet(_ index: Int, _ body: (Row) throws -> Void) throws -> SheetMetadata {
        SheetMetadata()
    }
}
