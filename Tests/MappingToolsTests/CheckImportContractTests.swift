// The contract: `mapping check` is a dry run of the import. Over every sample site,
// every habit fixture and every mapping fixture, check and import give the same warnings and
// errors, and check says "covered" exactly when the import has none.

import Consolidation
import Foundation
import Mapping
import Model
import Spreadsheet
import Testing
import TestSupport
@testable import MappingTools

@Suite("check ≡ import")
struct CheckImportContractTests {
    /// (name, mappings folder, input folder) for every corpus the engine is tested on.
    static var corpora: [String] {
        let habits = (try? FileManager.default.contentsOfDirectory(atPath: Repo.path("Tests/Fixtures/Habits"))) ?? []
        let fixtures = (try? FileManager.default.contentsOfDirectory(atPath: Repo.path("Tests/Fixtures/mapping"))) ?? []
        return ["samples"]
            + habits.filter { FileManager.default.fileExists(atPath: Repo.path("Tests/Fixtures/Habits/\($0)/input")) }.sorted().map { "habit:" + $0 }
            + fixtures.filter { FileManager.default.fileExists(atPath: Repo.path("Tests/Fixtures/mapping/\($0)/Mappings")) }.sorted().map { "fixture:" + $0 }
    }

    static func folders(_ corpus: String) -> (mappings: String, inputs: String) {
        if corpus == "samples" { return (Repo.path("Mappings"), Repo.path("Samples")) }
        if corpus.hasPrefix("habit:") { let base = Repo.path("Tests/Fixtures/Habits/" + corpus.dropFirst(6)); return (base + "/Mappings", base + "/input") }
        let base = Repo.path("Tests/Fixtures/mapping/" + corpus.dropFirst(8))
        return (base + "/Mappings", base + "/input")
    }

    static func key(_ f: Finding) -> String {
        "\(f.kind)|\(f.severity)|\(f.field ?? "")|\(f.sheet ?? "")|\(f.cell ?? "")|\(f.value ?? "")"
    }

    @Test("check's findings and verdict are the import's", arguments: corpora)
    func checkEqualsImport(_ corpus: String) throws {
        let (mappingsFolder, inputs) = Self.folders(corpus)
        let mappings = try MappingSet.load(folder: mappingsFolder)
        let files = InputFile.collect([inputs])
        try #require(!files.isEmpty, "\(corpus): no input files")

        let imported = ConsolidationRun(mappings: mappings).consolidateAll([inputs])
        let checked = MappingCheck.check(paths: files.map(\.path), mapping: nil, mappings: mappings) { try openWorkbook(path: $0) }

        let importIssues = imported.findings.filter { $0.severity != .info }
        #expect(checked.isCovered == importIssues.isEmpty, "\(corpus): verdict")
        #expect(checked.summary.hasPrefix("OK") == importIssues.isEmpty, "\(corpus): summary \(checked.summary)")
        // Same warnings and errors, kind, field, sheet, cell and value alike (paths differ: the
        // import names files relative to its input folder, the check as given).
        #expect(checked.findings.filter { $0.severity != .info }.map(Self.key).sorted() == importIssues.map(Self.key).sorted(), "\(corpus): findings")
        // Same infos too (a distribution shift, an unclaimed sheet, a duplicate).
        #expect(checked.findings.filter { $0.severity == .info }.map(Self.key).sorted()
                == imported.findings.filter { $0.severity == .info }.map(Self.key).sorted(), "\(corpus): infos")
    }
}

/// The same contract on the in-memory mapping fixtures of the check tests, each form change.
@Suite("check ≡ import, mapping fixtures")
struct CheckImportFixtureContractTests {
    typealias F = CheckFixtures

    static var cases: [(String, String, [CheckedSheet])] {
        var renamed = F.header
        renamed[4] = "Origine saisine"
        var moved = F.header
        moved.swapAt(3, 6)
        var list = F.tableRows()
        list[3].cells[6] = Cell(column: 6, value: .string("médical / psy"))
        return [
            ("shipped", F.tableMapping, [F.sheet("Mars", F.tableRows())]),
            ("renamed", F.tableMapping, [F.sheet("Mars", F.tableRows(header: renamed))]),
            ("moved", F.tableMapping, [F.sheet("Mars", F.tableRows(header: moved))]),
            ("added", F.tableMapping, [F.sheet("Mars", F.tableRows(header: F.header + ["Remarques"]))]),
            ("untranslated", F.tableMapping, [F.sheet("Mars", F.tableRows(origins: ["voir mail", "Gendarmerie", "CCAS"]))]),
            ("list", F.tableMapping, [F.sheet("Mars", list)]),
            ("form", F.formMapping, [F.sheet("Saisine 1", F.formRows(shift: 1)), F.sheet("Réunions", [])]),
            ("form renamed", F.formMapping, [F.sheet("Saisine 1", F.formRows(dateLabel: "Date saisine :"))]),
            ("form mark", F.formMapping, [F.sheet("Saisine 1", F.formRows(known: "voir mail"))]),
        ]
    }

    @Test("check's findings are the import's", arguments: cases.map(\.0))
    func fixture(_ name: String) throws {
        let (_, yaml, sheets) = try #require(Self.cases.first { $0.0 == name })
        let mapping = try F.mapping(yaml)
        let workbook = SheetsWorkbook(sheets)
        let run = ConsolidationRun(mappings: MappingSet(sites: F.sites, mappings: [mapping])) { _ in workbook }
        let imported = run.admit(run.read(InputFile(path: "x/2023-03.xlsx", relativePath: "x/2023-03.xlsx"), with: mapping))
        let checked = MappingCheck.check(file: "x/2023-03.xlsx", sheets: sheets, mapping: mapping)
        let key = CheckImportContractTests.key
        #expect((checked.findings + checked.sheets.flatMap(\.findings)).map(key).sorted() == imported.findings.map(key).sorted(), "\(name)")
        #expect(checked.isCovered == !imported.findings.contains { $0.severity != .info }, "\(name)")
    }
}
