// `mapping draft` on forms: on every form habit and on a few Altkirch months, the
// draft writes check-box groups as `cases` with the side of their marks, leaves an empty template
// out and says so, claims sheets by a pattern, never takes a title for a value, finds `connu_isg`;
// settled on its TODOs the way a person would, it imports the files as the hand-written mapping does.

import Consolidation
import Foundation
import Mapping
import Model
import Spreadsheet
import Testing
import Texts
import TestSupport
@testable import MappingTools

@Suite("mapping draft on forms", .texts(.en))
struct MappingDraftFormTests {

    static let habits = ["croix-a-droite", "croix-a-gauche", "cases-cochees-dedans", "oui-non-sur-une-ligne",
                         "options-en-ligne-et-en-colonne", "modele-et-fiches", "etiquettes-decalees-automne"]
    static let corpora = habits + ["ALTKIRCH"]

    /// Where the marks really stand when the hand-written mapping leaves `marque` to auto.
    static let autoSides: [String: [String: MarkSide]] = [
        "cases-cochees-dedans": ["sexe": .inside, "origine": .inside, "orientations": .inside],
        "oui-non-sur-une-ligne": ["connu_isg": .inside, "connu_cea": .inside, "mineur": .inside],
        "options-en-ligne-et-en-colonne": ["sexe": .right, "origine": .right, "orientations": .right],
        "ALTKIRCH": ["origine": .inside, "sexe": .inside, "mineur": .inside, "role": .inside, "connu_isg": .inside,
                     "connu_cea": .inside, "motif_saisine": .left, "motif_intervention": .left, "orientations": .left],
    ]

    /// One corpus: its files (path, name as the draft and the import see it), site and hand-written mapping.
    struct Corpus {
        var files: [(path: String, relative: String)]
        var sites: [SiteDeclaration]
        var handWritten: SiteMapping
        var pattern: String
    }

