// Placeholder for the ODS reader: the odscsv branch replaces this whole file.

/// The ODS reader, created by `openWorkbook` once the ZIP package is recognised as an
/// OpenDocument spreadsheet. `archive` is open and already checked; read `content.xml`
/// with `archive.parseXML(entryNamed:handler:)`.
public final class ODSWorkbook: WorkbookReader {
    public let format = FileFormat.ods
    public let sheets: [SheetInfo] = []

    public init(path: String, archive: ZipArchive, limits: ReadLimits) throws {
        throw SpreadsheetError(.notASpreadsheet, file: path, "reading ODS files is not built yet; save the file as .xlsx")
    }

    public func readSheet(_ index: Int, _ body: (Row) throws -> Void) throws -> SheetMetadata {
        SheetMetadata()
    }
}
