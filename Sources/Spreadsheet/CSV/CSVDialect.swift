// Works out a CSV file's encoding and delimiter from its bytes, before any row is read.

/// How a CSV file is written: its encoding, its delimiter and whether a byte-order mark leads it.
public struct CSVDialect: Sendable, Equatable {
    public var encoding: CSVEncoding
    /// `;`, `,` or tab.
    public var delimiter: UInt8
    /// Bytes to skip at the start: the byte-order mark, when present.
    public var bomLength: Int
    /// True when the first line is Excel's `sep=;` declaration: it sets the delimiter and is
    /// not a row of data (it still counts as record 1, so row numbers match the file's lines).
    public var hasSeparatorLine: Bool

    public init(encoding: CSVEncoding, delimiter: UInt8, bomLength: Int = 0, hasSeparatorLine: Bool = false) {
        self.encoding = encoding
        self.delimiter = delimiter
        self.bomLength = bomLength
        self.hasSeparatorLine = hasSeparatorLine
    }

    /// `sep=X` alone on the first line, X being any single ASCII character.
    static func declaredSeparator(_ text: [UInt8]) -> UInt8? {
        guard text.count >= 5, text.starts(with: "sep=".utf8) else { return nil }
        let separator = text[4]
        guard separator >= 0x20 || separator == 0x09, separator < 0x80 else { return nil }
        return text.count == 5 || text[5] == 0x0A || text[5] == 0x0D ? separator : nil
    }

    /// French exports use `;` (the comma is the decimal separator), so it wins ties.
    static let candidates: [UInt8] = [UInt8(ascii: ";"), UInt8(ascii: "\t"), UInt8(ascii: ",")]
    static let sampleBytes = 1 << 16
    static let sampleRecords = 200

    /// Reads the whole file once to check UTF-8 (stopping at the first invalid byte) and keeps its
    /// beginning to choose the delimiter.
    static func detect(in file: CSVByteFile, limits: CSVLimits) throws -> CSVDialect {
        var validator = CSVUTF8Validator()
        var sample: [UInt8] = []
        var sampleIsWholeFile = true
        try file.forEachChunk { chunk in
            if sample.count < sampleBytes {
                let take = min(chunk.count, sampleBytes - sample.count)
                sample.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[0..<take]))
                if take < chunk.count { sampleIsWholeFile = false }
            } else {
                sampleIsWholeFile = false
            }
            // UTF-16 is declared by its byte-order mark: nothing to validate.
            if sample.starts(with: [0xFF, 0xFE]) || sample.starts(with: [0xFE, 0xFF]) {
                return sample.count < sampleBytes
            }
            validator.consume(chunk)
            // Past the sample, only UTF-8 validity is left to learn.
            return validator.isValid || sample.count < sampleBytes
        }
        if sample.starts(with: [0xFF, 0xFE]) || sample.starts(with: [0xFE, 0xFF]) {
            let encoding: CSVEncoding = sample[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            var transcoder = CSVUTF16Transcoder(bigEndian: encoding == .utf16BigEndian)
            var text: [UInt8] = []
            sample.dropFirst(2).withUnsafeBufferPointer { transcoder.transcode($0, into: &text) }
            if let declared = declaredSeparator(text) {
                return CSVDialect(encoding: encoding, delimiter: declared, bomLength: 2, hasSeparatorLine: true)
            }
            let delimiter = chooseDelimiter(text, isWholeFile: sampleIsWholeFile, limits: limits)
            return CSVDialect(encoding: encoding, delimiter: delimiter, bomLength: 2)
        }
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let bomLength = sample.starts(with: bom) ? 3 : 0
        let encoding: CSVEncoding = (bomLength == 3 || validator.isComplete) ? .utf8 : .windows1252
        let body = Array(sample.dropFirst(bomLength))
        if let declared = declaredSeparator(body) {
            return CSVDialect(encoding: encoding, delimiter: declared, bomLength: bomLength, hasSeparatorLine: true)
        }
        let delimiter = chooseDelimiter(body, isWholeFile: sampleIsWholeFile, limits: limits)
        return CSVDialect(encoding: encoding, delimiter: delimiter, bomLength: bomLength)
    }

    /// The delimiter that splits the sample's records into the same number of fields most
    /// consistently (quotes respected); ties go to more fields, then to `;`, tab, `,` in turn.
    static func chooseDelimiter(_ sample: [UInt8], isWholeFile: Bool, limits: CSVLimits) -> UInt8 {
        var best: (delimiter: UInt8, consistency: Double, fields: Int)?
        var fewestSplits: (delimiter: UInt8, split: Int)?
        for candidate in candidates {
            let counts = fieldCounts(sample, delimiter: candidate, isWholeFile: isWholeFile, limits: limits)
            let split = counts.filter { $0 > 1 }.count
            if fewestSplits == nil || split < (fewestSplits?.split ?? 0) {
                fewestSplits = (candidate, split)
            }
            guard let mode = mostFrequent(counts), mode.value > 1 else { continue }
            let consistency = Double(mode.frequency) / Double(counts.count)
            if let current = best,
               consistency < current.consistency
                || (consistency == current.consistency && mode.value <= current.fields) {
                continue
            }
            best = (candidate, consistency, mode.value)
        }
        // With no delimiter at all the file is one column: pick whichever splits least.
        return best?.delimiter ?? fewestSplits?.delimiter ?? UInt8(ascii: ";")
    }

    /// Field counts of the sample's non-blank records.
    private static func fieldCounts(_ sample: [UInt8], delimiter: UInt8, isWholeFile: Bool, limits: CSVLimits) -> [Int] {
        var tokenizer = CSVTokenizer(delimiter: delimiter, limits: limits)
        var counts: [Int] = []
        let collect: (Int, CSVRecord) throws -> Void = { _, record in
            let blank = record.fieldCount == 1 && record.fieldEnds[0] == 0
            if !blank, counts.count < sampleRecords { counts.append(record.fieldCount) }
        }
        do {
            try sample.withUnsafeBufferPointer { try tokenizer.feed($0, collect) }
            // A sample cut mid-file ends with a partial record: leave it out.
            if isWholeFile { try tokenizer.finish(collect) }
        } catch {
            return counts
        }
        return counts
    }

    private static func mostFrequent(_ values: [Int]) -> (value: Int, frequency: Int)? {
        var tally: [Int: Int] = [:]
        for value in values { tally[value, default: 0] += 1 }
        return tally.max { a, b in a.value != b.value ? a.value < b.value : a.key < b.key }
            .map { ($0.key, $0.value) }
    }
}