    static func corpus(_ name: String) throws -> Corpus {
        if name == "ALTKIRCH" {
            let set = try MappingSet.load(folder: Repo.path("Mappings"))
            // January (XLSX), February (ODS), June (a line inserted in the form).
            let files = ["Altkirch_2023-01.xlsx", "Altkirch_2023-02.ods", "Altkirch_2023-06.ods"]
                .map { (Repo.path("Samples/ALTKIRCH/" + $0), "ALTKIRCH/" + $0) }
            return Corpus(files: files, sites: set.sites, handWritten: try #require(set.mappings.first { $0.site.code == name }), pattern: "Saisine*")
        }
        let base = Repo.path("Tests/Fixtures/Habits/" + name)
        let set = try MappingSet.load(folder: base + "/Mappings")
        let names = try FileManager.default.contentsOfDirectory(atPath: base + "/input").sorted()
        return Corpus(files: names.map { (base + "/input/" + $0, $0) }, sites: set.sites, handWritten: try #require(set.mappings.first),
                      pattern: name == "etiquettes-decalees-automne" ? "Saisine*" : "Fiche*")
    }

    @Test("a form draft: cases with their side, template left out, a sheet pattern, no title as a value", arguments: corpora)
    func formDraft(_ name: String) throws {
        let corpus = try Self.corpus(name)
        let read = try corpus.files.map { ($0.relative, try CheckedSheet.readAll(try openWorkbook(path: $0.path))) }
        let site = corpus.handWritten.site
        let draft = MappingDraft.draft(site: site, files: read)
        let drafted = try MappingParser(file: "draft.yaml", text: draft, sites: corpus.sites).parse()
        let referrals = try #require(drafted.referrals, "\(draft)")
        #expect(referrals.layout == .form)

        // Every check-box group of the hand-written mapping is `cases`, with the side marks stand on.
        for expected in corpus.handWritten.referrals?.fields ?? [] where !expected.boxes.isEmpty {
            let field = try #require(referrals.fields.first { $0.field == expected.field }, "\(name): \(expected.field) not drafted\n\(draft)")
            #expect(!field.boxes.isEmpty, "\(name): \(expected.field) is not cases\n\(draft)")
            let side = expected.mark == .auto ? Self.autoSides[name]?[expected.field] : expected.mark
            #expect(field.mark == side, "\(name): \(expected.field) marque \(field.mark) instead of \(String(describing: side))")
        }
        // Next month's sheets are claimed too: a pattern, not today's names.
        #expect(draft.contains("\n  feuilles: [\"\(corpus.pattern)\"]\n"), "\(name): \(referrals.sheets)")
        // The empty template is left out, and the draft says so; no other sheet is.
        #expect(draft.contains("# Left out: \"Modèle\"") == (name == "modele-et-fiches"), "\(name)\n\(draft)")
        // Titles (the only text of their row, in capitals) are never a label nor an option.
        let titles = Set(read.flatMap { $0.1 }.flatMap(\.rows).compactMap { row -> String? in
            guard row.cells.count == 1, case .string(let text)? = row.cells.first?.value, text.uppercased() == text else { return nil }
            return Wording.normalize(text)
        })
        let wordings = referrals.fields.flatMap { $0.labels.normalized + $0.boxes.flatMap(\.wordings.normalized) }
        #expect(titles.isDisjoint(with: wordings), "\(name): \(titles.intersection(wordings))")
        if corpus.handWritten.referrals?.fields.contains(where: { $0.field == "connu_isg" }) == true {
            let known = try #require(referrals.fields.first { $0.field == "connu_isg" }, "\(draft)")
            #expect(Set(known.boxes.map(\.code)) == ["true", "false"], "\(draft)")
        }

        // Settled as a person would, the draft imports the files without an unexpected finding and
        // gives the expected referrals on every field it mapped.
        let settled = try MappingParser(file: "draft.yaml", text: Self.settle(draft, as: corpus.handWritten), sites: corpus.sites).parse()
        let ours = Self.importFiles(corpus, with: settled)
        let theirs = Self.importFiles(corpus, with: corpus.handWritten)
        #expect(Self.issues(ours) == Self.issues(theirs), "\(name)\n\(draft)")
        var mapped = Set(referrals.fields.map(\.field))
        let expected: [String]
        if name == "ALTKIRCH" {
            expected = Self.rows(theirs.referrals, fields: mapped)
        } else {
            (mapped, expected) = try Self.expectedRows(name, fields: mapped)
        }
        #expect(!expected.isEmpty && mapped.count >= 3, "\(name): \(mapped)")
        #expect(Self.rows(ours.referrals, fields: mapped) == expected, "\(name)")
    }

    /// A form whose sections have titles in capitals, with `Situation déjà connue de l'ISG` and a `Modèle`.
    @Test func sectionTitlesAreNeverValuesAndConnuISGIsFound() throws {
        let site = SiteDeclaration(code: "ALTKIRCH", name: "Altkirch", territory: "68", carrier: "CIDFF68", line: 6)
        func form(_ name: String, date: Int?, commune: String?, known: String) -> CheckedSheet {
            var rows = [Row(number: 1, cells: [Cell(column: 0, value: .string("FICHE DE SAISINE"))])]
            func row(_ n: Int, _ texts: [CellValue?]) {
                rows.append(Row(number: n, cells: texts.enumerated().compactMap { i, v in v.map { Cell(column: i, value: $0) } }))
            }
            row(3, [.string("Date de saisine :"), date.map { .date(CivilDate(year: 2023, month: 3, day: $0)) }])
            row(4, [.string("Nom :"), date == nil ? nil : .string("KELLER")])
            row(5, [.string("Prénom :"), date == nil ? nil : .string("Anne")])
            row(7, [.string("SITUATION")])
            row(8, [.string("Situation déjà connue de l'ISG :"), .string(known)])
            row(9, [.string("Commune :"), commune.map { .string($0) }])
            row(10, [.string("ACCOMPAGNEMENT")])
            row(11, [.string("Nombre d'entretiens :"), date == nil ? nil : .number(2)])
            // A coded field written as a value, with a note below it: a value, not a group of options.
            row(12, [.string("Origine :"), date == nil ? nil : .string(date == 9 ? "Spontané" : "Gendarmerie")])
            row(13, [nil, date == nil ? nil : .string("rappeler la brigade")])
            return CheckFixtures.sheet(name, rows)
        }
        let sheets = [form("Modèle", date: nil, commune: nil, known: "Oui ☐ Non ☐"),
                      form("Fiche 1", date: 2, commune: "Altkirch", known: "Oui ☒ Non ☐"),
                      form("Fiche 2", date: 9, commune: nil, known: "Oui ☐ Non ☒"),
                      form("Fiche 3", date: 20, commune: "Hirsingue", known: "Oui ☐ Non ☐")]
        let draft = MappingDraft.draft(site: site, files: [("ALTKIRCH/2023-03.xlsx", sheets)])
        let mapping = try CheckFixtures.mapping(draft)
        let fields = mapping.referrals?.fields ?? []
        // `SITUATION` is a title, not the label of `role`; the sentence is `connu_isg`.
        #expect(!fields.contains { $0.field == "role" }, "\(draft)")
        let known = try #require(fields.first { $0.field == "connu_isg" }, "\(draft)")
        #expect(known.labels.written == ["Situation déjà connue de l'ISG"] && known.mark == .inside)
        #expect(fields.first { $0.field == "commune" }?.position == .right, "\(draft)")
        let origin = try #require(fields.first { $0.field == "origine" }, "\(draft)")
        #expect(origin.boxes.isEmpty && origin.vocabulary?.match("Gendarmerie") == .code("GENDARMERIE"), "\(draft)")
        #expect(draft.contains("# Left out: \"Modèle\"") && draft.contains("feuilles: [\"Fiche*\"]"), "\(draft)")

        let run = ConsolidationRun(mappings: MappingSet(sites: [site], mappings: [mapping])) { _ in SheetsWorkbook(sheets) }
        let result = run.admit(run.read(InputFile(path: "ALTKIRCH/2023-03.xlsx", relativePath: "ALTKIRCH/2023-03.xlsx"), with: mapping))
        #expect(!result.findings.contains { $0.severity == .error }, "\(result.findings)")
        let rows = Self.rows(result.referrals, fields: ["commune", "connu_isg", "nb_entretiens", "origine"])
        #expect(rows == ["ALTKIRCH/2023-03.xlsx#Fiche 1|commune=Altkirch|connu_isg=true|nb_entretiens=2|origine=GENDARMERIE",
                         "ALTKIRCH/2023-03.xlsx#Fiche 2|commune=|connu_isg=false|nb_entretiens=2|origine=PRESENTATION_DIRECTE",
                         "ALTKIRCH/2023-03.xlsx#Fiche 3|commune=Hirsingue|connu_isg=|nb_entretiens=2|origine=GENDARMERIE"], "\(draft)")
    }
}

