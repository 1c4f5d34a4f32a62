// Anchors and aliases are refused where they are written, and every document
// has a size and a node-count limit, so a mapping file can neither re-route a field silently nor
// grow without bound (a "billion laughs" of aliases).

import Mapping
import TestSupport
import Testing
import Texts

@Suite("Mapping file anchors and limits", .texts(.en))
struct MappingAliasTests {
    func parse(_ yaml: String) -> MappingError? { colmarMappingError(yaml) }

    @Test func anAliasReRoutingTheNameIsRefusedAtItsAnchor() throws {
        // On the old code `nom` silently read the date column and the file was "ok".
        let yaml = """
        site: COLMAR
        fichiers: ["*.ods"]
        saisines:
          feuilles: [Saisines]
          champs:
            date_saisine: &ds {colonnes: [Date], requis: oui}
            nom: *ds
        """
        let error = try #require(parse(yaml))
        #expect(error.code == .wrongShape)
        #expect(error.line == 6 && error.column == 19, "\(error.line):\(error.column)")
        #expect(error.message.contains("anchors and aliases") && error.message.contains("&ds"))
        #expect(error.description.hasPrefix("Mappings/colmar.yaml:6:19: "))
    }

    @Test func anAnchoredKeyIsRefused() throws {
        let yaml = """
        site: COLMAR
        &k fichiers: ["*.ods"]
        """
        let error = try #require(parse(yaml))
        #expect(error.message.contains("anchors and aliases"))
        #expect(error.line == 2)
    }

    @Test func anAliasBombStopsAtItsFirstAnchor() throws {
        // Nine levels of ten aliases each: a billion leaves once expanded (3.2 GB and counting on
        // the old code). Refused at the first anchor, before anything is expanded.
        var yaml = "site: COLMAR\nfichiers: [\"*.ods\"]\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            let previous = "*a\(level - 1)"
            yaml += "a\(level): &a\(level) [" + Array(repeating: previous, count: 10).joined(separator: ", ") + "]\n"
        }
        let error = try #require(parse(yaml))
        #expect(error.message.contains("anchors and aliases"))
        #expect(error.line == 3)
    }

    @Test func aDocumentOverTheNodeLimitIsRefused() throws {
        let many = Array(repeating: "x", count: 100_001).joined(separator: ", ")
        let error = try #require(parse("site: COLMAR\nfichiers: [\(many)]\n"))
        #expect(error.message.contains("more than 100000 keys and values"))
    }

    @Test func aDocumentOverTheSizeLimitIsRefused() throws {
        let error = try #require(parse("site: COLMAR\n# " + String(repeating: "x", count: 1 << 20) + "\n"))
        #expect(error.code == .unreadable && error.message.contains("more than the 1048576"))
    }
}
