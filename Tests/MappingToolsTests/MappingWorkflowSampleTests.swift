// On the real samples: form changes caught by `mapping check` with the right suggestion and
// passing after the edit; `mapping draft` with its TODOs filled reads each sample as the shipped mapping.

import TestSupport
import Model
import MappingTools
import Consolidation
import Foundation
import Mapping
import Spreadsheet
import Testing
import Texts

@Suite(.texts(.en)) struct MappingWorkflowSampleTests {
    /// These tests read the English texts; the French ones are checked on the real binary (IsgTests).

    static let samples = ["STRASBOURG": "STRASBOURG/2023-01.xlsx", "MULHOUSE": "MULHOUSE/ISG Mulhouse 2023.xlsx",
                          "COLMAR": "COLMAR/Colmar_2023-01.ods", "ALTKIRCH": "ALTKIRCH/Altkirch_2023-01.xlsx"]

    static func shipped() throws -> MappingSet { try MappingSet.load(folder: Repo.path("Mappings"), displayFolder: "Mappings") }
    static func mappingText(_ site: String) throws -> String {
        try String(contentsOfFile: Repo.path("Mappings/\(site.lowercased()).yaml"), encoding: .utf8)
    }
    static func sheets(_ relative: String) throws -> [CheckedSheet] {
        try CheckedSheet.readAll(try openWorkbook(path: Repo.path("Samples/" + relative)))
    }
    static func parse(_ text: String, sites: [SiteDeclaration]) throws -> SiteMapping {
        try MappingParser(file: "Mappings/edited.yaml", text: text, sites: sites).parse()
    }

    /// The warnings and errors about the mapping itself: the samples also hold planted data
    /// problems (a birth date after the referral), which the check reports like the import.
    /// A site's shipped mapping, its sample's sheets and their check before any change.
    static func start(_ site: String) throws -> (set: MappingSet, mapping: SiteMapping, sheets: [CheckedSheet], baseline: FileCheck) {
        let set = try shipped()
        let mapping = try #require(set.mappings.first { $0.site.code == site })
        let sheets = try Self.sheets(samples[site] ?? "")
        return (set, mapping, sheets, MappingCheck.check(file: site, sheets: sheets, mapping: mapping))
    }

    static func mappingIssues(_ file: FileCheck) -> [String] {
        let kinds: Set<String> = ["unknown_column", "missing_column", "renamed_column", "unknown_label", "untranslated_value",
                                  "unmatched_sheet", "unmatched_file", "ambiguous_mark"]
        return (file.findings + file.sheets.flatMap(\.findings)).filter { $0.severity != .info && kinds.contains($0.kind) }
            .map { "\($0.kind) \($0.sheet ?? "") \($0.cell ?? "")" }
    }

    // MARK: Form changes

    @Test func aRenamedColumnIsSuggestedAndPassesAfterTheEdit() throws {
        var (set, mapping, sheets, baseline) = try Self.start("STRASBOURG")
        #expect(Self.mappingIssues(baseline).isEmpty, "\(Self.mappingIssues(baseline))")
        let column = try #require(baseline.sheets.first?.columns.first { $0.field == "connu_cea" })
        let renamed = column.header + " (services sociaux)"
        sheets[0].rows = Self.replacing(column.cell, with: renamed, in: sheets[0].rows)

        let result = MappingCheck.check(file: "s", sheets: sheets, mapping: mapping)
        let missing = try #require(result.sheets.first?.missing.first)
        #expect(missing.field == "connu_cea")
        #expect(missing.renamedTo?.header == renamed && missing.renamedTo?.cell == column.cell)
        let text = MappingCheckResult(files: [result]).rendered()
        #expect(text.contains("add \"\(renamed)\" to `colonnes:` of connu_cea at line \(missing.line)"), "\(text)")

        let edited = Self.addWording(renamed, atLine: missing.line, in: try Self.mappingText("STRASBOURG"))
        let after = MappingCheck.check(file: "s", sheets: sheets, mapping: try Self.parse(edited, sites: set.sites))
        #expect(Self.mappingIssues(after).isEmpty, "\(MappingCheckResult(files: [after]).rendered())")
    }

    @Test func aMovedColumnStillMatchesAndAnAddedOneIsUnknownUntilIgnored() throws {
        var (set, mapping, sheets, baseline) = try Self.start("COLMAR")
        let sexe = try #require(baseline.sheets.first?.columns.first { $0.field == "sexe" })
        let last = (sheets[0].rows.map { $0.cells.map(\.column).max() ?? 0 }.max() ?? 0)
        // Move the sex column to the far right, and add a column "Suivi par" after it.
        let from = FindingOrderColumn.index(sexe.cell)
        sheets[0].rows = sheets[0].rows.map { row in
            var row = row
            row.cells = row.cells.map { Cell(column: $0.column == from ? last + 1 : $0.column, value: $0.value) }.sorted { $0.column < $1.column }
            if row.number == 1 { row.cells.append(Cell(column: last + 2, value: .string("Suivi par"))) }
            return row
        }
        let result = MappingCheck.check(file: "c", sheets: sheets, mapping: mapping)
        let sheet = try #require(result.sheets.first)
        #expect(sheet.columns.first { $0.field == "sexe" }?.cell == CellRef(row: 1, column: last + 1).description)
        #expect(sheet.missing.isEmpty)
        #expect(sheet.unknown.map(\.header) == ["Suivi par"])
        #expect(sheet.untranslated == baseline.sheets.first?.untranslated)

        let text = try Self.mappingText("COLMAR")
        let edited = text.contains("\n  ignorer: [")
            ? text.replacingOccurrences(of: "\n  ignorer: [", with: "\n  ignorer: [\"Suivi par\", ")
            : text.replacingOccurrences(of: "\nsaisines:\n", with: "\nsaisines:\n  ignorer: [\"Suivi par\"]\n")
        let after = MappingCheck.check(file: "c", sheets: sheets, mapping: try Self.parse(edited, sites: set.sites))
        #expect(after.sheets.first?.unknown.isEmpty == true, "\(MappingCheckResult(files: [after]).rendered())")
    }

    @Test func aFormLabelMovedByARowIsStillRead() throws {
        var (_, mapping, sheets, baseline) = try Self.start("ALTKIRCH")
        #expect(Self.mappingIssues(baseline).isEmpty, "\(Self.mappingIssues(baseline))")
        // Every row from the last label down moves one row lower (a line inserted in the form).
        let lastLabel = try #require(baseline.sheets.first?.columns.last)
        let row = FindingOrderColumn.row(lastLabel.cell)
        sheets[0].rows = sheets[0].rows.map { r in Row(number: r.number >= row ? r.number + 1 : r.number, cells: r.cells) }
        let result = MappingCheck.check(file: "a", sheets: sheets, mapping: mapping)
        #expect(Self.mappingIssues(result).isEmpty, "\(MappingCheckResult(files: [result]).rendered())")
        let moved = result.sheets.first?.columns.first { $0.field == lastLabel.field }
        #expect(moved.map { FindingOrderColumn.row($0.cell) } == row + 1)
    }

    // MARK: Drafts

    @Test(arguments: ["STRASBOURG", "MULHOUSE", "COLMAR", "ALTKIRCH"])
    func aFilledDraftReadsTheSampleAsTheShippedMapping(site: String) throws {
        let set = try Self.shipped()
        let shipped = try #require(set.mappings.first { $0.site.code == site })
        let relative = try #require(Self.samples[site])
        let sheets = try Self.sheets(relative)
        let declaration = try #require(set.sites.first { $0.code == site })
        let draft = MappingDraft.draft(site: declaration, files: [(relative, sheets)])
        let drafted = try Self.parse(draft, sites: set.sites)
        let first = MappingCheck.check(file: relative, sheets: sheets, mapping: drafted)
        for sheet in first.sheets where sheet.table != nil {
            #expect(sheet.problem == nil && sheet.missing.isEmpty && sheet.unknown.isEmpty,
                    "\(site): \(MappingCheckResult(files: [first]).rendered())\n\(draft)")
        }

        // The user settles each TODO as the shipped mapping would (the planted mistakes stay untranslated).
        let filled = Self.fillTODOs(draft) { field, value in
            let rule = (shipped.referrals?.fields ?? []).first { $0.field == field } ?? (shipped.meetings?.fields ?? []).first { $0.field == field }
            if case .code(let code) = rule?.vocabulary?.match(value) { return code }
            return nil
        }
        let settled = try Self.parse(filled, sites: set.sites)
        let ours = MappingCheck.check(file: relative, sheets: sheets, mapping: settled)
        let theirs = MappingCheck.check(file: relative, sheets: sheets, mapping: shipped)
        // What is left untranslated is what the shipped mapping leaves untranslated: the planted mistakes.
        let left = Set(ours.sheets.flatMap(\.untranslated).map { "\($0.field)=\($0.value)" })
        let planted = Set(theirs.sheets.flatMap(\.untranslated).map { "\($0.field)=\($0.value)" })
        #expect(left.isSubset(of: planted), "\(site): \(left.subtracting(planted).sorted())\n\(filled)")
        Self.report(site, ours: ours, theirs: theirs)
    }

    /// How many of the shipped mapping's bound fields the draft binds at the same cell (printed for the report).
    static func report(_ site: String, ours: FileCheck, theirs: FileCheck) {
        let a = Set(ours.sheets.flatMap { s in s.columns.map { "\(s.sheet)|\($0.field)|\($0.code ?? "")" } })
        let b = Set(theirs.sheets.flatMap { s in s.columns.map { "\(s.sheet)|\($0.field)|\($0.code ?? "")" } })
        print("draft \(site): \(a.intersection(b).count) of \(b.count) shipped field bindings reproduced; missed: \(Set(b.subtracting(a).map { $0.split(separator: "|").dropFirst().joined(separator: " ") }).sorted())")
    }

    // MARK: Helpers

    static func replacing(_ a1: String, with text: String, in rows: [Row]) -> [Row] {
        let column = FindingOrderColumn.index(a1), number = FindingOrderColumn.row(a1)
        return rows.map { row in
            guard row.number == number else { return row }
            var row = row
            row.cells = row.cells.map { $0.column == column ? Cell(column: column, value: .string(text)) : $0 }
            return row
        }
    }

    /// The edit `mapping check` suggests: the wording added to the list at `line` (or the scalar made a list).
    static func addWording(_ wording: String, atLine line: Int, in text: String) -> String {
        var lines = text.components(separatedBy: "\n")
        let i = line - 1
        guard lines.indices.contains(i) else { return text }
        var l = lines[i]
        let comment = l.range(of: "  #").map { String(l[$0.lowerBound...]) } ?? ""
        if !comment.isEmpty, let r = l.range(of: "  #") { l = String(l[..<r.lowerBound]) }
        if let close = l.lastIndex(of: "]") {
            l.insert(contentsOf: ", \"\(wording)\"", at: close)
        } else if let colon = l.range(of: ": ") {
            l = String(l[..<colon.upperBound]) + "[" + String(l[colon.upperBound...]) + ", \"\(wording)\"]"
        }
        lines[i] = l + comment
        return lines.joined(separator: "\n")
    }

    /// Settles each `# TODO: "value"` line whose field the oracle knows a code for.
    static func fillTODOs(_ draft: String, _ oracle: (String, String) -> String?) -> String {
        var lines = draft.components(separatedBy: "\n")
        var field = ""
        var i = 0
        while i < lines.count {
            let line = lines[i]
            if line.hasPrefix("    ") && !line.hasPrefix("     ") && line.hasSuffix(":") && !line.contains("#") {
                field = String(line.dropFirst(4).dropLast())
            }
            guard let start = line.range(of: "# TODO: \""), let end = line[start.upperBound...].firstIndex(of: "\""),
                  let code = oracle(field, String(line[start.upperBound..<end])) else { i += 1; continue }
            let value = String(line[start.upperBound..<end]).replacingOccurrences(of: "\\", with: "\\\\")
            let key = code == "true" ? "oui" : code == "false" ? "non" : code
            var j = i - 1
            var merged = false
            while j >= 0, lines[j].hasPrefix("        ") {
                if lines[j].hasPrefix("        \(key): [") {
                    lines[j] = String(lines[j].dropLast()) + ", \"\(value)\"]"
                    merged = true
                    break
                }
                j -= 1
            }
            if merged { lines.remove(at: i) } else { lines[i] = "        \(key): [\"\(value)\"]"; i += 1 }
        }
        return lines.joined(separator: "\n")
    }
}

/// A1 parts, for the tests.
enum FindingOrderColumn {
    static func index(_ a1: String) -> Int {
        var column = 0
        for scalar in a1.unicodeScalars where scalar.properties.isAlphabetic { column = column * 26 + Int(scalar.value & 0x1F) }
        return column - 1
    }

    static func row(_ a1: String) -> Int { Int(String(a1.unicodeScalars.filter { ("0"..."9").contains($0) })) ?? 0 }
}
