// A hardened streaming XML parser on libxml2's SAX2 push interface: no network, no DTD, no entities.

import CLibXML2
import Texts

/// Parses one XML part fed in chunks (typically straight from `ZipArchive.read`), calling
/// an `XMLEventHandler`. Hardening, because the files come from outside:
/// - any DOCTYPE or entity declaration is refused (`.hostileXML`): this stops XXE and
///   "billion laughs" before anything is expanded; no network access, no DTD loading;
/// - nesting deeper than `limits.maxXMLDepth` is refused (`.limitExceeded`);
/// - malformed XML stops with `.corruptXML`, naming the part and the line.
///
/// Usage: `feed` every chunk, then `finish`. One parser per part; not thread-safe.
public final class XMLStreamParser {
    final class State {
        let handler: any XMLEventHandler
        let limits: ReadLimits
        let file: String
        let part: String
        var context: xmlParserCtxtPtr?
        // Read on every event by the callbacks, which never overlap: no runtime exclusivity checks.
        @exclusivity(unchecked) var error: (any Error)?
        @exclusivity(unchecked) var depth = 0

        init(handler: any XMLEventHandler, limits: ReadLimits, file: String, part: String) {
            self.handler = handler
            self.limits = limits
            self.file = file
            self.part = part
        }

        func fail(_ error: any Error) {
            if self.error == nil { self.error = error }
            if let context { xmlStopParser(context) }
        }

        @inline(__always)
        func start(_ name: UnsafePointer<UInt8>, _ prefix: UnsafePointer<UInt8>?, _ uri: UnsafePointer<UInt8>?,
                   _ attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?, _ count: Int) {
            depth += 1
            if depth > limits.maxXMLDepth {
                fail(SpreadsheetError(.limitExceeded, file: file,
                                      Texts.current("sheet.xml.depth", ["part": "\(part)", "limit": "\(limits.maxXMLDepth)"])))
                return
            }
            do {
                try handler.startElement(XMLName(name), prefix: prefix.map(XMLName.init), namespaceURI: uri.map(XMLName.init),
                                         attributes: XMLAttributes(base: attributes, count: count))
            } catch {
                fail(error)
            }
        }

        @inline(__always)
        func end(_ name: UnsafePointer<UInt8>, _ prefix: UnsafePointer<UInt8>?, _ uri: UnsafePointer<UInt8>?) {
            depth -= 1
            do {
                try handler.endElement(XMLName(name), prefix: prefix.map(XMLName.init), namespaceURI: uri.map(XMLName.init))
            } catch {
                fail(error)
            }
        }

        @inline(__always)
        func text(_ bytes: UnsafePointer<UInt8>, _ count: Int) {
            do {
                try handler.characters(UnsafeBufferPointer(start: bytes, count: count))
            } catch {
                fail(error)
            }
        }

        func hostile(_ what: String) {
            fail(SpreadsheetError(.hostileXML, file: file,
                                  Texts.current("sheet.xml.hostile", ["part": "\(part)", "what": "\(what)"])))
        }
    }

    private let state: State
    private var finished = false

    /// - Parameters:
    ///   - file: the workbook path, for messages.
    ///   - part: the entry inside the package (`xl/worksheets/sheet1.xml`), for messages.
    public init(handler: any XMLEventHandler, limits: ReadLimits = .default, file: String, part: String) {
        state = State(handler: handler, limits: limits, file: file, part: part)
    }

    deinit {
        if let context = state.context { xmlFreeParserCtxt(context) }
    }

    /// Parses the next chunk of the document.
    public func feed(_ bytes: UnsafeRawBufferPointer) throws {
        guard !finished, bytes.count > 0, let base = bytes.baseAddress?.assumingMemoryBound(to: CChar.self) else { return }
        var offset = 0
        if state.context == nil {
            // libxml2 detects the encoding from the first bytes given at creation.
            offset = min(4, bytes.count)
            try createContext(first: base, count: offset)
        }
        var remaining = bytes.count - offset
        while remaining > 0 {
            let n = min(remaining, Int(Int32.max))
            try check(xmlParseChunk(state.context, base + offset, Int32(n), 0))
            offset += n
            remaining -= n
        }
    }

    /// Signals the end of the document and reports anything left unclosed.
    public func finish() throws {
        guard !finished else { return }
        finished = true
        if state.context == nil {
            throw SpreadsheetError(.corruptXML, file: state.file,
                                   Texts.current("sheet.xml.empty", ["part": "\(state.part)"]))
        }
        try check(xmlParseChunk(state.context, nil, 0, 1))
    }

