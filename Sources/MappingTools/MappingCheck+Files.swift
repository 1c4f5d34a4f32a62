// `mapping check` on files given by path: a dry run of the import (the same engine, no store
// written), then the checks only a person needs: an unclaimed file's pattern, an unclaimed
// sheet that looks like a table's, checked as if claimed.

import Consolidation
import Foundation
import Mapping
import Model
import Texts
import Spreadsheet

extension MappingCheck {
    /// Checks each file with `mapping` when given (a mapping file), else with the mapping of the
    /// mappings folder that claims it. A file that cannot be opened or that no mapping claims is
    /// reported, and the others are still checked. Run-wide findings (a month with no file, a
    /// distribution shift) are those of an import of the same files.
    public static func check(paths: [String], mapping: SiteMapping?, mappings: MappingSet?,
                             open: @escaping (String) throws -> any WorkbookReader) -> MappingCheckResult {
        check(paths: paths, mapping: mapping, mappings: mappings, claimsChecked: true, open: open)
    }

    /// `claimsChecked: false` for sheets handed over in memory under a made-up name.
    static func check(paths: [String], mapping: SiteMapping?, mappings: MappingSet?, claimsChecked: Bool,
                      open: @escaping (String) throws -> any WorkbookReader) -> MappingCheckResult {
        let set = mapping.map { MappingSet(sites: [$0.site], mappings: [$0]) } ?? mappings ?? MappingSet(sites: [], mappings: [])
        let run = ConsolidationRun(mappings: set, open: open)
        var files: [FileCheck] = []
        for path in paths {
            let claimed = set.mapping(forPath: path)
            let chosen = claimed ?? mapping
            let result = run.admit(run.read(InputFile(path: path, relativePath: path), with: chosen))
            var file = FileCheck(file: path, site: chosen?.site.code, mappingFile: chosen?.file)
            guard let chosen else {
                file.problem = Texts.current("check.problem.unclaimed")
                file.findings = result.findings
                files.append(file)
                continue
            }
            if claimed == nil && claimsChecked {
                // The import would not read it: say so, with the pattern that would claim it.
                file.proposedFilePattern = filePattern(for: path, like: chosen.filePatterns)
                file.findings.append(Finding(
                    kind: "unmatched_file", severity: .warning, file: path,
                    message: Texts.current("check.unmatched.message", ["mapping": chosen.file]),
                    hint: Texts.current("check.unmatched.hint", ["pattern": file.proposedFilePattern ?? "", "mapping": chosen.file])))
            }
            let sheetFindings = Set(result.readings.flatMap(\.findings))
            file.findings += result.findings.filter { !sheetFindings.contains($0) }
            if let unreadable = result.findings.first(where: { $0.kind == "unreadable_file" }) {
                file.problem = unreadable.message.prefix(1).lowercased() + unreadable.message.dropFirst()
            }
            file.sheets = result.readings.map { summarise($0, mapping: chosen) }
            for index in file.sheets.indices where file.sheets[index].table == nil && !file.sheets[index].isCovered {
                checkAsClaimed(&file.sheets[index], path: path, mapping: chosen, open: open)
            }
            files.append(file)
        }
        var result = MappingCheckResult(files: files)
        for finding in run.finish() {
            if let index = files.firstIndex(where: { $0.file == finding.file }) {
                result.files[index].findings.append(finding)
            } else {
                result.runFindings.append(finding)
            }
        }
        return result
    }

    /// `isg mapping check` on the files of an input folder, as `isg import` would find them there
    /// (named relative to the folder, so the `fichiers:` patterns with a folder match): every file,
    /// or those the mapping of `site` claims (after an edit of that mapping only).
    public static func check(folder: String, site: String? = nil, mappings: MappingSet) -> MappingCheckResult {
        let files = InputFile.collect([folder]).filter { file in
            site == nil || mappings.mapping(forPath: file.relativePath)?.site.code == site
        }
        let paths = Dictionary(files.map { ($0.relativePath, $0.path) }, uniquingKeysWith: { a, _ in a })
        return check(paths: files.map(\.relativePath), mapping: nil, mappings: mappings) { relative in
            try openWorkbook(path: paths[relative] ?? relative)
        }
    }

