// The hot path: worksheet XML events to typed rows, handed on one by one as each row closes.

#if canImport(Glibc)
import Model
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Texts

/// Streams `<sheetData>` into `Row`s and collects `<mergeCell>`s. Keeps only the current
/// row: memory does not grow with the sheet.
final class XLSXWorksheetHandler: XMLEventHandler {
    private enum CellType { case number, sharedString, inlineString, formulaString, boolean, error, isoDate }

    let sharedStrings: XLSXStringTable
    let styles: XLSXStyles
    let uses1904: Bool
    let limits: ReadLimits
    let file: String
    let sheet: String
    let emit: (Row) throws -> Void
    // This state is touched only by this handler's callbacks, which libxml2 makes one at a
    // time on one thread: runtime exclusivity checks on it cost a quarter of the parse.
    @exclusivity(unchecked) private(set) var metadata = SheetMetadata()

    @exclusivity(unchecked) private var cells: [Cell] = []
    @exclusivity(unchecked) private var rowNumber = 0
    @exclusivity(unchecked) private var nextColumn = 0
    @exclusivity(unchecked) private var inRow = false
    @exclusivity(unchecked) private var cellCount = 0

    @exclusivity(unchecked) private var inCell = false
    @exclusivity(unchecked) private var cellColumn = 0
    @exclusivity(unchecked) private var cellType = CellType.number
    @exclusivity(unchecked) private var cellStyle = 0
    @exclusivity(unchecked) private var hasValue = false
    @exclusivity(unchecked) private var capturing = false
    /// The text of `<v>`, and of the `<t>` runs of an inline string (each trimmed as it closes).
    @exclusivity(unchecked) private var text = TextBuffer()
    @exclusivity(unchecked) private var inlineText = TextBuffer()
    @exclusivity(unchecked) private var runStart = 0
    @exclusivity(unchecked) private var inInline = false
    @exclusivity(unchecked) private var preserveSpace = false
    @exclusivity(unchecked) private var phoneticDepth = 0
    /// Strings recently made from the shared table, by index modulo the cache size: the
    /// few values a column repeats (names, Oui/Non, categories) are made once, not per cell.
    @exclusivity(unchecked) private var cachedIndices = [Int](repeating: -1, count: XLSXWorksheetHandler.cacheSize)
    @exclusivity(unchecked) private var cachedStrings = [String](repeating: "", count: XLSXWorksheetHandler.cacheSize)
    private static let cacheSize = 4096

    init(sharedStrings: XLSXStringTable, styles: XLSXStyles, uses1904: Bool, limits: ReadLimits, file: String, sheet: String,
         emit: @escaping (Row) throws -> Void) {
        self.sharedStrings = sharedStrings
        self.styles = styles
        self.uses1904 = uses1904
        self.limits = limits
        self.file = file
        self.sheet = sheet
        self.emit = emit
    }

    deinit {
        text.free()
        inlineText.free()
    }

    func startElement(_ name: XMLName, prefix: XMLName?, namespaceURI: XMLName?, attributes: XMLAttributes) throws {
        // Dispatch on the first byte: `c`, `v` and `t` come once or more per cell.
        let p = name.pointer
        switch p[0] {
        case UInt8(ascii: "c") where p[1] == 0:
            try startCell(attributes)
        case UInt8(ascii: "v") where p[1] == 0:
            guard inCell else { return }
            capturing = true
            text.removeAll()
        case UInt8(ascii: "t") where p[1] == 0:
            guard inInline, phoneticDepth == 0 else { return }
            capturing = true
            runStart = inlineText.count
            preserveSpace = attributes.value("space").map { bytesEqual($0, "preserve") } ?? false
        case UInt8(ascii: "r"):
            if name.equals("row") {
                try startRow(attributes)
            } else if name.equals("rPh") {
                phoneticDepth += 1
            }
        case UInt8(ascii: "i") where name.equals("is"):
            guard inCell else { return }
            inInline = true
            inlineText.removeAll()
        case UInt8(ascii: "m") where name.equals("mergeCell"):
            if let ref = attributes.value("ref"), let region = CellAddress.region(ref) {
                guard metadata.mergedRegions.count < limits.maxRows else {
                    throw SpreadsheetError(.limitExceeded, file: file, sheet: sheet,
                                           Texts.current("sheet.xlsx.merged", ["limit": "\(limits.maxRows)"]))
                }
                metadata.mergedRegions.append(region)
            }
        default:
            break
        }
    }