    /// Convenience: parses all of `bytes` and finishes.
    public func parse(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try feed($0) }
        try finish()
    }

    private func createContext(first: UnsafePointer<CChar>, count: Int) throws {
        var sax = xmlSAXHandler()
        sax.initialized = UInt32(XML_SAX2_MAGIC)
        sax.startElementNs = xmlStartElement
        sax.endElementNs = xmlEndElement
        sax.characters = xmlCharacters
        sax.cdataBlock = xmlCharacters
        sax.internalSubset = xmlInternalSubset
        sax.externalSubset = xmlInternalSubset
        sax.entityDecl = xmlEntityDecl
        sax.unparsedEntityDecl = xmlUnparsedEntityDecl
        sax.serror = xmlSilentError
        let user = Unmanaged.passUnretained(state).toOpaque()
        guard let context = xmlCreatePushParserCtxt(&sax, user, first, Int32(count), nil) else {
            throw SpreadsheetError(.corruptXML, file: state.file, Texts.current("sheet.xml.no-start", ["part": "\(state.part)"]))
        }
        state.context = context
        // NOENT only makes libxml2 decode `&amp;` in attribute values (without it, it hands
        // back `&#38;`). It can expand nothing else: declarations are refused above and never
        // stored, and with no entity stored there is nothing to substitute or to load.
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                            | XML_PARSE_NOENT.rawValue)
        xmlCtxtUseOptions(context, options)
        context.pointee.loadsubset = 0
        context.pointee.validate = 0
    }

    private func check(_ status: Int32) throws {
        if let error = state.error { throw error }
        guard let context = state.context else { return }
        if status != 0 || context.pointee.wellFormed == 0 {
            var detail = Texts.current("sheet.xml.not-well-formed")
            if let last = xmlCtxtGetLastError(context), let message = last.pointee.message {
                let text = String(cString: message).trimmingASCIIWhitespace()
                detail = Texts.current("sheet.xml.line", ["line": "\(last.pointee.line)", "text": "\(text)"])
            }
            throw SpreadsheetError(.corruptXML, file: state.file,
                                   Texts.current("sheet.xml.damaged", ["part": "\(state.part)", "detail": "\(detail)"]))
        }
    }
}

extension String {
    func trimmingASCIIWhitespace() -> String {
        var s = Substring(self)
        while let c = s.first, c == " " || c == "\n" || c == "\r" || c == "\t" { s = s.dropFirst() }
        while let c = s.last, c == " " || c == "\n" || c == "\r" || c == "\t" { s = s.dropLast() }
        return String(s)
    }
}

// The C callbacks. `ctx` is the parser's State, passed unretained: the parser owns it.

@inline(__always)
private func withState(_ ctx: UnsafeMutableRawPointer?, _ body: (XMLStreamParser.State) -> Void) {
    guard let ctx else { return }
    // Guaranteed reference: no retain/release per event (the parser owns the state).
    Unmanaged<XMLStreamParser.State>.fromOpaque(ctx)._withUnsafeGuaranteedRef { state in
        if state.error == nil { body(state) }
    }
}

@inline(__always)
private func parserState(_ ctx: UnsafeMutableRawPointer?) -> XMLStreamParser.State? {
    guard let ctx else { return nil }
    let state = Unmanaged<XMLStreamParser.State>.fromOpaque(ctx).takeUnretainedValue()
    return state.error == nil ? state : nil
}

private func xmlStartElement(
    ctx: UnsafeMutableRawPointer?, localname: UnsafePointer<xmlChar>?, prefix: UnsafePointer<xmlChar>?,
    uri: UnsafePointer<xmlChar>?, namespaceCount: Int32, namespaces: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?,
    attributeCount: Int32, defaultedCount: Int32, attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
) {
    guard let localname else { return }
    withState(ctx) { $0.start(localname, prefix, uri, attributes, Int(attributeCount)) }
}

private func xmlEndElement(
    ctx: UnsafeMutableRawPointer?, localname: UnsafePointer<xmlChar>?, prefix: UnsafePointer<xmlChar>?, uri: UnsafePointer<xmlChar>?
) {
    guard let localname else { return }
    withState(ctx) { $0.end(localname, prefix, uri) }
}

private func xmlCharacters(ctx: UnsafeMutableRawPointer?, text: UnsafePointer<xmlChar>?, length: Int32) {
    guard let text, length > 0 else { return }
    withState(ctx) { $0.text(text, Int(length)) }
}

private func xmlInternalSubset(
    ctx: UnsafeMutableRawPointer?, name: UnsafePointer<xmlChar>?, externalID: UnsafePointer<xmlChar>?, systemID: UnsafePointer<xmlChar>?
) {
    parserState(ctx)?.hostile(Texts.current("sheet.xml.doctype"))
}

private func xmlEntityDecl(
    ctx: UnsafeMutableRawPointer?, name: UnsafePointer<xmlChar>?, type: Int32, publicID: UnsafePointer<xmlChar>?,
    systemID: UnsafePointer<xmlChar>?, content: UnsafeMutablePointer<xmlChar>?
) {
    parserState(ctx)?.hostile(Texts.current("sheet.xml.entity"))
}

private func xmlUnparsedEntityDecl(
    ctx: UnsafeMutableRawPointer?, name: UnsafePointer<xmlChar>?, publicID: UnsafePointer<xmlChar>?,
    systemID: UnsafePointer<xmlChar>?, notationName: UnsafePointer<xmlChar>?
) {
    parserState(ctx)?.hostile(Texts.current("sheet.xml.entity"))
}

/// Keeps libxml2 from printing to stderr; the error is read back from the context instead.
private func xmlSilentError(userData: UnsafeMutableRawPointer?, error: UnsafeMutablePointer<xmlError>?) {}
