// A renamed column accepted and an unknown column ignored: one list of one line grows, or one
// `ignorer:` line is added, and the rest of the file (comments, order, quoting) stays as written.

import Foundation
import Mapping
import Testing
import TestSupport
@testable import Workbench

@Suite struct ColumnEditTests {
    static let yaml = """
    # Colmar: a comment that must survive.
    site: COLMAR
    saisines:
      feuilles: [Saisines]
      champs:
        date_saisine:
          colonnes: ["Date saisine", "Date: saisine"]   # a quoted colon, a comment with ] inside
          requis: oui
        nom: [Nom]            # short form
        commune: Commune
        prenom: {colonnes: [{nom: "NOM Prénom", format: nom_prenom}, Prénom]}
    reunions:
      feuilles: [Réunions]
      ignorer: [Partenaires]   # kept
      champs:
        date: ["Date réunion"]
    """

    static func changed(_ old: String, _ new: String) -> [Int] {
        let a = old.components(separatedBy: "\n"), b = new.components(separatedBy: "\n")
        return a.indices.filter { $0 < b.count && a[$0] != b[$0] }
    }

    @Test func aRenamedHeaderJoinsTheFieldsListBeforeItsComment() throws {
        let new = try ColumnEdit.addingWording("Date de saisine", key: "colonnes", to: Self.yaml, line: 7)
        #expect(Self.changed(Self.yaml, new) == [6])
        #expect(new.components(separatedBy: "\n")[6]
            == #"      colonnes: ["Date saisine", "Date: saisine", "Date de saisine"]   # a quoted colon, a comment with ] inside"#)
    }

    @Test func theShortFormAndASingleTextAndAFlowMappingEachGetTheHeader() throws {
        let short = try ColumnEdit.addingWording("Nom d'usage", key: "colonnes", to: Self.yaml, line: 9)
        #expect(short.components(separatedBy: "\n")[8] == #"    nom: [Nom, "Nom d'usage"]            # short form"#)
        let single = try ColumnEdit.addingWording("Ville", key: "colonnes", to: Self.yaml, line: 10)
        #expect(single.components(separatedBy: "\n")[9] == #"    commune: [Commune, "Ville"]"#)
        let flow = try ColumnEdit.addingWording("Prénom usuel", key: "colonnes", to: Self.yaml, line: 11)
        #expect(flow.components(separatedBy: "\n")[10]
            == #"    prenom: {colonnes: [{nom: "NOM Prénom", format: nom_prenom}, Prénom, "Prénom usuel"]}"#)
        for new in [short, single, flow] { #expect(Self.changed(Self.yaml, new).count == 1) }
    }

    @Test func anIgnoredColumnJoinsTheTablesIgnoreList() throws {
        let new = try ColumnEdit.ignoring("Observations", in: Self.yaml, tableLine: 12)
        #expect(Self.changed(Self.yaml, new) == [13])
        #expect(new.components(separatedBy: "\n")[13] == #"  ignorer: [Partenaires, "Observations"]   # kept"#)
    }

    @Test func aTableWithoutIgnoreListGetsOneAsItsFirstKey() throws {
        let new = try ColumnEdit.ignoring("N°", in: Self.yaml, tableLine: 3)
        let lines = new.components(separatedBy: "\n"), old = Self.yaml.components(separatedBy: "\n")
        #expect(lines.count == old.count + 1)
        #expect(lines[3] == #"  ignorer: ["N°"]"#)
        #expect(Array(lines[4...]) == Array(old[3...]))
        // Not the other table's list.
        #expect(lines[14] == "  ignorer: [Partenaires]   # kept")
    }

    @Test func aLineWithoutAListIsRefused() {
        // `date_saisine:` opens a group of keys; `requis: oui` is no list of headers; line 1 is a comment.
        #expect(throws: WorkbenchError.self) { try ColumnEdit.addingWording("x", key: "colonnes", to: Self.yaml, line: 6) }
        #expect(throws: WorkbenchError.self) { try ColumnEdit.addingWording("x", key: "colonnes", to: Self.yaml, line: 99) }
        #expect(throws: WorkbenchError.self) { try ColumnEdit.ignoring("x", in: Self.yaml, tableLine: 99) }
    }

    @Test func aHeaderWithALineBreakStaysOnItsLineAndReadsBack() throws {
        let scratch = try ScratchFolder("column-edit")
        defer { scratch.remove() }
        let folder = scratch.file("Mappings")
        try FileManager.default.copyItem(atPath: Repo.path("Mappings"), toPath: folder)
        let path = folder + "/colmar.yaml"
        let old = try String(contentsOfFile: path, encoding: .utf8)
        let line = try #require(old.components(separatedBy: "\n").firstIndex { $0.contains(#"colonnes: ["Date saisine"]"#) }) + 1
        let header = "Date de\nsaisine \"reçue\""
        let new = try ColumnEdit.addingWording(header, key: "colonnes", to: old, line: line)
        #expect(Self.changed(old, new) == [line - 1])
        #expect(new.components(separatedBy: "\n")[line - 1].hasSuffix(#"["Date saisine", "Date de\nsaisine \"reçue\""]"#))
        // The mapping language reads it back as the very header (line breaks and quotes included).
        let set = try MappingFixCheck.load(new, replacing: path, folder: folder)
        let rule = set.mappings.first { $0.site.code == "COLMAR" }?.referrals?.fields.first { $0.field == "date_saisine" }
        #expect(rule?.columns.written == ["Date saisine", header])
    }
}
