// The CSV reader: one sheet named after the file, every non-empty field a string cell.

import Texts

/// A CSV file seen as a workbook of one sheet. Fields stay text (numbers and dates are the
/// mapping's business); rows are the file's records, numbered from 1, blank ones skipped.
public final class CSVWorkbook: WorkbookReader {
    public let format = FileFormat.csv
    public let sheets: [SheetInfo]
    public let dialect: CSVDialect
    let limits: CSVLimits
    private let file: CSVByteFile

    /// The hook `openWorkbook` calls for delimited text; `limits` bound a field (`maxStringBytes`),
    /// the columns and the records.
    public convenience init(path: String, limits: ReadLimits = .default) throws {
        try self.init(path: path, csvLimits: CSVLimits(limits))
    }

    init(path: String, csvLimits limits: CSVLimits) throws {
        file = try CSVByteFile(path: path)
        self.limits = limits
        dialect = try CSVDialect.detect(in: file, limits: limits)
        sheets = [SheetInfo(name: CSVWorkbook.sheetName(forPath: path))]
    }

    /// `exports/juin.csv` -> `juin`.
    static func sheetName(forPath path: String) -> String {
        let base = path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
        guard let dot = base.lastIndex(of: "."), dot != base.startIndex else { return base }
        return String(base[..<dot])
    }

    public func readSheet(_ index: Int, _ body: (Row) throws -> Void) throws -> SheetMetadata {
        guard index == 0 else {
            throw SpreadsheetError(.sheetNotFound, file: file.path,
                                   Texts.current("sheet.csv.no-sheet", ["number": "\(index + 1)"]))
        }
        try file.rewind()
        var tokenizer = CSVTokenizer(delimiter: dialect.delimiter, limits: limits)
        var metadata = SheetMetadata()
        let encoding = dialect.encoding
        let skipFirst = dialect.hasSeparatorLine
        func emit(_ number: Int, _ record: CSVRecord) throws {
            if skipFirst, number == 1 { return }
            var cells: [Cell] = []
            record.bytes.withUnsafeBufferPointer { bytes in
                for column in 0..<record.fieldCount {
                    let range = record.fieldRange(column)
                    if range.isEmpty { continue }
                    let text = encoding.decode(UnsafeBufferPointer(rebasing: bytes[range]))
                    cells.append(Cell(column: column, value: .string(text)))
                }
            }
            guard let last = cells.last else { return }
            metadata.rowCount += 1
            metadata.lastRow = number
            metadata.lastColumn = max(metadata.lastColumn, last.column)
            try body(Row(number: number, cells: cells))
        }
        var toSkip = dialect.bomLength
        var transcoder = encoding.isUTF16 ? CSVUTF16Transcoder(bigEndian: encoding == .utf16BigEndian) : nil
        var transcoded: [UInt8] = []
        do {
            try file.forEachChunk { chunk in
                var bytes = chunk
                if toSkip > 0 {
                    let skipped = min(toSkip, bytes.count)
                    bytes = UnsafeBufferPointer(rebasing: bytes[skipped...])
                    toSkip -= skipped
                }
                if transcoder != nil {
                    transcoded.removeAll(keepingCapacity: true)
                    transcoder?.transcode(bytes, into: &transcoded)
                    try transcoded.withUnsafeBufferPointer { try tokenizer.feed($0, emit) }
                } else {
                    try tokenizer.feed(bytes, emit)
                }
                return true
            }
            if transcoder != nil {
                transcoded.removeAll(keepingCapacity: true)
                transcoder?.finish(into: &transcoded)
                try transcoded.withUnsafeBufferPointer { try tokenizer.feed($0, emit) }
            }
            try tokenizer.finish(emit)
        } catch let failure as CSVTokenizerFailure {
            throw error(for: failure)
        }
        return metadata
    }

    private func error(for failure: CSVTokenizerFailure) -> SpreadsheetError {
        let sheet = sheets.first?.name
        switch failure {
        case .fieldTooLong(let record):
            return SpreadsheetError(.limitExceeded, file: file.path, sheet: sheet,
                Texts.current("sheet.csv.long-field", ["record": "\(record)", "limit": "\(limits.maxFieldBytes)"]))
        case .recordTooLong(let record):
            return SpreadsheetError(.limitExceeded, file: file.path, sheet: sheet,
                Texts.current("sheet.csv.long-record", ["record": "\(record)", "limit": "\(limits.maxRecordBytes)"]))
        case .tooManyColumns(let record):
            return SpreadsheetError(.limitExceeded, file: file.path, sheet: sheet,
                Texts.current("sheet.csv.fields", ["record": "\(record)", "limit": "\(limits.maxColumns)"]))
        case .tooManyRecords:
            return SpreadsheetError(.limitExceeded, file: file.path, sheet: sheet,
                Texts.current("sheet.csv.records", ["limit": "\(limits.maxRecords)"]))
        }
    }
}
