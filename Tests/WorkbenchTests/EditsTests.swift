// The workbench's edits of the mappings folder: a wording inserted at its line with the rest of
// the file untouched, a person's decision appended in the format the import reads, a dated copy
// of every previous file, and the pairs the decisions file already settles.

import Foundation
import Model
import Testing
import TestSupport
@testable import Workbench

@Suite struct MappingEditTests {
    static let yaml = """
    # Strasbourg: a comment that must survive.
    vocabulaires:
      motifs:
        VIF: ["Violences intrafamiliales", VIF]   # the usual wordings
        PRECARITE: [Précarité]

        AUTRE: [Autre]
    saisines:
      champs:
        sexe:
          colonnes: [Sexe]
          vocabulaire:
            F: [Femme]
            M: [Homme]
    """

    @Test func theWordingGoesIntoItsCodesListAndNothingElseChanges() throws {
        let new = try MappingEdit.adding("Violence conj.", code: "VIF", to: Self.yaml, vocabularyLine: 3)
        let old = Self.yaml.components(separatedBy: "\n"), now = new.components(separatedBy: "\n")
        #expect(now.count == old.count)
        #expect(now[3] == #"    VIF: ["Violences intrafamiliales", VIF, "Violence conj."]   # the usual wordings"#)
        for index in old.indices where index != 3 { #expect(now[index] == old[index]) }
        #expect(MappingEdit.codes(in: Self.yaml, vocabularyLine: 3) == ["VIF", "PRECARITE", "AUTRE"])
    }

    @Test func theParsersLineOfTheFirstEntryFindsTheSameBlock() throws {
        // The mapping parser gives a block's first entry line (4), not its header (3).
        #expect(MappingEdit.codes(in: Self.yaml, vocabularyLine: 4) == ["VIF", "PRECARITE", "AUTRE"])
        #expect(MappingEdit.codes(in: Self.yaml, vocabularyLine: 13) == ["F", "M"])
        let new = try MappingEdit.adding("Dame", code: "F", to: Self.yaml, vocabularyLine: 13)
        #expect(new.components(separatedBy: "\n")[12] == #"        F: [Femme, "Dame"]"#)
    }

    @Test func aNewCodeIsALineAtTheEntriesIndentation() throws {
        let new = try MappingEdit.adding("Inconnu \"x\"", code: "INCONNU_X", to: Self.yaml, vocabularyLine: 12)
        let lines = new.components(separatedBy: "\n")
        #expect(lines[14] == #"        INCONNU_X: ["Inconnu \"x\""]"#)
        #expect(lines.count == Self.yaml.components(separatedBy: "\n").count + 1)
    }

    @Test func aLineThatIsNoVocabularyIsRefused() {
        #expect(throws: WorkbenchError.self) { try MappingEdit.adding("x", code: "VIF", to: Self.yaml, vocabularyLine: 1) }
        #expect(throws: WorkbenchError.self) { try MappingEdit.adding("x", code: "VIF", to: Self.yaml, vocabularyLine: 99) }
        // `vocabulaires:` holds vocabularies, not wordings; a field's line holds `colonnes:`.
        #expect(throws: WorkbenchError.self) { try MappingEdit.adding("x", code: "VIF", to: Self.yaml, vocabularyLine: 2) }
        #expect(throws: WorkbenchError.self) { try MappingEdit.adding("x", code: "F", to: Self.yaml, vocabularyLine: 10) }
        #expect(MappingEdit.codes(in: Self.yaml, vocabularyLine: 6).isEmpty)
    }

    @Test func theDiffShowsTheChangedLine() throws {
        let new = try MappingEdit.adding("Isolée", code: "PRECARITE", to: Self.yaml, vocabularyLine: 3)
        let diff = MappingEdit.diff(Self.yaml, new, file: "strasbourg.yaml")
        #expect(diff.filter { $0.hasPrefix("-") && !$0.hasPrefix("---") } == ["-    PRECARITE: [Précarité]"])
        #expect(diff.filter { $0.hasPrefix("+") && !$0.hasPrefix("+++") } == [#"+    PRECARITE: [Précarité, "Isolée"]"#])
    }
}

@Suite struct PersonDecisionsTests {
    @Test func decisionsAreAppendedWithADatedCopy() throws {
        let scratch = try ScratchFolder("decisions")
        defer { scratch.remove() }
        let file = scratch.file("personnes.csv")
        let first = try PersonDecisions.append(.same, "S/2023-03.xlsx#Saisines!12", "C/b.ods#Saisines!7", comment: "moved",
                                               decisionsFile: file)
        #expect(first == nil)
        let second = try PersonDecisions.append(.never, "S/a,b.xlsx#Saisines!40", "S/a.xlsx#Saisines!41", comment: "twins",
                                                decisionsFile: file, now: Date(timeIntervalSince1970: 1_800_000_000))
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text == """
        decision,record_a,record_b,comment
        same,S/2023-03.xlsx#Saisines!12,C/b.ods#Saisines!7,moved
        never,"S/a,b.xlsx#Saisines!40",S/a.xlsx#Saisines!41,twins

        """)
        let copy = try #require(second)
        #expect(copy.hasSuffix("personnes.csv.2027-01-15T08-00-00.avant"))
        #expect(try String(contentsOfFile: copy, encoding: .utf8).components(separatedBy: "\n").count == 3)
        // Decided pairs are not asked again, whatever the order of the two records.
        let decided = PairKey.decided(in: file)
        #expect(decided.contains(PairKey.of("C/b.ods#Saisines!7", "S/2023-03.xlsx#Saisines!12")))
        #expect(decided.contains(PairKey.of("S/a.xlsx#Saisines!41", "S/a,b.xlsx#Saisines!40")))
    }

    @Test func anUncertainPairIsReadFromItsFinding() {
        let finding = Finding(kind: "uncertain_person_pair", severity: .info, value: "A#S!1 ~ B#S!2", message: "m")
        #expect(UncertainPair(finding)?.recordA == "A#S!1")
        #expect(UncertainPair(finding)?.recordB == "B#S!2")
        #expect(UncertainPair(Finding(kind: "uncertain_person_pair", severity: .info, value: "A#S!1", message: "m")) == nil)
    }

    @Test func identifyingValuesAreMaskedUnlessShown() {
        let finding = Finding(kind: "invalid_value", severity: .warning, field: "sexe", value: "Robert Zoé",
                              message: "The value Robert Zoé is not a sex.", hint: "Correct C4.")
        let masked = FindingDisplay.visible(finding, identified: false, isKnownWording: { _ in false })
        #expect(masked.value == "«texte, 10 caractères»")
        #expect(!masked.message.contains("Robert"))
        let shown = FindingDisplay.visible(finding, identified: true, isKnownWording: { _ in false })
        #expect(shown.value == "Robert Zoé")
        let name = Finding(kind: "invalid_value", severity: .warning, field: "nom", value: "KOENIG", message: "x KOENIG")
        #expect(FindingDisplay.visible(name, identified: false, isKnownWording: { _ in true }).value?.contains("KOENIG") == false)
    }
}
