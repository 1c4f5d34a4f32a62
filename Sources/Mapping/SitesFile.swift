// Reads `sites.yaml`: the sites (code, name, territory, carrier) a mappings folder declares.

import Texts

public enum SitesFile {
    static let keys = ["code", "nom", "territoire", "porteur"]

    public static func parse(file: String, text: String) throws(MappingError) -> [SiteDeclaration] {
        let source = YAMLSource(file: file, text: text)
        let parser = MappingParser(file: file, text: text, sites: [])
        let root = try source.parse()
        let top = try parser.map(root, what: "sites.yaml")
        try parser.checkKeys(top, allowed: ["sites"], in: "sites.yaml")
        guard let list = top.first(where: { $0.key == "sites" }), case .list(let items) = list.value.kind else {
            throw source.error(.missingKey, line: root.line, column: root.column,
                               Texts.current("mapping.sites-shape"))
        }
        var sites: [SiteDeclaration] = []
        for item in items {
            let entries = try parser.map(item, what: "a site")
            try parser.checkKeys(entries, allowed: keys, in: "a site")
            var values: [String: String] = [:]
            for key in keys {
                guard let entry = entries.first(where: { $0.key == key }) else {
                    throw source.error(.missingKey, at: item, Texts.current("mapping.site-lacks", ["key": "\(key)"]))
                }
                values[key] = String(try parser.text(entry.value).trimmingSpaces)
            }
            let code = values["code"] ?? ""
            if sites.contains(where: { $0.code == code }) {
                throw source.error(.duplicate, at: item, Texts.current("mapping.site-declared-twice", ["code": "\(code)"]))
            }
            sites.append(SiteDeclaration(code: code, name: values["nom"] ?? "", territory: values["territoire"] ?? "",
                                         carrier: values["porteur"] ?? "", line: item.line))
        }
        return sites
    }
}
