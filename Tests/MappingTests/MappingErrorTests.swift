// Mapping files with mistakes: each error names file:line:column, shows the line with a caret,
// and says what to write instead (with "did you mean" where a word is close).

import Mapping
import TestSupport
import Testing
import Texts

@Suite("Mapping file errors", .texts(.en))
struct MappingErrorTests {
    func parse(_ yaml: String) -> MappingError? { colmarMappingError(yaml) }

    static let valid = """
    site: COLMAR
    fichiers: ["*.ods"]
    saisines:
      feuilles: [Saisines]
      champs:
        date_saisine: {colonnes: [Date], requis: oui}
        sexe:
          colonnes: [Sexe]
          vocabulaire:
            F: [F]
            M: [H]
    """

    @Test func validFileParses() {
        #expect(parse(Self.valid) == nil)
    }

    @Test func unknownFieldWithSuggestion() throws {
        let error = try #require(parse(Self.valid.replacingOccurrences(of: "    sexe:", with: "    sex:")))
        #expect(error.code == .unknownField)
        #expect(error.line == 7 && error.column == 5)
        #expect(error.message.contains("Did you mean \"sexe\""))
        #expect(error.description.hasPrefix("Mappings/colmar.yaml:7:5: "))
        #expect(error.description.contains("\n        sex:\n        ^"))
    }

    @Test func derivedFieldCannotBeMapped() throws {
        let error = try #require(parse(Self.valid.replacingOccurrences(of: "    sexe:", with: "    territoire:")))
        #expect(error.code == .unknownField && error.message.contains("sites.yaml"))
    }

    @Test func unknownVocabularyCode() throws {
        let error = try #require(parse(Self.valid.replacingOccurrences(of: "        M: [H]", with: "        H: [H]")))
        #expect(error.code == .unknownCode)
        #expect(error.line == 11 && error.column == 9)
        #expect(error.message.contains("The codes are: F, M"))
    }

    @Test func unknownKeyWithSuggestion() throws {
        let error = try #require(parse(Self.valid.replacingOccurrences(of: "  feuilles:", with: "  feuille:")))
        #expect(error.code == .unknownKey && error.line == 4)
        #expect(error.message.contains("Did you mean \"feuilles\""))
    }

    @Test func badYAMLHasLineAndColumn() throws {
        let error = try #require(parse(Self.valid.replacingOccurrences(of: "colonnes: [Sexe]", with: "colonnes: [Sexe")))
        #expect(error.code == .badYAML)
        #expect(error.line >= 8 && error.column > 0)
        #expect(error.description.contains("^"))
    }

    @Test func unknownSite() throws {
        let error = try #require(parse(Self.valid.replacingOccurrences(of: "site: COLMAR", with: "site: COLMARR")))
        #expect(error.code == .unknownSite && error.line == 1 && error.column == 7)
        #expect(error.message.contains("Did you mean \"COLMAR\""))
    }

    @Test func wrongShapeSaysWhatIsExpected() throws {
        let error = try #require(parse(Self.valid.replacingOccurrences(of: "{colonnes: [Date], requis: oui}", with: "{colonnes: {a: b}}")))
        #expect(error.code == .wrongShape && error.line == 6)
    }

    @Test func columnsInAFormAreRefused() throws {
        let error = try #require(parse(Self.valid.replacingOccurrences(of: "  feuilles: [Saisines]", with: "  feuilles: [Saisines]\n  disposition: formulaire")))
        #expect(error.code == .badValue && error.message.contains("etiquettes"))
    }

    @Test func fieldWithoutSource() throws {
        let error = try #require(parse(Self.valid.replacingOccurrences(of: "{colonnes: [Date], requis: oui}", with: "{requis: oui}")))
        #expect(error.code == .missingKey && error.message.contains("colonnes"))
    }

    @Test func sharedVocabularyWithAWrongCodeIsReportedWhereItIsWritten() throws {
        let yaml = """
        site: COLMAR
        fichiers: ["*.ods"]
        vocabulaires:
          oui_non:
            oui: [O]
            peut-etre: [P]
        saisines:
          champs:
            date_saisine: [Date]
            connu_isg: {colonnes: [ISG], vocabulaire: oui_non}
        """
        let error = try #require(parse(yaml))
        #expect(error.code == .unknownCode && error.line == 6)
    }

    @Test func sitesFileErrors() throws {
        #expect(throws: MappingError.self) {
            try SitesFile.parse(file: "Mappings/sites.yaml", text: "sites:\n  - code: X\n    nom: x\n    territoire: \"68\"\n")
        }
        let sites = try SitesFile.parse(file: "Mappings/sites.yaml", text: "sites:\n  - {code: X, nom: x, territoire: \"067\", porteur: CEA}\n")
        #expect(sites.first?.territory == "067")   // never read as an octal number
    }
}
