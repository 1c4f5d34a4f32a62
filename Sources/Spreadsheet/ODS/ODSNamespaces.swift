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
/// comparison settles most lookups, and bytes are compared only the first time a pointer is seen.
struct ODSNamespaceCache {
    private var known: [(pointer: UnsafePointer<UInt8>, namespace: ODSNamespace)] = []

    mutating func namespace(of uri: XMLName?) -> ODSNamespace {
        guard let uri else { return .other }
        for entry in known where entry.pointer == uri.pointer { return entry.namespace }
        let bytes = uri.bytes
        var found = ODSNamespace.other
        for (text, namespace) in ODSNamespace.uris where bytes.elementsEqual(text.utf8) {
            found = namespace
            break
        }
        // A hostile file could declare endless distinct URIs; past a few, just compare bytes.
        if known.count < 16 { known.append((uri.pointer, found)) }
        return found
    }
}
