// `mapping check` on an input folder, as the workbench runs it after a mapping edit: the files the
// import would find there, named as the import names them, limited to one site when asked.

import Foundation
import Mapping
import MappingTools
import Testing
import Texts
import TestSupport

@Suite(.texts(.en)) struct MappingCheckFolderTests {
    @Test func oneSitesFilesOfTheFolderAreCheckedUnderTheirRelativeNames() throws {
        let set = try MappingSet.load(folder: Repo.path("Mappings"), displayFolder: "Mappings")
        let result = MappingCheck.check(folder: Repo.path("Samples"), site: "COLMAR", mappings: set)
        let colmar = try FileManager.default.contentsOfDirectory(atPath: Repo.path("Samples/COLMAR")).filter { $0.hasSuffix(".ods") }
        #expect(result.files.map(\.file) == colmar.sorted().map { "COLMAR/" + $0 })
        #expect(result.files.allSatisfy { $0.site == "COLMAR" && $0.problem == nil && !$0.sheets.isEmpty })
        // The samples' shipped mapping names every Colmar column: no unknown or missing one.
        #expect(result.files.allSatisfy { $0.sheets.allSatisfy { $0.unknown.isEmpty && $0.missing.isEmpty } })
    }

    @Test func withoutASiteEveryFileIsChecked() throws {
        let set = try MappingSet.load(folder: Repo.path("Mappings"), displayFolder: "Mappings")
        let all = MappingCheck.check(folder: Repo.path("Samples"), mappings: set)
        #expect(Set(all.files.compactMap(\.site)) == ["ALTKIRCH", "COLMAR", "MULHOUSE", "STRASBOURG"])
    }
}
