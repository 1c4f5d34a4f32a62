// Splits CSV bytes into records and fields (RFC 4180 quoting, lenient like Excel), chunk by chunk.

/// Bounds on one record, so a stray quote cannot swallow a whole file into memory.
struct CSVLimits: Sendable, Equatable {
    var maxFieldBytes: Int
    var maxRecordBytes: Int
    var maxColumns: Int
    var maxRecords: Int

    init(maxFieldBytes: Int, maxRecordBytes: Int, maxColumns: Int, maxRecords: Int) {
        self.maxFieldBytes = maxFieldBytes
        self.maxRecordBytes = maxRecordBytes
        self.maxColumns = maxColumns
        self.maxRecords = maxRecords
    }

    /// A record holds at most a few fields of the longest string.
    init(_ limits: ReadLimits) {
        self.init(maxFieldBytes: limits.maxStringBytes, maxRecordBytes: 4 * limits.maxStringBytes,
                  maxColumns: limits.maxColumns, maxRecords: limits.maxRows)
    }
}

/// One record's fields as slices of a shared byte buffer: no allocation per field.
struct CSVRecord {
    var bytes: [UInt8] = []
    /// End offset (exclusive) of each field in `bytes`; field `i` starts at `fieldEnds[i - 1]`.
    var fieldEnds: [Int] = []

    var fieldCount: Int { fieldEnds.count }

    func fieldRange(_ index: Int) -> Range<Int> {
        (index == 0 ? 0 : fieldEnds[index - 1])..<fieldEnds[index]
    }

    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        fieldEnds.removeAll(keepingCapacity: true)
    }
}

/// Why a record could not be read, turned into a `SpreadsheetError` by the caller who knows the file.
enum CSVTokenizerFailure: Error {
    case fieldTooLong(record: Int)
    case recordTooLong(record: Int)
    case tooManyColumns(record: Int)
    case tooManyRecords
}

/// The quoting state machine. Quotes only open a field at its start; `""` inside quotes is one
/// quote; text after a closing quote is kept (Excel and Python's csv do the same); CR, LF and
/// CRLF end a record outside quotes and are kept verbatim inside.
struct CSVTokenizer {
    private enum State { case fieldStart, unquoted, quoted, quoteInQuoted }

    let delimiter: UInt8
    let limits: CSVLimits
    private var state = State.fieldStart
    private var atRecordStart = true
    private var skipLineFeed = false
    private var fieldStart = 0
    private var record = CSVRecord()
    /// Records completed so far (blank lines included): the 1-based number of the next one minus 1.
    private(set) var recordCount = 0

    init(delimiter: UInt8, limits: CSVLimits) {
        self.delimiter = delimiter
        self.limits = limits
    }

    private static let quote = UInt8(ascii: "\"")
    private static let cr = UInt8(ascii: "\r")
    private static let lf = UInt8(ascii: "\n")

    /// Feeds the next chunk; `onRecord` receives each completed record with its 1-based number.
    mutating func feed(_ chunk: UnsafeBufferPointer<UInt8>,
                       _ onRecord: (Int, CSVRecord) throws -> Void) throws {
        for byte in chunk {
            if skipLineFeed {
                skipLineFeed = false
                if byte == CSVTokenizer.lf { continue }
            }
            atRecordStart = false
            switch state {
            case .quoted:
                if byte == CSVTokenizer.quote { state = .quoteInQuoted } else { try append(byte) }
            case .quoteInQuoted where byte == CSVTokenizer.quote:
                try append(byte)  // "" inside quotes is one quote
                state = .quoted
            case .fieldStart where byte == CSVTokenizer.quote:
                state = .quoted
            case .fieldStart, .unquoted, .quoteInQuoted:
                // Outside quotes, or just after the closing one: a delimiter or a line break ends
                // the field; anything else is text (a stray byte after a closing quote included).
                if byte == delimiter {
                    try endField()
                } else if byte == CSVTokenizer.cr || byte == CSVTokenizer.lf {
                    try endRecord(lineBreak: byte, onRecord)
                } else {
                    try append(byte)
                    state = .unquoted
                }
            }
        }
    }

    /// Ends the input: a last record without a final line break still counts. An unclosed quote
    /// keeps what it holds, as spreadsheet programs do.
    mutating func finish(_ onRecord: (Int, CSVRecord) throws -> Void) throws {
        guard !atRecordStart else { return }
        try endRecord(lineBreak: nil, onRecord)
    }

    private mutating func append(_ byte: UInt8) throws {
        if record.bytes.count - fieldStart >= limits.maxFieldBytes {
            throw CSVTokenizerFailure.fieldTooLong(record: recordCount + 1)
        }
        if record.bytes.count >= limits.maxRecordBytes {
            throw CSVTokenizerFailure.recordTooLong(record: recordCount + 1)
        }
        record.bytes.append(byte)
    }

    private mutating func endField() throws {
        if record.fieldEnds.count >= limits.maxColumns {
            throw CSVTokenizerFailure.tooManyColumns(record: recordCount + 1)
        }
        record.fieldEnds.append(record.bytes.count)
        fieldStart = record.bytes.count
        state = .fieldStart
    }

    private mutating func endRecord(lineBreak: UInt8?, _ onRecord: (Int, CSVRecord) throws -> Void) throws {
        try endField()
        if recordCount >= limits.maxRecords { throw CSVTokenizerFailure.tooManyRecords }
        recordCount += 1
        try onRecord(recordCount, record)
        record.removeAll()
        fieldStart = 0
        atRecordStart = true
        skipLineFeed = lineBreak == CSVTokenizer.cr
    }
}