extension MappingDraftFormTests {
    /// Settles every `# TODO: "value"` as the hand-written mapping decided (its cases or vocabulary),
    /// else as `inconnu`; an option no code is given for is dropped (the import ignores it).
    static func settle(_ draft: String, as handWritten: SiteMapping) -> String {
        let fields = (handWritten.referrals?.fields ?? []) + (handWritten.meetings?.fields ?? [])
        var boxFields: Set<String> = []
        var field = ""
        for line in draft.components(separatedBy: "\n") {
            if line.hasPrefix("    ") && !line.hasPrefix("     ") && line.hasSuffix(":") && !line.contains("#") { field = String(line.dropFirst(4).dropLast()) }
            if line == "      cases:" { boxFields.insert(field) }
        }
        let filled = MappingWorkflowSampleTests.fillTODOs(draft) { field, value in
            let rule = fields.first { $0.field == field }
            if let option = rule?.boxes.first(where: { $0.wordings.normalized.contains(Wording.normalize(value)) }) { return option.code }
            if case .code(let code) = rule?.vocabulary?.match(value) { return code }
            return boxFields.contains(field) ? nil : "inconnu"
        }
        return filled.components(separatedBy: "\n").filter { !$0.contains("# TODO: \"") }.joined(separator: "\n")
    }

    static func importFiles(_ corpus: Corpus, with mapping: SiteMapping) -> ConsolidationResult {
        let run = ConsolidationRun(mappings: MappingSet(sites: corpus.sites, mappings: [mapping]))
        var result = ConsolidationResult()
        for file in corpus.files { result.add(run.admit(run.read(InputFile(path: file.path, relativePath: file.relative), with: mapping))) }
        return result
    }

    /// Warnings and errors as `kind sheet cell`, sorted.
    static func issues(_ result: ConsolidationResult) -> [String] {
        result.findings.filter { $0.severity != .info }.map { "\($0.kind) \($0.sheet ?? "") \($0.cell ?? "")" }.sorted()
    }

    /// Each referral as `file#sheet|field=value|...` on `fields`, sorted.
    static func rows(_ referrals: [Referral], fields: Set<String>) -> [String] {
        referrals.map { referral in
            let id = RecordID(referral.recordID)
            let values = fields.sorted().compactMap { name in Field(rawValue: name).map { "\(name)=\(referral[$0].text ?? "")" } }
            return (["\(id?.file ?? "")#\(id?.sheet ?? "")"] + values).joined(separator: "|")
        }.sorted()
    }

    /// The habit's `expected.csv` on the fields both it and the draft have, as `rows` writes them.
    static func expectedRows(_ habit: String, fields: Set<String>) throws -> (Set<String>, [String]) {
        let lines = try String(contentsOfFile: Repo.path("Tests/Fixtures/Habits/\(habit)/expected.csv"), encoding: .utf8)
            .split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        guard let header = lines.first else { return ([], []) }
        let wanted = fields.intersection(header.dropFirst(3))
        return (wanted, lines.dropFirst().map { cells in
            let values = wanted.sorted().compactMap { name in header.firstIndex(of: name).map { "\(name)=\(cells[$0])" } }
            return (["\(cells[0])#\(cells[1])"] + values).joined(separator: "|")
        }.sorted())
    }
}
