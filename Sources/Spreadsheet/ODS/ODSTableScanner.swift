// Finds where each table starts in content.xml by a byte search, without parsing the XML.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif

/// Locates the document's root start tag and every `<table:table ...>` start tag (with its
/// offset in the inflated part), with the C library's `strstr`. This lets a sheet be read by parsing
/// only its own table: the root tag (for the namespace declarations) followed by the bytes from
/// the table's offset. Raw `<` never occurs in XML text or attribute values, so a match is a
/// real tag unless it sits in a comment, CDATA section or processing instruction: seeing any of
/// those after the root tag makes the search give up, and the reader falls back on a full parse.
struct ODSTableScanner {
    struct TableTag {
        /// Offset of the `<` in the inflated part.
        var offset: Int
        var name: String?
        var styleName: String?
    }

    static let tableNamespace = Array("urn:oasis:names:tc:opendocument:xmlns:table:1.0".utf8)
    /// A start tag longer than this is not from a spreadsheet application: give up the fast path.
    static let maxTagBytes = 1 << 20

    private(set) var rootTag: [UInt8]?
    private(set) var tables: [TableTag] = []
    /// False when the byte search cannot be trusted (no root tag, a DOCTYPE, no table namespace...).
    private(set) var usable = true
    private var needle: [UInt8] = []
    private var tablePrefix: [UInt8] = []
    private var buffer: [UInt8] = []
    private var bufferStart = 0

    /// Offset of the first table, where the styles end.
    var firstTableOffset: Int? { tables.first?.offset }

    mutating func consume(_ chunk: UnsafeRawBufferPointer) {
        guard usable else { return }
        buffer.append(contentsOf: chunk)
        defer {
            // Whatever is carried over is at most an unfinished tag: a longer one, or a prologue
            // that never ends, gives up the fast path rather than growing the buffer.
            if !usable || buffer.count > ODSTableScanner.maxTagBytes {
                usable = false
                buffer = []
            }
        }
        var position = 0
        if rootTag == nil {
            guard let next = findRoot() else { return }
            position = next
        }
        position = scanTables(from: position)
        if position > 0 {
            buffer.removeSubrange(0..<position)
            bufferStart += position
        }
    }

    /// Checks the whole part was seen in a state the fast path can use.
    mutating func finish() {
        if rootTag == nil { usable = false }
        buffer = []
    }

    /// Skips the XML declaration and comments, then takes the root start tag whole. Returns the
    /// buffer position after it, or nil when more bytes are needed (or the search gave up).
    private mutating func findRoot() -> Int? {
        var i = 0
        while true {
            guard let lt = buffer[i...].firstIndex(of: UInt8(ascii: "<")), lt + 1 < buffer.count else { return nil }
            let next = buffer[lt + 1]
            if next == UInt8(ascii: "?") {
                guard let end = find(Array("?>".utf8), from: lt) else { return nil }
                // The fast path feeds the parser without the declaration, as UTF-8: any other
                // declared encoding goes to the full parse.
                if !ODSTableScanner.declaresUTF8OrNothing(buffer[lt..<end]) {
                    usable = false
                    return nil
                }
                i = end + 2
            } else if next == UInt8(ascii: "!") {
                // Only comments are harmless here; a DOCTYPE is left to the parser to refuse.
                guard buffer.count >= lt + 4 else { return nil }
                guard buffer[(lt + 2)..<(lt + 4)].elementsEqual("--".utf8) else { usable = false; return nil }
                guard let end = find(Array("-->".utf8), from: lt + 4) else { return nil }
                i = end + 3
            } else {
                guard let end = tagEnd(from: lt) else { return nil }
                let tag = Array(buffer[lt...end])
                rootTag = tag
                guard let prefix = ODSTableScanner.prefix(for: ODSTableScanner.tableNamespace, in: tag) else {
                    usable = false
                    return nil
                }
                tablePrefix = prefix
                needle = Array("<".utf8) + prefix + Array(":table".utf8)
                return end + 1
            }
        }
    }

