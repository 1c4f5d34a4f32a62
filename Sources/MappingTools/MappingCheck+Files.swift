// `mapping check` and `mapping draft` on files given by path: which mapping claims each, opening them.

import Consolidation
import Foundation
import Mapping
import Model
import Spreadsheet

extension MappingCheck {
    /// Checks each file with `mapping` when given (a mapping file), else with the mapping of the
    /// mappings folder that claims it. A file that cannot be opened or that no mapping claims is
    /// reported, and the others are still checked.
    public static func check(paths: [String], mapping: SiteMapping?, mappings: MappingSet?,
                             open: (String) throws -> any WorkbookReader) -> MappingCheckResult {
        var files: [FileCheck] = []
        for path in paths {
            guard let chosen = mapping ?? mappings.flatMap({ claimingMapping(for: path, in: $0) }) else {
                files.append(FileCheck(file: path, problem: "no mapping claims this file (its `fichiers:` patterns): give one with --mapping"))
                continue
            }
            do {
                let sheets = try CheckedSheet.readAll(try open(path))
                files.append(check(file: path, sheets: sheets, mapping: chosen))
            } catch {
                files.append(FileCheck(file: path, site: chosen.site.code, mappingFile: chosen.file,
                                       problem: "cannot be read: \(error)"))
            }
        }
        return MappingCheckResult(files: files)
    }

    /// The mapping claiming `path` (patterns are matched against the path's last components).
    public static func claimingMapping(for path: String, in set: MappingSet) -> SiteMapping? {
        set.mapping(forPath: path)
    }

    /// Loads one mapping file, with the sites of the `sites.yaml` beside it, else of `sitesFolder`.
    public static func loadMapping(_ path: String, sitesFolder: String) throws -> SiteMapping {
        let sites = try loadSites(besides: path, sitesFolder: sitesFolder)
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw MappingError(.unreadable, file: path, line: 0, column: 0, "the mapping file cannot be read as UTF-8 text.")
        }
        return try MappingParser(file: path, text: text, sites: sites).parse()
    }

    /// The sites declared in the `sites.yaml` beside `path`, else in `sitesFolder`.
    public static func loadSites(besides path: String, sitesFolder: String) throws -> [SiteDeclaration] {
        let folder = (path as NSString).deletingLastPathComponent
        for candidate in [folder.isEmpty ? "." : folder, sitesFolder] {
            let sitesPath = (candidate as NSString).appendingPathComponent("sites.yaml")
            guard let data = FileManager.default.contents(atPath: sitesPath) else { continue }
            guard let text = String(data: data, encoding: .utf8) else {
                throw MappingError(.unreadable, file: sitesPath, line: 0, column: 0, "sites.yaml is not UTF-8 text: save it as UTF-8.")
            }
            return try SitesFile.parse(file: sitesPath, text: text)
        }
        throw MappingError(.missingKey, file: sitesFolder + "/sites.yaml", line: 0, column: 0,
                           "no sites.yaml found beside the mapping nor in \(sitesFolder): give the mappings folder with --mappings.")
    }
}
