// The events a hardened XML parse hands to Swift: names and values as borrowed bytes, not Strings.

/// A NUL-terminated name owned by the parser (an element or attribute local name, a prefix
/// or a namespace URI). Valid only during the callback that received it; copy what you keep.
public struct XMLName {
    public let pointer: UnsafePointer<UInt8>

    public init(_ pointer: UnsafePointer<UInt8>) { self.pointer = pointer }

    /// True when the name is exactly `literal` (ASCII). No allocation.
    @inline(__always)
    public func equals(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        let expected = literal.utf8Start
        for i in 0..<count where pointer[i] != expected[i] { return false }
        return pointer[count] == 0
    }

    /// The bytes of the name, without the terminating NUL.
    public var bytes: UnsafeBufferPointer<UInt8> {
        var n = 0
        while pointer[n] != 0 { n += 1 }
        return UnsafeBufferPointer(start: pointer, count: n)
    }

    /// A String copy, for messages and for names kept beyond the callback.
    public var string: String { String(decoding: bytes, as: UTF8.self) }
}

/// True when `bytes` are exactly the ASCII `literal`; no allocation, no generic iteration.
@inline(__always)
public func bytesEqual(_ bytes: UnsafeBufferPointer<UInt8>, _ literal: StaticString) -> Bool {
    guard bytes.count == literal.utf8CodeUnitCount, let base = bytes.baseAddress else { return bytes.isEmpty && literal.utf8CodeUnitCount == 0 }
    let expected = literal.utf8Start
    for i in 0..<bytes.count where base[i] != expected[i] { return false }
    return true
}

/// One attribute of a start tag. `value` has entity and character references already
/// decoded and is valid only during the callback.
public struct XMLAttribute {
    public let localName: XMLName
    public let prefix: XMLName?
    public let namespaceURI: XMLName?
    public let value: UnsafeBufferPointer<UInt8>

    public var stringValue: String { String(decoding: value, as: UTF8.self) }
}

/// The attributes of a start tag, in document order, borrowed from the parser.
public struct XMLAttributes: RandomAccessCollection {
    /// libxml2's layout: five pointers per attribute (local name, prefix, URI, value start, value end).
    let base: UnsafeMutablePointer<UnsafePointer<UInt8>?>?
    public let count: Int

    public init(base: UnsafeMutablePointer<UnsafePointer<UInt8>?>?, count: Int) {
        self.base = base
        self.count = base == nil ? 0 : count
    }

    public static var empty: XMLAttributes { XMLAttributes(base: nil, count: 0) }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public subscript(i: Int) -> XMLAttribute {
        // Non-nil by construction: count is 0 when base is nil, and libxml2 fills local name and value.
        let p = base.unsafelyUnwrapped + 5 * i
        let start = p[3].unsafelyUnwrapped
        let end = p[4].unsafelyUnwrapped
        return XMLAttribute(localName: XMLName(p[0].unsafelyUnwrapped), prefix: p[1].map(XMLName.init),
                            namespaceURI: p[2].map(XMLName.init),
                            value: UnsafeBufferPointer(start: start, count: end - start))
    }

    /// The value of the first attribute whose local name is `localName`, whatever its namespace.
    @inline(__always)
    public func value(_ localName: StaticString) -> UnsafeBufferPointer<UInt8>? {
        for i in 0..<count {
            let p = base.unsafelyUnwrapped + 5 * i
            if let name = p[0], XMLName(name).equals(localName), let start = p[3], let end = p[4] {
                return UnsafeBufferPointer(start: start, count: end - start)
            }
        }
        return nil
    }

    /// The value of the attribute `localName` whose prefix is `prefix` (`r:id`, `table:name`).
    public func value(_ localName: StaticString, prefix: StaticString) -> UnsafeBufferPointer<UInt8>? {
        for i in 0..<count {
            let p = base.unsafelyUnwrapped + 5 * i
            if let name = p[0], XMLName(name).equals(localName), let pre = p[1], XMLName(pre).equals(prefix),
               let start = p[3], let end = p[4] {
                return UnsafeBufferPointer(start: start, count: end - start)
            }
        }
        return nil
    }

    public func string(_ localName: StaticString) -> String? {
        value(localName).map { String(decoding: $0, as: UTF8.self) }
    }
}

/// Receives the events of an `XMLStreamParser`. Throwing from any method stops the parse
/// and the error comes out of `feed`/`finish` unchanged.
public protocol XMLEventHandler: AnyObject {
    /// A start tag. `namespaceURI` is nil for elements in no namespace.
    func startElement(_ name: XMLName, prefix: XMLName?, namespaceURI: XMLName?, attributes: XMLAttributes) throws
    func endElement(_ name: XMLName, prefix: XMLName?, namespaceURI: XMLName?) throws
    /// Character data (CDATA included), possibly split over several calls; predefined
    /// entities and character references are already decoded.
    func characters(_ text: UnsafeBufferPointer<UInt8>) throws
}

extension XMLEventHandler {
    public func endElement(_ name: XMLName, prefix: XMLName?, namespaceURI: XMLName?) throws {}
    public func characters(_ text: UnsafeBufferPointer<UInt8>) throws {}
}
