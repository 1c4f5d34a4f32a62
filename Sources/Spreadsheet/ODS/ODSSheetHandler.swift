// Streams one `table:table` of content.xml as rows: repeats, covered cells, merged regions, limits.

import Model
import Texts

/// The XML handler that reads the rows of one table and hands them on. Repeated empty rows and
/// cells only move a counter; repeated non-empty ones are expanded within `ReadLimits`, checked
/// before any expansion so a count of 2^31 costs nothing.
///
/// The state lives in a struct behind a pointer: a class's stored properties would be checked
/// for exclusive access at run time on every event, a measurable cost on this hot path.
final class ODSSheetHandler: XMLEventHandler {
    /// Thrown at the end of the wanted table, to stop the parse there.
    struct Finished: Error {}
    /// Thrown when the table found is not the one expected (the fast path's check).
    struct Mismatch: Error {}

    private let state: UnsafeMutablePointer<ODSSheetState>

    var metadata: SheetMetadata { state.pointee.metadata }

    init(targetTable: Int, expectedName: String?, sheetName: String, file: String, limits: ReadLimits,
         emit: @escaping (Row) throws -> Void) {
        state = .allocate(capacity: 1)
        state.initialize(to: ODSSheetState(targetTable: targetTable, expectedName: expectedName,
                                           sheetName: sheetName, file: file, limits: limits, emit: emit))
    }

    deinit {
        state.deinitialize(count: 1)
        state.deallocate()
    }

    func startElement(_ name: XMLName, prefix: XMLName?, namespaceURI: XMLName?, attributes: XMLAttributes) throws {
        try state.pointee.startElement(name, namespaceURI: namespaceURI, attributes: attributes)
    }

    func endElement(_ name: XMLName, prefix: XMLName?, namespaceURI: XMLName?) throws {
        try state.pointee.endElement(name, namespaceURI: namespaceURI)
    }

    func characters(_ text: UnsafeBufferPointer<UInt8>) throws {
        try state.pointee.characters(text)
    }
}

/// What `ODSSheetHandler` tracks while streaming a table.
struct ODSSheetState {
    /// Merged regions are kept for the whole sheet: a file declaring millions is hostile.
    static let maxMergedRegions = 1 << 20

    private let targetTable: Int
    private var tablesSeen: Int
    private let expectedName: String?
    private let limits: ReadLimits
    private let file: String
    private let sheetName: String
    private let emit: (Row) throws -> Void
    private var namespaces = ODSNamespaceCache()

    private(set) var metadata = SheetMetadata()
    private var inTable = false
    /// Open elements inside a subtree being skipped (other tables, annotations, drawings).
    private var skipDepth = 0
    private var rowNumber = 1
    private var rowsRepeated = 1
    private var column = 0
    private var rowCells: [Cell] = []
    private var inCell = false
    private var cell = ODSCellContent()
    private var cellsInSheet = 0

    init(targetTable: Int, expectedName: String?, sheetName: String, file: String, limits: ReadLimits,
         emit: @escaping (Row) throws -> Void) {
        self.targetTable = targetTable
        self.tablesSeen = 0
        self.expectedName = expectedName
        self.sheetName = sheetName
        self.file = file
        self.limits = limits
        self.emit = emit
    }

    mutating func startElement(_ name: XMLName, namespaceURI: XMLName?, attributes: XMLAttributes) throws {
        if skipDepth > 0 { skipDepth += 1; return }
        let namespace = namespaces.namespace(of: namespaceURI)
        guard inTable else {
            if namespace == .table, name.equals("table") { try startTable(attributes) }
            return
        }
        if inCell {
            try startInCell(name, namespace, attributes)
            return
        }
        guard namespace == .table else {
            if namespace == .draw || namespace == .office { skipDepth = 1 }
            return
        }
        if name.equals("table-cell") || name.equals("covered-table-cell") {
            inCell = true
            cell.start(attributes, namespaces: &namespaces)
        } else if name.equals("table-row") {
            rowsRepeated = ODSValueParsing.count(attributes.value("number-rows-repeated"))
            column = 0
            rowCells.removeAll(keepingCapacity: true)
        } else if name.equals("table") {
            skipDepth = 1  // a nested table is not part of the sheet's grid
        }
    }

    private mutating func startTable(_ attributes: XMLAttributes) throws {
        defer { tablesSeen += 1 }
        guard tablesSeen == targetTable else {
            skipDepth = 1
            return
        }
        if let expectedName {
            let name = attributes.value("name").map { String(decoding: $0, as: UTF8.self) }
            guard name == expectedName else { throw ODSSheetHandler.Mismatch() }
        }
        inTable = true
    }

