// Every language says everything: a key in one catalogue and not in another fails here.

import Foundation
import Model
import Testing
import Texts

@Suite struct CatalogueTests {
    @Test func everyLanguageHasEveryKey() {
        let all = Language.allCases.map(Texts.init)
        let union = all.reduce(into: Set<String>()) { $0.formUnion($1.keys) }
        #expect(!union.isEmpty)
        for texts in all {
            let missing = union.subtracting(texts.keys).sorted()
            #expect(missing.isEmpty, "\(texts.language.rawValue) lacks \(missing.joined(separator: ", "))")
        }
    }

    @Test func placeholdersAreTheSameInEveryLanguage() {
        let fr = Texts(.fr), en = Texts(.en)
        for key in fr.keys {
            func names(_ t: String) -> Set<Substring> {
                Set(t.split(separator: "{", omittingEmptySubsequences: false).dropFirst().compactMap { $0.split(separator: "}").first })
            }
            #expect(names(fr(key)) == names(en(key)), "\(key)")
        }
    }

    @Test func frenchConventions() {
        let fr = Texts(.fr), en = Texts(.en)
        #expect(fr.number(4960) == "4\u{202F}960")
        #expect(en.number(4960) == "4,960")
        #expect(fr.number(-1_234_567) == "-1\u{202F}234\u{202F}567")
        #expect(fr.percent(66.4) == "66\u{00A0}%")
        #expect(fr.percent(66.45, decimals: 1) == "66,5\u{00A0}%")
        #expect(en.percent(66.45, decimals: 1) == "66.5%")
        #expect(fr.date(CivilDate(year: 2023, month: 3, day: 5)) == "05/03/2023")
        #expect(fr.plural("rows", count: 1) == "1 ligne")
        #expect(fr.plural("rows", count: 0) == "0 ligne")
        #expect(en.plural("rows", count: 0) == "0 rows")
        #expect(en.plural("rows", count: 2) == "2 rows")
        #expect(fr("error.usage", ["reason": "x"]) == "Utilisation incorrecte : x")
        #expect(fr("no.such.key") == "⟦no.such.key⟧")
    }

    @Test func theLanguageIsChosenByOptionThenEnvironment() {
        #expect(Language.chosen(option: nil, environment: [:]) == .fr)
        #expect(Language.chosen(option: nil, environment: ["ISG_LANG": "en"]) == .en)
        #expect(Language.chosen(option: "fr", environment: ["ISG_LANG": "en"]) == .fr)
        #expect(Language.chosen(option: "de", environment: [:]) == nil)
    }
}

@Suite struct FindingKindTitleTests {
    /// Every kind the engine, the import or the report makes (README's list and the code's) has a
    /// title in every language, singular and plural.
    @Test func everyFindingKindHasATitleInEveryLanguage() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var kinds: Set<String> = []
        let pattern = try NSRegularExpression(pattern: #"(?:kind: |report\()"([a-z_]+)""#)
        for folder in ["Sources/Consolidation", "Sources/Pipeline", "Sources/Report"] {
            let enumerator = FileManager.default.enumerator(atPath: root.appendingPathComponent(folder).path)
            while let name = enumerator?.nextObject() as? String {
                guard name.hasSuffix(".swift"),
                      let text = try? String(contentsOf: root.appendingPathComponent(folder + "/" + name), encoding: .utf8) else { continue }
                for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                    if let range = Range(match.range(at: 1), in: text) { kinds.insert(String(text[range])) }
                }
            }
        }
        #expect(kinds.contains("ambiguous_mark") && kinds.contains("missing_name"), "\(kinds.sorted())")
        for texts in Language.allCases.map(Texts.init) {
            for kind in kinds {
                #expect(texts.keys.contains("report.kind.\(kind).one") && texts.keys.contains("report.kind.\(kind).other"),
                        "\(texts.language.rawValue): no title for \(kind)")
            }
        }
    }
}