    func endElement(_ name: XMLName, prefix: XMLName?, namespaceURI: XMLName?) throws {
        let p = name.pointer
        switch p[0] {
        case UInt8(ascii: "c") where p[1] == 0:
            try endCell()
        case UInt8(ascii: "v") where p[1] == 0:
            guard inCell, capturing else { return }
            capturing = false
            hasValue = true
        case UInt8(ascii: "t") where p[1] == 0:
            guard inInline, capturing else { return }
            capturing = false
            if !preserveSpace { inlineText.trimTail(from: runStart) }
        case UInt8(ascii: "r"):
            if name.equals("row") {
                try endRow()
            } else if name.equals("rPh") {
                phoneticDepth -= 1
            }
        case UInt8(ascii: "i") where name.equals("is"):
            inInline = false
        default:
            break
        }
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        guard capturing else { return }
        // Inside `<is>` the runs go straight to the inline text; `<v>` goes to `text`.
        if inInline {
            try checkLength(inlineText.count + bytes.count)
            inlineText.append(bytes)
        } else {
            try checkLength(text.count + bytes.count)
            text.append(bytes)
        }
    }

    @inline(__always)
    private func checkLength(_ count: Int) throws {
        if count > limits.maxStringBytes {
            throw SpreadsheetError(.limitExceeded, file: file, sheet: sheet,
                                   Texts.current("sheet.xlsx.long-text", ["cell": "\(CellRef(row: max(rowNumber, 1), column: cellColumn))", "limit": "\(limits.maxStringBytes)"]))
        }
    }

    // MARK: rows and cells

    private func startRow(_ attributes: XMLAttributes) throws {
        if inRow { try endRow() }
        inRow = true
        if let r = attributes.value("r"), let number = CellAddress.integer(r), number >= 1 {
            rowNumber = number
        } else {
            rowNumber += 1
        }
        guard rowNumber <= limits.maxRows else {
            throw SpreadsheetError(.limitExceeded, file: file, sheet: sheet,
                                   Texts.current("sheet.xlsx.rows", ["row": "\(rowNumber)", "limit": "\(limits.maxRows)"]))
        }
        nextColumn = 0
        cells.removeAll(keepingCapacity: true)
    }

    private func endRow() throws {
        inRow = false
        guard !cells.isEmpty else { return }
        if !isSorted(cells) {
            // Columns out of order or repeated: keep the last value written for each column.
            var byColumn: [Int: CellValue] = [:]
            for cell in cells { byColumn[cell.column] = cell.value }
            cells = byColumn.keys.sorted().map { Cell(column: $0, value: byColumn[$0] ?? .string("")) }
        }
        if rowNumber <= metadata.lastRow {
            // Rows are handed on as they stream; a row going back cannot be placed without
            // holding the whole sheet. No writer we know does this: refuse rather than lose it.
            throw SpreadsheetError(.corruptXML, file: file, sheet: sheet,
                                   Texts.current("sheet.xlsx.order", ["row": "\(rowNumber)", "last": "\(metadata.lastRow)"]))
        }
        metadata.rowCount += 1
        metadata.lastRow = rowNumber
        metadata.lastColumn = max(metadata.lastColumn, cells[cells.count - 1].column)
        try emit(Row(number: rowNumber, cells: cells))
        cells.removeAll(keepingCapacity: true)
    }

    private func isSorted(_ cells: [Cell]) -> Bool {
        var previous = -1
        for cell in cells {
            if cell.column <= previous { return false }
            previous = cell.column
        }
        return true
    }

    private func startCell(_ attributes: XMLAttributes) throws {
        if !inRow {
            // A cell outside any <row>: treat it as the start of a new row.
            try startRow(.empty)
        }
        inCell = true
        hasValue = false
        capturing = false
        inInline = false
        inlineText.removeAll()
        cellType = .number
        cellStyle = 0
        cellColumn = nextColumn
        for i in 0..<attributes.count {
            let attribute = attributes[i]
            let key = attribute.localName.pointer
            guard key[1] == 0 else { continue }
            switch key[0] {
            case UInt8(ascii: "r"):
                if let column = CellAddress.column(attribute.value) { cellColumn = column }
            case UInt8(ascii: "t"):
                cellType = XLSXWorksheetHandler.type(attribute.value)
            case UInt8(ascii: "s"):
                cellStyle = CellAddress.integer(attribute.value) ?? 0
            default: break
            }
        }
        guard cellColumn < limits.maxColumns else {
            throw SpreadsheetError(.limitExceeded, file: file, sheet: sheet,
                                   Texts.current("sheet.xlsx.columns", ["row": "\(rowNumber)", "limit": "\(limits.maxColumns)"]))
        }
    }