    private mutating func startInCell(_ name: XMLName, _ namespace: ODSNamespace, _ attributes: XMLAttributes) throws {
        switch namespace {
        case .text:
            if name.equals("p") || name.equals("h") {
                cell.startParagraph()
            } else if cell.needsText, cell.paragraphDepth > 0 {
                if name.equals("s") {
                    try appendText(repeating: 0x20, count: ODSValueParsing.count(attributes.value("c")))
                } else if name.equals("tab") {
                    try appendText(repeating: 0x09, count: 1)
                } else if name.equals("line-break") {
                    try appendText(repeating: 0x0A, count: 1)
                }
                // Spans, links and other inline elements only wrap text: their characters count.
            }
        case .office, .draw, .table:
            // Annotations (comments), drawings and nested tables are not the cell's value.
            skipDepth = 1
        case .style, .other:
            break
        }
    }

    mutating func endElement(_ name: XMLName, namespaceURI: XMLName?) throws {
        if skipDepth > 0 { skipDepth -= 1; return }
        guard inTable else { return }
        let namespace = namespaces.namespace(of: namespaceURI)
        if inCell {
            if namespace == .table, name.equals("table-cell") || name.equals("covered-table-cell") {
                inCell = false
                try finishCell()
            } else if namespace == .text, name.equals("p") || name.equals("h") {
                cell.paragraphDepth -= 1
            }
            return
        }
        guard namespace == .table else { return }
        if name.equals("table-row") {
            try finishRow()
        } else if name.equals("table") {
            inTable = false
            throw ODSSheetHandler.Finished()
        }
    }

    mutating func characters(_ text: UnsafeBufferPointer<UInt8>) throws {
        guard inCell, cell.needsText, cell.paragraphDepth > 0, skipDepth == 0 else { return }
        if cell.text.count + text.count > limits.maxStringBytes { throw tooLong() }
        cell.text.append(contentsOf: text)
    }

    private mutating func appendText(repeating byte: UInt8, count: Int) throws {
        if cell.text.count + count > limits.maxStringBytes { throw tooLong() }
        cell.text.append(contentsOf: repeatElement(byte, count: count))
    }

    private mutating func finishCell() throws {
        let repeated = cell.columnsRepeated
        if cell.columnsSpanned > 1 || cell.rowsSpanned > 1 {
            guard metadata.mergedRegions.count < ODSSheetState.maxMergedRegions else {
                throw limit(Texts.current("sheet.ods.merged", ["limit": "\(ODSSheetState.maxMergedRegions)"]))
            }
            metadata.mergedRegions.append(MergedRegion(
                firstRow: rowNumber, firstColumn: column,
                lastRow: rowNumber + cell.rowsSpanned - 1, lastColumn: column + cell.columnsSpanned - 1))
        }
        if let value = cell.finish() {
            guard column + repeated <= limits.maxColumns else {
                throw limit(Texts.current("sheet.ods.repeat-columns", ["column": "\(column + 1)", "times": "\(repeated)", "limit": "\(limits.maxColumns)"]))
            }
            guard repeated <= limits.maxCellsPerRepeat else {
                throw limit(Texts.current("sheet.ods.repeat-cell", ["cell": "\(CellRef(row: rowNumber, column: column).description)", "times": "\(repeated)", "limit": "\(limits.maxCellsPerRepeat)"]))
            }
            for offset in 0..<repeated {
                rowCells.append(Cell(column: column + offset, value: value))
            }
        }
        // Empty repeats only move the column, saturating far past any real sheet.
        column = min(column + repeated, Int(Int32.max))
    }

    private mutating func finishRow() throws {
        let repeated = rowsRepeated
        defer { rowNumber = min(rowNumber + repeated, Int(Int32.max)) }
        guard let last = rowCells.last else { return }
        let lastRow = rowNumber + repeated - 1
        guard lastRow <= limits.maxRows else {
            throw limit(Texts.current("sheet.ods.repeat-rows", ["row": "\(rowNumber)", "last": "\(lastRow)", "limit": "\(limits.maxRows)"]))
        }
        let cells = repeated * rowCells.count
        if repeated > 1, cells > limits.maxCellsPerRepeat {
            throw limit(Texts.current("sheet.ods.repeat-row", ["row": "\(rowNumber)", "times": "\(repeated)", "values": "\(rowCells.count)", "limit": "\(limits.maxCellsPerRepeat)"]))
        }
        cellsInSheet += cells
        guard cellsInSheet <= limits.maxCellsPerSheet else {
            throw limit(Texts.current("sheet.ods.cells", ["limit": "\(limits.maxCellsPerSheet)"]))
        }
        for offset in 0..<repeated {
            try emit(Row(number: rowNumber + offset, cells: rowCells))
        }
        metadata.rowCount += repeated
        metadata.lastRow = lastRow
        metadata.lastColumn = max(metadata.lastColumn, last.column)
    }

    private func limit(_ what: String) -> SpreadsheetError {
        SpreadsheetError(.limitExceeded, file: file, sheet: sheetName,
                         Texts.current("sheet.ods.unsafe", ["what": "\(what)"]))
    }

    private func tooLong() -> SpreadsheetError {
        limit(Texts.current("sheet.ods.long-text", ["cell": "\(CellRef(row: rowNumber, column: column).description)", "limit": "\(limits.maxStringBytes)"]))
    }
}
