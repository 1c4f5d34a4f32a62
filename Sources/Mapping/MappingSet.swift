// A mappings folder: sites.yaml and one mapping file per site, and which mapping claims a given file.

import Foundation
import Texts

public struct MappingSet: Sendable {
    public var sites: [SiteDeclaration]
    /// In file-name order, so the first claim on a file is deterministic.
    public var mappings: [SiteMapping]

    public init(sites: [SiteDeclaration], mappings: [SiteMapping]) {
        self.sites = sites
        self.mappings = mappings
    }

    /// Loads `sites.yaml` and every other `*.yaml`/`*.yml` of `folder`. `displayFolder` is how
    /// hints name the folder (`Mappings`).
    public static func load(folder: String, displayFolder: String? = nil) throws(MappingError) -> MappingSet {
        let shown = displayFolder ?? folder
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        } catch {
            throw MappingError(.unreadable, file: shown, line: 0, column: 0,
                               Texts.current("mapping.folder-unreadable"))
        }
        let sitesName = names.first { $0 == "sites.yaml" || $0 == "sites.yml" }
        guard let sitesName else {
            throw MappingError(.missingKey, file: shown, line: 0, column: 0,
                               Texts.current("mapping.no-sites-file"))
        }
        let sites = try SitesFile.parse(file: shown + "/" + sitesName, text: try read(folder + "/" + sitesName, shown: shown + "/" + sitesName))
        var mappings: [SiteMapping] = []
        for name in names where name != sitesName && (name.hasSuffix(".yaml") || name.hasSuffix(".yml")) {
            let display = shown + "/" + name
            let mapping = try MappingParser(file: display, text: try read(folder + "/" + name, shown: display), sites: sites).parse()
            if let other = mappings.first(where: { $0.site.code == mapping.site.code }) {
                throw MappingError(.duplicate, file: display, line: 1, column: 1,
                                   Texts.current("mapping.site-twice", ["site": "\(mapping.site.code)", "file": "\(other.file)"]))
            }
            mappings.append(mapping)
        }
        return MappingSet(sites: sites, mappings: mappings)
    }

    /// True when `text` is a wording or code of any vocabulary of any site: a finding may show it.
    public func knowsWording(_ text: String) -> Bool {
        for mapping in mappings {
            for rule in [mapping.referrals, mapping.meetings].compactMap({ $0 }) {
                if rule.fields.contains(where: { $0.vocabulary?.knows(text) == true }) { return true }
            }
        }
        return false
    }

    static func read(_ path: String, shown: String) throws(MappingError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw MappingError(.unreadable, file: shown, line: 0, column: 0, Texts.current("mapping.file-unreadable"))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw MappingError(.unreadable, file: shown, line: 0, column: 0, Texts.current("mapping.not-utf8"))
        }
        return text
    }

    /// The mapping whose `fichiers:` patterns claim a file. A pattern without `/` is matched
    /// against the file name alone; a pattern with `/` against the path's last components, so
    /// `COLMAR/*.ods` claims `Samples/COLMAR/x.ods` whether the input was `Samples` or `Samples/COLMAR`.
    public func mapping(forPath path: String) -> SiteMapping? {
        claims(onPath: path).first
    }

    /// Every mapping whose `fichiers:` patterns claim the file: more than one is a mistake the
    /// import refuses before reading anything (a file read with the wrong site's mapping).
    public func claims(onPath path: String) -> [SiteMapping] {
        let components = Wording.normalize(path).split(separator: "/").map(String.init)
        let name = components.last ?? ""
        return mappings.filter { mapping in
            mapping.filePatterns.contains { pattern in
                guard pattern.contains("/") else { return NamePattern.matches(pattern, name) }
                let depth = pattern.split(separator: "/").count
                if pattern.contains("**") {
                    return (0..<components.count).contains { NamePattern.matches(pattern, components[$0...].joined(separator: "/")) }
                }
                return components.count >= depth && NamePattern.matches(pattern, components.suffix(depth).joined(separator: "/"))
            }
        }
    }
}