    /// Records every table start tag wholly in the buffer; returns where the next search resumes
    /// (the start of an incomplete match, or the last bytes that could begin one). The search is
    /// the C library's `strstr` (vectorised), on the buffer made NUL-terminated: XML holds no
    /// NUL, and a buffer that does disables the fast path (the parser then reports the damage).
    private mutating func scanTables(from start: Int) -> Int {
        var found: [(start: Int, end: Int)] = []
        buffer.append(0)
        defer { buffer.removeLast() }
        let count = buffer.count - 1
        var sawNUL = false
        var sawMarkup = false
        let resume: Int = buffer.withUnsafeBufferPointer { hay in
            // strstr wants the needle NUL-terminated too.
            (needle + [0]).withUnsafeBufferPointer { pattern in
                guard let base = hay.baseAddress, let needleBase = pattern.baseAddress else { return count }
                let m = pattern.count - 1
                // A comment, CDATA section or processing instruction could hold a table tag that
                // is not one: past the root tag they never occur in spreadsheet files, so seeing
                // one sends the reader to the full parse.
                let markup = base.withMemoryRebound(to: CChar.self, capacity: hay.count) { text in
                    strstr(text + start, "<!") != nil || strstr(text + start, "<?") != nil
                }
                if markup {
                    sawMarkup = true
                    return count
                }
                var i = start
                while i + m <= count {
                    guard let match = base.withMemoryRebound(to: CChar.self, capacity: hay.count, { text in
                        needleBase.withMemoryRebound(to: CChar.self, capacity: m) { strstr(text + i, $0) }
                    }) else {
                        sawNUL = memchr(base + i, 0, count - i) != nil
                        break
                    }
                    let hit = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(match))
                    let after = hit + m
                    guard after < count else { return hit }
                    let byte = hay[after]
                    if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
                        || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") {
                        guard let end = ODSTableScanner.tagEnd(UnsafeBufferPointer(rebasing: hay[..<count]), from: hit) else { return hit }
                        found.append((hit, end))
                        i = end + 1
                    } else {
                        i = after  // table-row, table-cell...: not a table.
                    }
                }
                return max(i, count - m)
            }
        }
        if sawNUL || sawMarkup { usable = false }
        for (tagStart, tagEnd) in found {
            let tag = buffer[tagStart...tagEnd]
            tables.append(TableTag(offset: bufferStart + tagStart,
                                   name: ODSTableScanner.attribute(tablePrefix + Array(":name".utf8), in: tag),
                                   styleName: ODSTableScanner.attribute(tablePrefix + Array(":style-name".utf8), in: tag)))
        }
        return min(max(start, resume), count)
    }

    /// First occurrence of `pattern` at or after `start`, for the few searches before the root tag.
    private func find(_ pattern: [UInt8], from start: Int) -> Int? {
        let m = pattern.count
        guard m > 0, start >= 0, buffer.count - start >= m else { return nil }
        for i in start...(buffer.count - m) where buffer[i] == pattern[0] {
            if buffer[i..<(i + m)].elementsEqual(pattern) { return i }
        }
        return nil
    }

    /// The `>` closing the tag that starts at `start`, skipping quoted attribute values.
    private func tagEnd(from start: Int) -> Int? {
        buffer.withUnsafeBufferPointer { ODSTableScanner.tagEnd($0, from: start) }
    }

    private static func tagEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var quote: UInt8 = 0
        var i = start + 1
        while i < bytes.count {
            let byte = bytes[i]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return i
            }
            i += 1
        }
        return nil
    }

    /// Whether an XML declaration (or processing instruction) names no encoding, or UTF-8.
    static func declaresUTF8OrNothing(_ declaration: ArraySlice<UInt8>) -> Bool {
        let text = Array(String(decoding: declaration, as: UTF8.self).lowercased().utf8)
        let key = Array("encoding".utf8)
        guard text.count >= key.count,
              let at = (0...(text.count - key.count)).first(where: { text[$0..<($0 + key.count)].elementsEqual(key) })
        else { return true }
        let rest = text[(at + key.count)...].drop { $0 == 0x20 || $0 == UInt8(ascii: "=") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") }
        return rest.starts(with: "utf-8".utf8) || rest.starts(with: "utf8".utf8)
    }

    /// The prefix declared for `namespace` in a start tag (`xmlns:table="..."` -> `table`).
    static func prefix(for namespace: [UInt8], in tag: [UInt8]) -> [UInt8]? {
        for (name, value) in attributes(in: tag[...]) where name.starts(with: "xmlns:".utf8) && value == namespace {
            return Array(name.dropFirst(6))
        }
        return nil
    }

    /// The decoded value of the attribute `qualifiedName` in a start tag.
    static func attribute(_ qualifiedName: [UInt8], in tag: ArraySlice<UInt8>) -> String? {
        for (name, value) in attributes(in: tag) where name == qualifiedName {
            return String(decoding: value, as: UTF8.self)
        }
        return nil
    }

    /// Attribute names and values of a start tag, values with references decoded and
    /// whitespace normalised as XML requires.
    static func attributes(in tag: ArraySlice<UInt8>) -> [(name: [UInt8], value: [UInt8])] {
        var result: [(name: [UInt8], value: [UInt8])] = []
        var i = tag.startIndex + 1
        let end = tag.endIndex
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
        while i < end, !isSpace(tag[i]), tag[i] != UInt8(ascii: ">"), tag[i] != UInt8(ascii: "/") { i += 1 }
        while i < end {
            while i < end, isSpace(tag[i]) { i += 1 }
            let nameStart = i
            while i < end, tag[i] != UInt8(ascii: "="), !isSpace(tag[i]), tag[i] != UInt8(ascii: ">"), tag[i] != UInt8(ascii: "/") { i += 1 }
            let name = Array(tag[nameStart..<i])
            while i < end, isSpace(tag[i]) { i += 1 }
            guard i < end, tag[i] == UInt8(ascii: "="), !name.isEmpty else { break }
            i += 1
            while i < end, isSpace(tag[i]) { i += 1 }
            guard i < end, tag[i] == UInt8(ascii: "\"") || tag[i] == UInt8(ascii: "'") else { break }
            let quote = tag[i]
            i += 1
            let valueStart = i
            while i < end, tag[i] != quote { i += 1 }
            result.append((name, decodeReferences(tag[valueStart..<i])))
            i += 1
        }
        return result
    }

    /// Decodes `&amp;`-style and numeric character references; tabs and line breaks become spaces.
    static func decodeReferences(_ raw: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var i = raw.startIndex
        while i < raw.endIndex {
            let byte = raw[i]
            if byte == UInt8(ascii: "&"), let semicolon = raw[i...].firstIndex(of: UInt8(ascii: ";")) {
                let entity = raw[(i + 1)..<semicolon]
                if let scalar = referencedScalar(entity) {
                    out.append(contentsOf: Array(String(Character(scalar)).utf8))
                    i = semicolon + 1
                    continue
                }
            }
            out.append(byte == 0x09 || byte == 0x0A || byte == 0x0D ? 0x20 : byte)
            i += 1
        }
        return out
    }

    private static func referencedScalar(_ entity: ArraySlice<UInt8>) -> Unicode.Scalar? {
        switch String(decoding: entity, as: UTF8.self) {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        case let text where text.hasPrefix("#x"): return UInt32(text.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
        case let text where text.hasPrefix("#"): return UInt32(text.dropFirst(1)).flatMap(Unicode.Scalar.init)
        default: return nil
        }
    }
}
