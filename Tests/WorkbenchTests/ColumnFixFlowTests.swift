// The workbench's handlers on a real import of the Colmar samples, with a copy of the mappings in
// which one column is "renamed" (the mapping knows "Précision", the files say "Précision origine")
// and one column is no longer ignored ("Commentaire"): the page offers both, the edits land in
// colmar.yaml, the folder's check turns OK for the columns, and the findings go at the re-import.
// Also: showing identities is written to the store's run log, and refused when it cannot be.

import Foundation
import Pipeline
import Store
import Testing
import Texts
import TestSupport
@testable import Workbench

@Suite(.serialized, .texts(.fr)) struct ColumnFixFlowTests {
    /// A scratch output folder and a copy of the mappings with the two planted differences.
    static func setUp() throws -> (scratch: ScratchFolder, server: WorkbenchServer, mapping: String) {
        let scratch = try ScratchFolder("workbench-columns")
        let mappings = scratch.file("Mappings")
        try FileManager.default.copyItem(atPath: Repo.path("Mappings"), toPath: mappings)
        let mapping = mappings + "/colmar.yaml"
        var text = try String(contentsOfFile: mapping, encoding: .utf8)
        for (old, new) in [("origine_detail: [\"Précision origine\"]", "origine_detail: [\"Précision\"]"),
                           ("  ignorer: [Commentaire]\n", "")] {
            #expect(text.contains(old))
            text = text.replacingOccurrences(of: old, with: new)
        }
        try text.write(toFile: mapping, atomically: true, encoding: .utf8)
        let config = WorkbenchConfig(outputFolder: scratch.file("out"), mappingsFolder: mappings,
                                     inputFolder: Repo.path("Samples/COLMAR"), port: 0)
        return (scratch, try WorkbenchServer(config: config), mapping)
    }

    static func importAgain(_ server: WorkbenchServer) throws {
        _ = try ImportJob.run(ImportOptions(inputs: [server.config.inputFolder], mappingsFolder: server.config.mappingsFolder,
                                            outputFolder: server.config.outputFolder))
    }

    static func form(_ issue: WorkbenchServer.ColumnIssue) -> [String: String] {
        ["site": issue.site, "kind": issue.kind, "field": issue.field ?? "", "header": issue.header]
    }

    @Test func aRenameAcceptedAndAColumnIgnoredLeaveNoColumnFinding() async throws {
        let (scratch, server, mapping) = try Self.setUp()
        defer { scratch.remove() }
        try Self.importAgain(server)
        let issues = server.columnIssues()
        let renamed = try #require(issues.first { $0.kind == "renamed_column" })
        let unknown = try #require(issues.first { $0.kind == "unknown_column" })
        #expect(renamed.field == "origine_detail" && renamed.header == "Précision origine")
        #expect(unknown.header == "Commentaire" && unknown.field == nil)
        #expect(server.columnPlace(renamed)?.renameLine != nil && server.columnPlace(unknown)?.tableLine != nil)

        let before = try String(contentsOfFile: mapping, encoding: .utf8)
        _ = await server.editColumn(Self.form(renamed), action: "rename")
        let afterRename = try String(contentsOfFile: mapping, encoding: .utf8)
        #expect(afterRename.contains(#"origine_detail: ["Précision", "Précision origine"]"#))
        #expect(afterRename.components(separatedBy: "\n").count == before.components(separatedBy: "\n").count)
        let renameEdit = try #require(server.state.lastEdit)
        #expect(renameEdit.diff.contains { $0.hasPrefix("+") && $0.contains("Précision origine") })
        #expect(!renameEdit.copy.isEmpty && FileManager.default.fileExists(atPath: scratch.file("Mappings/" + renameEdit.copy)))
        // The check ran on every Colmar file of the folder; "Commentaire" is still unknown there.
        #expect(renameEdit.files.count >= 10 && renameEdit.files.allSatisfy { $0.columns == "1 colonne inconnue" })

        _ = await server.editColumn(Self.form(unknown), action: "ignore")
        let afterIgnore = try String(contentsOfFile: mapping, encoding: .utf8)
        #expect(afterIgnore.contains(#"  ignorer: ["Commentaire"]"#))
        let ignoreEdit = try #require(server.state.lastEdit)
        #expect(ignoreEdit.files.allSatisfy { $0.columns == Texts.current("workbench.check.columns_ok") })
        #expect(ignoreEdit.files.contains { $0.ok })

        // A header the store does not list is refused, and nothing is written.
        _ = await server.editColumn(["site": "COLMAR", "kind": "unknown_column", "field": "", "header": "Autre"], action: "ignore")
        #expect(try String(contentsOfFile: mapping, encoding: .utf8) == afterIgnore)
        #expect(server.state.takeNotice()?.isError == true)

        try Self.importAgain(server)
        #expect(server.columnIssues().isEmpty)
    }

    @Test func showingIdentitiesIsInTheRunLogOrRefused() throws {
        let (scratch, server, _) = try Self.setUp()
        defer { scratch.remove() }
        // No store yet: nothing to show, and the toggle creates no store.
        _ = server.toggleIdentities(["show": "1"])
        #expect(!server.state.identified && server.state.takeNotice()?.isError == true)
        #expect(!FileManager.default.fileExists(atPath: server.config.outputFolder + "/" + ConsolidationStore.databaseName))

        try Self.importAgain(server)
        _ = server.toggleIdentities(["show": "1"])
        #expect(server.state.identified)
        _ = server.toggleIdentities(["show": "0"])
        let events = try ConsolidationStore(folder: server.config.outputFolder).events()
        #expect(events.map(\.kind) == [.identitiesShown, .identitiesHidden])
        #expect(events.allSatisfy { $0.user == WorkbenchConfig.osUser && $0.at.hasSuffix("Z") })

        // While another writer (an import) holds the store, showing cannot be logged: it is refused.
        let importing = try ConsolidationStore(folder: server.config.outputFolder, writable: true)
        _ = server.toggleIdentities(["show": "1"])
        #expect(!server.state.identified && server.state.takeNotice()?.isError == true)
        _ = importing
    }

    @Test func aWordingCanBeUnknownOrLeftToItsCells() async throws {
        let (scratch, server, mapping) = try Self.setUp()
        defer { scratch.remove() }
        try Self.importAgain(server)
        let items = server.untranslated()
        #expect(items.count >= 2)
        let first = items[0], second = items[1]
        // "unknown" is the data model's code even where the vocabulary's own list has no entry for it yet.
        let before = try String(contentsOfFile: mapping, encoding: .utf8)
        _ = await server.addWording(["site": first.site, "field": first.field, "value": first.value, "code": "inconnu"])
        let after = try String(contentsOfFile: mapping, encoding: .utf8)
        #expect(after != before && after.contains(MappingEdit.quote(first.value)))
        #expect(server.state.lastEdit?.check == Texts.current("workbench.mappings.check_unknown", ["field": first.field]))
        #expect(server.state.lastEdit?.files.isEmpty == false)

        // "Not a value": nothing written, the wording no longer offered, the cells named.
        _ = server.leaveToCells(["site": second.site, "field": second.field, "value": second.value])
        #expect(try String(contentsOfFile: mapping, encoding: .utf8) == after)
        #expect(!server.untranslated().contains { $0.site == second.site && $0.field == second.field && $0.value == second.value })
        let notice = try #require(server.state.takeNotice())
        #expect(!notice.isError && notice.text.contains(second.cells[0]))
        #expect(!Journal(outputFolder: server.config.outputFolder).lines().joined().contains(second.value))
    }
}