    private static func type(_ value: UnsafeBufferPointer<UInt8>) -> CellType {
        switch value.count {
        case 1:
            switch value[0] {
            case UInt8(ascii: "s"): return .sharedString
            case UInt8(ascii: "b"): return .boolean
            case UInt8(ascii: "e"): return .error
            case UInt8(ascii: "d"): return .isoDate
            default: return .number
            }
        case 3 where bytesEqual(value, "str"): return .formulaString
        case 9 where bytesEqual(value, "inlineStr"): return .inlineString
        default: return .number
        }
    }

    private func endCell() throws {
        guard inCell else { return }
        inCell = false
        capturing = false
        nextColumn = cellColumn + 1
        guard let value = try cellValue() else { return }
        cellCount += 1
        if cellCount > limits.maxCellsPerSheet {
            throw SpreadsheetError(.limitExceeded, file: file, sheet: sheet,
                                   Texts.current("sheet.xlsx.cells", ["limit": "\(limits.maxCellsPerSheet)"]))
        }
        cells.append(Cell(column: cellColumn, value: value))
    }

    private func cellValue() throws -> CellValue? {
        switch cellType {
        case .inlineString:
            // ECMA-376 18.3.1.4 and 18.18.11: an inline string's value is in `<is>` "rather
            // than the `<v>` element", and `<is>` is its only allowed child. A stray `<v>` is
            // not the cell's value (calamine and openpyxl ignore it too).
            return inlineText.isEmpty ? nil : .string(XLSXText.string(inlineText.bytes))
        case .sharedString:
            guard hasValue, !text.isEmpty else { return nil }
            guard let index = CellAddress.integer(text.bytes), index < sharedStrings.count else {
                throw SpreadsheetError(.corruptXML, file: file, sheet: sheet,
                                       Texts.current("sheet.xlsx.shared-missing", ["cell": "\(CellRef(row: rowNumber, column: cellColumn).description)"]))
            }
            return sharedString(index)
        case .formulaString:
            return hasValue && !text.isEmpty ? .string(XLSXText.string(text.bytes)) : nil
        case .boolean:
            guard hasValue, !text.isEmpty else { return nil }
            let b = text.base[0]
            return .boolean(b == UInt8(ascii: "1") || b == UInt8(ascii: "t") || b == UInt8(ascii: "T"))
        case .error:
            return hasValue && !text.isEmpty ? .error(String(decoding: text.bytes, as: UTF8.self)) : nil
        case .isoDate:
            guard hasValue, !text.isEmpty else { return nil }
            let string = String(decoding: text.bytes, as: UTF8.self)
            return ExcelSerial.isoValue(string) ?? .string(string)
        case .number:
            guard hasValue, !text.isEmpty else { return nil }
            guard let number = parseDouble() else { return .string(String(decoding: text.bytes, as: UTF8.self)) }
            return ExcelSerial.value(number, kind: styles.kind(ofStyle: cellStyle), uses1904: uses1904)
        }
    }

    /// Shared string `index` (below the table's count), nil when empty.
    @inline(__always)
    private func sharedString(_ index: Int) -> CellValue? {
        let slot = index & (XLSXWorksheetHandler.cacheSize - 1)
        if cachedIndices[slot] == index { return .string(cachedStrings[slot]) }
        guard let string = sharedStrings.string(at: index) else { return nil }
        cachedIndices[slot] = index
        cachedStrings[slot] = string
        return .string(string)
    }

    /// The captured bytes as a number; nil unless the whole text (spaces aside) is one.
    /// Plain integers of up to 15 digits (most cells: counts, dates as serials) are read
    /// directly, exactly; anything else goes to strtod, which reads the NUL-terminated buffer in place.
    private func parseDouble() -> Double? {
        let p = text.base
        let n = text.count
        var i = p[0] == UInt8(ascii: "-") ? 1 : 0
        if n - i >= 1, n - i <= 15 {
            var value = 0
            while i < n {
                let digit = p[i] &- UInt8(ascii: "0")
                guard digit < 10 else { break }
                value = value &* 10 &+ Int(digit)
                i += 1
            }
            if i == n { return p[0] == UInt8(ascii: "-") ? (value == 0 ? -0.0 : -Double(value)) : Double(value) }
        }
        return p.withMemoryRebound(to: CChar.self, capacity: n + 1) { start -> Double? in
            var end: UnsafeMutablePointer<CChar>?
            let value = strtod(start, &end)
            guard let end, end != start else { return nil }
            var q = end
            while q.pointee == 0x20 || q.pointee == 0x09 || q.pointee == 0x0A || q.pointee == 0x0D { q += 1 }
            return q.pointee == 0 ? value : nil
        }
    }
}