    /// Checks the sheets of one workbook read into memory with `mapping`, as the import would.
    public static func check(file: String, sheets: [CheckedSheet], mapping: SiteMapping) -> FileCheck {
        let workbook = SheetsWorkbook(sheets)
        let result = check(paths: [file], mapping: mapping, mappings: nil, claimsChecked: false) { _ in workbook }
        return result.files.first ?? FileCheck(file: file)
    }

    /// An unclaimed sheet the engine found to look like a table's: its findings as if `feuilles:`
    /// claimed it, under the pattern that would.
    static func checkAsClaimed(_ sheet: inout SheetCheck, path: String, mapping: SiteMapping,
                               open: @escaping (String) throws -> any WorkbookReader) {
        guard let warning = sheet.findings.first(where: { $0.kind == "unmatched_sheet" && $0.severity == .warning }),
              let workbook = try? open(path), let index = workbook.sheets.firstIndex(where: { $0.name == sheet.sheet }) else { return }
        var rows: [Row] = []
        guard let metadata = try? workbook.readSheet(index, { rows.append($0) }) else { return }
        let pattern = sheetPattern(sheet.sheet)
        var claiming = mapping
        let kind: TableKind = warning.hint?.contains(TableKind.reunions.rawValue) == true ? .reunions : .saisines
        if kind == .saisines { claiming.referrals?.sheets.append(Wording.normalize(pattern)) } else { claiming.meetings?.sheets.append(Wording.normalize(pattern)) }
        guard let rule = kind == .saisines ? claiming.referrals : claiming.meetings else { return }
        let one = SheetsWorkbook([CheckedSheet(info: workbook.sheets[index], rows: rows, merged: metadata.mergedRegions)])
        let run = ConsolidationRun(mappings: MappingSet(sites: [claiming.site], mappings: [claiming])) { _ in one }
        guard let reading = run.read(InputFile(path: path, relativePath: path), with: claiming).readings.first,
              reading.table != nil else { return }
        add(reading, rule: rule, into: &sheet)
        sheet.table = nil
        sheet.proposedPattern = (pattern, rule.line)
    }

    /// A sheet name with its numbers made `*` ("Fiche 12" -> "Fiche *"), else the name itself.
    static func sheetPattern(_ name: String) -> String {
        var pattern = ""
        for character in name {
            if character.isNumber { if !pattern.hasSuffix("*") { pattern.append("*") } } else { pattern.append(character) }
        }
        return pattern
    }

    /// The file's name with its numbers made `*`, under its folder when the mapping's patterns name folders.
    static func filePattern(for path: String, like patterns: [String]) -> String {
        let components = path.split(separator: "/").map(String.init)
        let name = sheetPattern(components.last ?? path)
        guard patterns.contains(where: { $0.contains("/") }), components.count >= 2 else { return name }
        return components[components.count - 2] + "/" + name
    }

    /// The mapping claiming `path` (patterns are matched against the path's last components).
    public static func claimingMapping(for path: String, in set: MappingSet) -> SiteMapping? {
        set.mapping(forPath: path)
    }

    /// Loads one mapping file, with the sites of the `sites.yaml` beside it, else of `sitesFolder`.
    public static func loadMapping(_ path: String, sitesFolder: String) throws -> SiteMapping {
        let sites = try loadSites(besides: path, sitesFolder: sitesFolder)
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw MappingError(.unreadable, file: path, line: 0, column: 0, Texts.current("check.error.not-utf8"))
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
                throw MappingError(.unreadable, file: sitesPath, line: 0, column: 0, Texts.current("check.error.sites-not-utf8"))
            }
            return try SitesFile.parse(file: sitesPath, text: text)
        }
        throw MappingError(.missingKey, file: sitesFolder + "/sites.yaml", line: 0, column: 0,
                           Texts.current("check.error.no-sites", ["folder": sitesFolder]))
    }
}
