// The ODS reader: sheets of an OpenDocument spreadsheet streamed from content.xml.

import Texts

/// An OpenDocument spreadsheet (`.ods`). Opening it inflates `content.xml` once to list the
/// tables (a byte search, plus a parse of the styles before the first table for hidden sheets);
/// reading a sheet parses only that table's XML, and sheets read in order share one more pass. Created by `openWorkbook` once the package is
/// recognised as ODS (and checked for encryption).
public final class ODSWorkbook: WorkbookReader {
    public let format = FileFormat.ods
    public let sheets: [SheetInfo]
    private let path: String
    private let archive: ZipArchive
    private let content: ZipEntry
    private let limits: ReadLimits
    /// The root start tag and each table's offset, when the fast path can be used.
    private let rootTag: [UInt8]?
    private let tableOffsets: [Int]
    /// Inflated bytes per step: larger than the default, as content.xml is the bulk of the file.
    static let chunkSize = 1 << 18
    /// Whole-part parses done by `readSheet` when the fast path cannot be used. Their bytes may
    /// add up to four parses of the part or a 64th of `maxTotalInflatedSize` (256 MiB by default).
    private var fullParses = 0
    /// Keeps its place in content.xml between sheets read in order.
    private lazy var cursor = ODSContentCursor(archive: archive, entry: content, chunkSize: ODSWorkbook.chunkSize)

    public init(path: String, archive: ZipArchive, limits: ReadLimits) throws {
        guard let content = archive.entry(named: "content.xml") else {
            throw SpreadsheetError(.missingPart, file: path,
                                   Texts.current("sheet.ods.no-content"))
        }
        self.path = path
        self.archive = archive
        self.content = content
        self.limits = limits

        var scanner = ODSTableScanner()
        let styles = ODSSheetListHandler()
        let parser = XMLStreamParser(handler: styles, limits: limits, file: path, part: content.name)
        var position = 0
        try archive.read(content, chunkSize: ODSWorkbook.chunkSize) { chunk in
            scanner.consume(chunk)
            // The styles parse stops where the first table starts: the rest is the sheets' data.
            let end = scanner.firstTableOffset ?? Int.max
            if position < end {
                try parser.feed(UnsafeRawBufferPointer(rebasing: chunk[0..<min(chunk.count, end - position)]))
            }
            position += chunk.count
        }
        scanner.finish()

        if scanner.usable, let rootTag = scanner.rootTag {
            if scanner.tables.isEmpty { try parser.finish() }
            self.rootTag = rootTag
            tableOffsets = scanner.tables.map(\.offset)
            sheets = scanner.tables.enumerated().map { index, table in
                ODSWorkbook.sheetInfo(name: table.name, style: table.styleName, index: index, hidden: styles.hiddenStyles)
            }
        } else {
            // Not the layout the byte search expects: list the tables with a full parse.
            let list = ODSSheetListHandler()
            try archive.parseXML(content, handler: list)
            rootTag = nil
            tableOffsets = []
            sheets = list.tables.enumerated().map { index, table in
                ODSWorkbook.sheetInfo(name: table.name, style: table.styleName, index: index, hidden: list.hiddenStyles)
            }
        }
    }

    private static func sheetInfo(name: String?, style: String?, index: Int, hidden: Set<String>) -> SheetInfo {
        let isHidden = style.map { hidden.contains($0) } ?? false
        return SheetInfo(name: name ?? "Sheet\(index + 1)", visibility: isHidden ? .hidden : .visible)
    }

    public func readSheet(_ index: Int, _ body: (Row) throws -> Void) throws -> SheetMetadata {
        guard sheets.indices.contains(index) else {
            throw SpreadsheetError(.sheetNotFound, file: path,
                                   Texts.current("sheet.ods.no-sheet", ["sheets": Texts.current.plural("sheet.sheets", count: sheets.count), "number": "\(index + 1)"]))
        }
        let name = sheets[index].name
        return try withoutActuallyEscaping(body) { emit in
            if let rootTag {
                let handler = ODSSheetHandler(targetTable: 0, expectedName: name, sheetName: name,
                                              file: path, limits: limits, emit: emit)
                do {
                    try readTable(at: tableOffsets[index], after: rootTag, handler: handler)
                } catch is ODSSheetHandler.Finished {
                    return handler.metadata
                } catch is ODSSheetHandler.Mismatch {
                    // The byte search was fooled (a table tag in a comment?): parse the whole part.
                }
            }
            // Without the byte search, each sheet costs a parse of the whole part: bound the sum,
            // so a file of thousands of sheets in this layout is refused rather than read for hours.
            fullParses += 1
            let budget = max(limits.maxTotalInflatedSize / 64, 4 * content.uncompressedSize)
            if fullParses * content.uncompressedSize > budget {
                throw SpreadsheetError(.limitExceeded, file: path, sheet: name,
                                       Texts.current("sheet.ods.not-streamable", ["count": "\(sheets.count)"]))
            }
            let handler = ODSSheetHandler(targetTable: index, expectedName: nil, sheetName: name,
                                          file: path, limits: limits, emit: emit)
            do {
                try archive.parseXML(content, handler: handler)
            } catch is ODSSheetHandler.Finished {
                return handler.metadata
            }
            throw SpreadsheetError(.corruptXML, file: path, sheet: name,
                                   Texts.current("sheet.ods.content-ends"))
        }
    }

    /// Parses the root tag (for its namespace declarations) followed by the part from `offset`
    /// on, so that only the wanted table goes through the XML parser. Ends by the handler's
    /// `Finished` at the table's end tag.
    private func readTable(at offset: Int, after rootTag: [UInt8], handler: ODSSheetHandler) throws {
        let parser = XMLStreamParser(handler: handler, limits: limits, file: path, part: content.name)
        try rootTag.withUnsafeBytes { try parser.feed($0) }
        try cursor.read(from: offset) { try parser.feed($0) }
        try parser.finish()
    }
}
