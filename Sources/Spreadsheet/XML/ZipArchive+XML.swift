// Parsing a ZIP entry as XML straight from the inflater, chunk by chunk.

import Texts

extension ZipArchive {
    /// Inflates `entry` and feeds it to a hardened `XMLStreamParser` calling `handler`:
    /// neither the inflated part nor a DOM is ever held whole.
    public func parseXML(_ entry: ZipEntry, handler: any XMLEventHandler, chunkSize: Int = 1 << 16) throws {
        let parser = XMLStreamParser(handler: handler, limits: limits, file: path, part: entry.name)
        try read(entry, chunkSize: chunkSize) { try parser.feed($0) }
        try parser.finish()
    }

    /// Same as `parseXML(_:handler:)` for the entry named `name`; throws `.missingPart` when absent.
    public func parseXML(entryNamed name: String, handler: any XMLEventHandler) throws {
        guard let entry = entry(named: name) else {
            throw SpreadsheetError(.missingPart, file: path,
                                   Texts.current("sheet.xml.no-part", ["part": "\(name)"]))
        }
        try parseXML(entry, handler: handler)
    }
}
