// Recognises a file's kind from its first bytes, never from its name.

/// What the first bytes of a file say it is.
public enum SniffedContainer: Equatable, Sendable {
    case empty
    case zip
    /// A Compound File Binary container: legacy `.xls`, or an encrypted OOXML workbook.
    case compoundFile
    /// Text that looks like delimited data (a delimiter in its first line).
    case delimitedText
    /// HTML or XML text (web pages and Excel 2003 XML saved with a spreadsheet extension).
    case markup
    case unknown
}

public enum ContentSniffer {
    static let zipLocal: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
    static let zipEmpty: [UInt8] = [0x50, 0x4B, 0x05, 0x06]
    static let compoundFile: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// Classifies `head`, the first bytes of a file (64 KiB is plenty).
    public static func sniff(_ head: [UInt8]) -> SniffedContainer {
        if head.isEmpty { return .empty }
        if head.starts(with: zipLocal) || head.starts(with: zipEmpty) { return .zip }
        if head.starts(with: compoundFile) { return .compoundFile }
        return sniffText(head)
    }

    private static func sniffText(_ head: [UInt8]) -> SniffedContainer {
        var bytes = head[...]
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            // UTF-16 text (Excel's "Unicode text" export): the CSV reader decides.
            return .delimitedText
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        var controls = 0
        for b in bytes {
            if b == 0 { return .unknown }
            if b < 0x20, b != 0x09, b != 0x0A, b != 0x0D, b != 0x0C { controls += 1 }
        }
        if controls * 100 > bytes.count { return .unknown }
        let trimmed = bytes.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        if trimmed.first == UInt8(ascii: "<") { return .markup }
        let firstLine = trimmed.prefix { $0 != 0x0A && $0 != 0x0D }
        let hasDelimiter = firstLine.contains { $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: ",") || $0 == 0x09 }
        return hasDelimiter ? .delimitedText : .unknown
    }

    /// In a CFB container, whether a directory entry is named `EncryptionInfo` or
    /// `EncryptedPackage` (an OOXML workbook protected by a password). Directory entries
    /// are 128-byte records starting with a UTF-16LE name, always at 128-byte aligned offsets.
    static func compoundFileIsEncrypted(_ file: RandomAccessFile) throws -> Bool {
        let names: [[UInt8]] = ["EncryptionInfo", "EncryptedPackage"].map { utf16LittleEndian($0) }
        let chunkSize = 1 << 20
        var offset = 512
        while offset < file.size {
            let count = min(chunkSize, file.size - offset)
            guard let chunk = try file.bytes(at: offset, count: count) else { break }
            var i = 0
            while i + 32 <= chunk.count {
                if chunk[i] == UInt8(ascii: "E") {
                    for name in names where chunk[i...].starts(with: name) {
                        return true
                    }
                }
                i += 128
            }
            offset += count
        }
        return false
    }

    private static func utf16LittleEndian(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        for unit in text.utf16 {
            bytes.append(UInt8(unit & 0xFF))
            bytes.append(UInt8(unit >> 8))
        }
        return bytes
    }
}
