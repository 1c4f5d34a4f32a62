// Recognises the OpenDocument namespaces of element and attribute names, cheaply, on every event.

/// The namespaces the ODS reader acts on; every other one is `.other`.
enum ODSNamespace {
    case table, text, office, style, draw, other

    static let uris: [(String, ODSNamespace)] = [
        ("urn:oasis:names:tc:opendocument:xmlns:table:1.0", .table),
        ("urn:oasis:names:tc:opendocument:xmlns:text:1.0", .text),
        ("urn:oasis:names:tc:opendocument:xmlns:office:1.0", .office),
        ("urn:oasis:names:tc:opendocument:xmlns:style:1.0", .style),
        ("urn:oasis:names:tc:opendocument:xmlns:drawing:1.0", .draw),
    ]
}

/// libxml2 interns namespace URIs, so the same pointer comes back on every event: a pointer
/// comparison settles most lookups, and bytes are compared only when a new pointer shows up.
struct ODSNamespaceCache {
    private var table: UnsafePointer<UInt8>?
    private var text: UnsafePointer<UInt8>?
    private var office: UnsafePointer<UInt8>?
    private var style: UnsafePointer<UInt8>?
    private var draw: UnsafePointer<UInt8>?
    private var other: UnsafePointer<UInt8>?

    @inline(__always)
    mutating func namespace(of uri: XMLName?) -> ODSNamespace {
        guard let pointer = uri?.pointer else { return .other }
        if pointer == table { return .table }
        if pointer == text { return .text }
        if pointer == office { return .office }
        if pointer == style { return .style }
        if pointer == draw { return .draw }
        if pointer == other { return .other }
        return learn(pointer)
    }

    private mutating func learn(_ pointer: UnsafePointer<UInt8>) -> ODSNamespace {
        let bytes = XMLName(pointer).bytes
        var found = ODSNamespace.other
        for (uri, namespace) in ODSNamespace.uris where bytes.elementsEqual(uri.utf8) {
            found = namespace
            break
        }
        switch found {
        case .table: table = pointer
        case .text: text = pointer
        case .office: office = pointer
        case .style: style = pointer
        case .draw: draw = pointer
        case .other: other = pointer
        }
        return found
    }
}
