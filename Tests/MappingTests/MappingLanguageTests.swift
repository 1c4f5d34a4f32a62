// The mapping language read right: scalars stay text, vocabularies ignore case, accents and
// spacing, shorthand fields, name patterns, and the shipped Mappings/ folder.

import Foundation
import Mapping
import Testing

@Suite("Mapping language")
struct MappingLanguageTests {
    static let sites = [SiteDeclaration(code: "TEST", name: "Test", territory: "68", carrier: "CIDFF68")]
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    func parse(_ yaml: String) throws -> SiteMapping {
        try MappingParser(file: "Mappings/test.yaml", text: yaml, sites: Self.sites).parse()
    }

    @Test func scalarsStayTextAndVocabulariesIgnoreCaseAccentsAndSpacing() throws {
        let mapping = try parse("""
        site: TEST
        fichiers: "*.xlsx"
        saisines:
          champs:
            connu_isg:
              colonnes: [ISG]
              vocabulaire: {oui: [yes, "067462"], non: [no, "Non  connu"], inconnu: [NSP]}
            motif_saisine:
              colonnes: [Motif]
              vocabulaire: {PRECARITE: ["Précarité"], DECES_SUICIDE: ["Décès / suicide"]}
        """)
        let fields = try #require(mapping.referrals?.fields)
        let isg = try #require(fields.first?.vocabulary)
        #expect(isg.match("no") == .code("false"))          // not YAML's boolean false
        #expect(isg.match("067462") == .code("true"))       // not an octal number
        #expect(isg.match("  NON connu ") == .code("false"))
        #expect(isg.match("nsp") == .unknown)
        #expect(isg.match("voir mail") == .untranslated)
        let motif = try #require(fields.last?.vocabulary)
        #expect(motif.match("PRECARITE") == .code("PRECARITE"))   // a code is its own wording
        #expect(motif.match("precarite") == .code("PRECARITE"))
        #expect(motif.match("DÉCÈS /  SUICIDE") == .code("DECES_SUICIDE"))
    }

    @Test func shorthandAndDefaults() throws {
        let mapping = try parse("""
        site: TEST
        fichiers: ["a/*.xlsx"]
        saisines:
          champs:
            nom: [Nom, "Nom de famille"]
            nb_entretiens: Entretiens
        """)
        #expect(mapping.countBound == 50 && mapping.period == .fileName)
        let nom = try #require(mapping.referrals?.fields.first)
        #expect(nom.columns.written == ["Nom", "Nom de famille"] && nom.line == 5)
        #expect(mapping.referrals?.fields.last?.columns.normalized == ["entretiens"])
        #expect(mapping.referrals?.nonDataMarkers == ["total"])
    }

    @Test func wordingNormalisation() {
        #expect(Wording.normalize("Date de\nsaisine :") == "date de saisine")
        #expect(Wording.normalize("  Âge ") == "age")
        #expect(Wording.normalize("Orient. hébergement d’urgence") == "orient. hebergement d'urgence")
        #expect(Wording.normalize("ŒUVRE") == "oeuvre")
    }

    @Test func namePatterns() {
        #expect(NamePattern.matches("colmar/*.ods", "colmar/colmar_2023-03.ods"))
        #expect(!NamePattern.matches("colmar/*.ods", "colmar/old/colmar_2023-03.ods"))
        #expect(NamePattern.matches("colmar/**.ods", "colmar/old/colmar_2023-03.ods"))
        #expect(NamePattern.matches("saisine*", "saisine 12"))
        #expect(NamePattern.matches("20??-0?.xlsx", "2023-03.xlsx"))
    }

    @Test func mappingSetClaimsFilesByPattern() throws {
        let set = try MappingSet.load(folder: Self.root + "/Mappings", displayFolder: "Mappings")
        #expect(set.sites.map(\.code) == ["STRASBOURG", "ALTKIRCH", "COLMAR", "MULHOUSE"])
        #expect(set.mapping(forPath: "Samples/COLMAR/Colmar_2023-03.ods")?.site.code == "COLMAR")
        #expect(set.mapping(forPath: "MULHOUSE/ISG Mulhouse 2023.xlsx")?.site.code == "MULHOUSE")
        #expect(set.mapping(forPath: "/data/in/STRASBOURG/2023-03.xlsx")?.site.territory == "67")
        #expect(set.mapping(forPath: "ailleurs/notes.txt") == nil)
        #expect(set.mapping(forPath: "2023-03.xlsx") == nil)   // a bare month file names no site
    }

    @Test func suggestions() {
        #expect(Suggestion.closest(to: "colone", in: ["colonnes", "etiquettes"]) == ["colonnes"])
        #expect(Suggestion.similarity("Commune", "Communes") > 0.8)
    }
}
