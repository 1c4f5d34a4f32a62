// `mapping draft`: the draft parses, passes `mapping check` except at its TODOs, and once they are
// filled reads the files as the hand-written mapping does.

import MappingTools
import Model
import Foundation
import Mapping
import Spreadsheet
import Testing
@testable import MappingTools
import Consolidation

@Suite struct MappingDraftTests {
    typealias F = CheckFixtures

    static let mulhouse = F.sites[0]
    static let origins = ["Gendarmerie", "BGE", "Spontané", "voir mail", "Gendarmerie"]

    func sheets() -> [CheckedSheet] {
        [F.sheet("Mars", F.tableRows(origins: Self.origins)), F.sheet("Listes", [], visibility: .hidden)]
    }

    @Test func theDraftParsesAndFailsTheCheckOnlyAtItsTODOs() throws {
        let draft = MappingDraft.draft(site: Self.mulhouse, files: [("MULHOUSE/2023.xlsx", sheets())])
        let mapping = try F.mapping(draft)
        let result = MappingCheck.check(file: "MULHOUSE/2023.xlsx", sheets: sheets(), mapping: mapping)
        let sheet = try #require(result.sheets.first)
        #expect(sheet.unknown.isEmpty && sheet.missing.isEmpty && sheet.problem == nil, "\(draft)")
        let todos = draft.split(separator: "\n").filter { $0.contains("# TODO: \"") }
        #expect(todos.count == 2, "\(draft)")
        #expect(Set(sheet.untranslated.map(\.value)) == ["BGE", "voir mail"])
        #expect(draft.contains("fichiers: [\"MULHOUSE/*.xlsx\"]"))
        #expect(draft.contains("format: nom_prenom"))
        #expect(draft.contains("ignorer: [\"N°\"]"))
    }

    @Test func filledTODOsReproduceTheHandWrittenMapping() throws {
        let draft = MappingDraft.draft(site: Self.mulhouse, files: [("MULHOUSE/2023.xlsx", sheets())])
        let filled = Self.fill(draft, ["BGE": "GENDARMERIE", "voir mail": "SERVICE_EXTERIEUR"])
        let drafted = try F.mapping(filled)
        let handWritten = try F.mapping(F.tableMapping.replacingOccurrences(
            of: "PRESENTATION_DIRECTE: [\"Spontané\"]", with: "PRESENTATION_DIRECTE: [\"Spontané\"]\n        SERVICE_EXTERIEUR: [\"voir mail\"]"))
        let a = MappingCheck.check(file: "f", sheets: sheets(), mapping: drafted)
        let b = MappingCheck.check(file: "f", sheets: sheets(), mapping: handWritten)
        #expect(a.isCovered, "\(MappingCheckResult(files: [a]).rendered())\n\(filled)")
        #expect(b.isCovered)
        #expect(a.sheets.first?.columns.map { [$0.field, $0.cell] } == b.sheets.first?.columns.map { [$0.field, $0.cell] })
        // Every value of every coded column gets the same code.
        for field in ["sexe", "origine", "orientations"] {
            let va = try #require(drafted.referrals?.fields.first { $0.field == field }?.vocabulary)
            let vb = try #require(handWritten.referrals?.fields.first { $0.field == field }?.vocabulary)
            for value in Self.origins + ["Mme", "M.", "Médical", "justice", "aucune"] {
                #expect(va.match(value) == vb.match(value), "\(field) \(value)")
            }
        }
    }

    @Test func aFormSiteGetsAFormDraft() throws {
        let altkirch = F.sites[1]
        let files = [("ALTKIRCH/2023-02.xlsx", [F.sheet("Saisine 1", F.formRows()), F.sheet("Saisine 2", F.formRows(shift: 1)),
                                                F.sheet("Saisine 3", F.formRows(known: "☐")), F.sheet("Réunions", Self.meetingRows)])]
        let draft = MappingDraft.draft(site: altkirch, files: files)
        #expect(draft.contains("disposition: formulaire"), "\(draft)")
        #expect(draft.contains("feuilles: [\"Saisine*\"]"), "\(draft)")
        #expect(draft.contains("periode: fichier"), "\(draft)")
        #expect(draft.contains("reunions:\n  feuilles: [\"Réunions\"]\n  disposition: tableau"), "\(draft)")
        let mapping = try F.mapping(draft)
        for (file, sheets) in files {
            let result = MappingCheck.check(file: file, sheets: sheets, mapping: mapping)
            #expect(result.isCovered, "\(MappingCheckResult(files: [result]).rendered())\n\(draft)")
            #expect(result.sheets.map(\.table) == [.saisines, .saisines, .saisines, .reunions])
        }
    }

    static let meetingRows = [
        Row(number: 1, cells: [Cell(column: 0, value: .string("Date")), Cell(column: 1, value: .string("Domaine"))]),
        Row(number: 2, cells: [Cell(column: 0, value: .date(CivilDate(year: 2023, month: 2, day: 9))), Cell(column: 1, value: .string("Enfance"))]),
        Row(number: 3, cells: [Cell(column: 0, value: .date(CivilDate(year: 2023, month: 2, day: 16))), Cell(column: 1, value: .string("Jeunesse"))]),
    ]

    /// Settles each `# TODO: "value" ...` line: the value joins its code's line, or a new line is made.
    static func fill(_ draft: String, _ answers: [String: String]) -> String {
        var lines = draft.components(separatedBy: "\n")
        var i = 0
        while i < lines.count {
            let line = lines[i]
            guard let start = line.range(of: "# TODO: \""), let end = line[start.upperBound...].firstIndex(of: "\""),
                  let code = answers[String(line[start.upperBound..<end])] else { i += 1; continue }
            let value = String(line[start.upperBound..<end])
            let indent = String(line.prefix { $0 == " " })
            var j = i - 1
            var merged = false
            while j >= 0, lines[j].hasPrefix(indent), !lines[j].hasPrefix(indent + " ") || lines[j].hasPrefix(indent + "#") {
                if lines[j].hasPrefix(indent + code + ": [") {
                    lines[j] = String(lines[j].dropLast()) + ", \"\(value)\"]"
                    merged = true
                    break
                }
                j -= 1
            }
            if merged { lines.remove(at: i) } else { lines[i] = indent + code + ": [\"\(value)\"]"; i += 1 }
        }
        return lines.joined(separator: "\n")
    }
}
