// OPC relationships (`_rels/*.rels`): which part a workbook, a sheet or the shared strings live in.

/// One `<Relationship>` with its target resolved to an entry name inside the package.
struct XLSXRelationship {
    var id: String
    var type: String
    var target: String

    /// The last path component of the relationship type (`worksheet`, `sharedStrings`...).
    var kind: String { type.split(separator: "/").last.map(String.init) ?? type }
}

enum XLSXRelationships {
    /// The relationships of `part` (read from `dir/_rels/name.rels`); empty when absent.
    static func of(part: String, in archive: ZipArchive) throws -> [XLSXRelationship] {
        let (directory, name) = split(part)
        let relsName = (directory.isEmpty ? "" : directory + "/") + "_rels/" + name + ".rels"
        guard let entry = archive.entry(named: relsName) else { return [] }
        let handler = RelationshipHandler(base: directory)
        try archive.parseXML(entry, handler: handler)
        return handler.relationships
    }

    static func split(_ part: String) -> (directory: String, name: String) {
        guard let slash = part.lastIndex(of: "/") else { return ("", part) }
        return (String(part[..<slash]), String(part[part.index(after: slash)...]))
    }

    /// Resolves `target` against `base` (a directory inside the package): absolute targets
    /// start at the package root, relative ones may climb with `..`.
    static func resolve(_ target: String, base: String) -> String {
        let decoded = String(target.map { $0 == "\\" ? "/" : $0 })
        var parts: [Substring] = decoded.hasPrefix("/") ? [] : base.split(separator: "/")
        for component in decoded.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(component)
            }
        }
        return parts.joined(separator: "/")
    }
}

private final class RelationshipHandler: XMLEventHandler {
    let base: String
    var relationships: [XLSXRelationship] = []

    init(base: String) { self.base = base }

    func startElement(_ name: XMLName, prefix: XMLName?, namespaceURI: XMLName?, attributes: XMLAttributes) throws {
        guard name.equals("Relationship"), let id = attributes.string("Id"), let target = attributes.string("Target") else { return }
        if attributes.string("TargetMode") == "External" { return }
        relationships.append(XLSXRelationship(id: id, type: attributes.string("Type") ?? "",
                                              target: XLSXRelationships.resolve(target, base: base)))
    }
}
