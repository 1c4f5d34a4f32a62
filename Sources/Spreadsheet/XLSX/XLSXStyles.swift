// The styles part: for each cell style index (`s`), how its number format says to read numbers.

/// `cellXfs` of `styles.xml`, reduced to the number format kind of each style index.
struct XLSXStyles {
    var kinds: [NumberFormatKind] = []

    func kind(ofStyle index: Int) -> NumberFormatKind {
        index >= 0 && index < kinds.count ? kinds[index] : .number
    }

    static func read(_ entry: ZipEntry, in archive: ZipArchive) throws -> XLSXStyles {
        let handler = Handler()
        try archive.parseXML(entry, handler: handler)
        let custom = handler.customFormats
        let kinds = handler.formatIDs.map { id -> NumberFormatKind in
            if let code = custom[id] { return NumberFormatKind(code: code) }
            return NumberFormatKind(builtinID: id)
        }
        return XLSXStyles(kinds: kinds)
    }

    private final class Handler: XMLEventHandler {
        var customFormats: [Int: String] = [:]
        var formatIDs: [Int] = []
        private var inCellXfs = false
        private var xfDepth = 0

        func startElement(_ name: XMLName, prefix: XMLName?, namespaceURI: XMLName?, attributes: XMLAttributes) throws {
            if name.equals("numFmt") {
                if let id = attributes.string("numFmtId").flatMap({ Int($0) }), let code = attributes.string("formatCode") {
                    customFormats[id] = code
                }
            } else if name.equals("cellXfs") {
                inCellXfs = true
            } else if inCellXfs, name.equals("xf") {
                formatIDs.append(attributes.string("numFmtId").flatMap { Int($0) } ?? 0)
            }
        }

        func endElement(_ name: XMLName, prefix: XMLName?, namespaceURI: XMLName?) throws {
            if name.equals("cellXfs") { inCellXfs = false }
        }
    }
}
