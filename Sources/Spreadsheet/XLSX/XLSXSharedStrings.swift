// The shared string table, streamed: rich-text runs joined, phonetic runs left out.

import Texts

enum XLSXSharedStrings {
    static func read(_ entry: ZipEntry, in archive: ZipArchive) throws -> XLSXStringTable {
        let handler = Handler(limits: archive.limits, file: archive.path, part: entry.name)
        try archive.parseXML(entry, handler: handler)
        return handler.strings
    }

    private final class Handler: XMLEventHandler {
        let limits: ReadLimits
        let file: String
        let part: String
        // Touched only by this handler's callbacks, which never overlap: no runtime exclusivity checks.
        let strings = XLSXStringTable()
        @exclusivity(unchecked) private var item: [UInt8] = []
        @exclusivity(unchecked) private var text: [UInt8] = []
        @exclusivity(unchecked) private var inItem = false
        @exclusivity(unchecked) private var inText = false
        @exclusivity(unchecked) private var preserve = false
        @exclusivity(unchecked) private var phoneticDepth = 0

        init(limits: ReadLimits, file: String, part: String) {
            self.limits = limits
            self.file = file
            self.part = part
        }

        func startElement(_ name: XMLName, prefix: XMLName?, namespaceURI: XMLName?, attributes: XMLAttributes) throws {
            if name.equals("t") {
                guard inItem, phoneticDepth == 0 else { return }
                inText = true
                text.removeAll(keepingCapacity: true)
                preserve = attributes.value("space").map { bytesEqual($0, "preserve") } ?? false
            } else if name.equals("si") {
                inItem = true
                item.removeAll(keepingCapacity: true)
            } else if name.equals("rPh") {
                phoneticDepth += 1
            }
        }

        func endElement(_ name: XMLName, prefix: XMLName?, namespaceURI: XMLName?) throws {
            if name.equals("t") {
                guard inText else { return }
                inText = false
                item.append(contentsOf: preserve ? text[...] : XLSXText.trimmed(text[...]))
                if item.count > limits.maxStringBytes {
                    throw SpreadsheetError(.limitExceeded, file: file,
                                           Texts.current("sheet.xlsx.long-shared", ["index": "\(strings.count)", "part": "\(part)", "limit": "\(limits.maxStringBytes)"]))
                }
            } else if name.equals("si") {
                inItem = false
                if item.contains(UInt8(ascii: "_")) {
                    // `_xHHHH_` escapes (rare): store the decoded text.
                    var decoded = XLSXText.string(item[...])
                    decoded.withUTF8 { strings.append(UnsafeRawBufferPointer($0)) }
                } else {
                    item.withUnsafeBytes { strings.append($0) }
                }
            } else if name.equals("rPh") {
                phoneticDepth -= 1
            }
        }

        func characters(_ bytes: UnsafeBufferPointer<UInt8>) throws {
            if inText { text.append(contentsOf: bytes) }
        }
    }
}
