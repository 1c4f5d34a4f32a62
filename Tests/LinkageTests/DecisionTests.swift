// People's decisions are obeyed: "same" joins whatever the scores say, "never" keeps apart even through others.

import Testing
@testable import Linkage

@Suite struct DecisionTests {
    let pair = [
        person("a", "Nussbaum", "Odile", "1961-05-17", .female, "Thann"),
        person("b", "Nussbaum", "Odile", "1961-05-17", .female, "Thann"),
    ]

    @Test func neverKeepsALikelyPairApart() {
        #expect(together(link(background() + pair), "a", "b"))
        let result = link(background() + pair, rules: LinkRules(decisions: [LinkDecision(.never, "b", "a")]))
        #expect(!together(result, "a", "b"))
    }

    @Test func neverHoldsThroughAThirdRecord() {
        let third = person("c", "NUSSBAUM", "odile", "1961-05-17", .female, "Thann")
        let result = link(background() + pair + [third], rules: LinkRules(decisions: [LinkDecision(.never, "a", "b")]))
        #expect(!together(result, "a", "b"))
    }

    @Test func sameJoinsEvenAgainstAVeto() {
        let records = background() + [
            person("x", "Dreyer", "Camille", "1990-02-11", .female),
            person("y", "Wurtz", "Dominique", "1974-10-01", .male),
        ]
        #expect(!together(link(records), "x", "y"))
        let result = link(records, rules: LinkRules(decisions: [LinkDecision(.same, "x", "y")]))
        #expect(together(result, "x", "y"))
        #expect(result.linkScores["x"] == 1)
    }

    @Test func decisionsOnUnknownRecordsAreReported() {
        let d = LinkDecision(.same, "a", "nowhere", source: "personnes.csv:2")
        let result = link(background() + pair, rules: LinkRules(decisions: [d]))
        #expect(result.unusedDecisions == [d])
    }

    @Test func decisionFileReadsFrenchAndEnglishWords() throws {
        let text = "decision,record_a,record_b,comment\nmême,\"f.xlsx#Janv!3\",f.xlsx#Fev!4,vue en entretien\njamais,a,b,\nsame,c,d\n"
        let decisions = try LinkFiles.readDecisions(text, file: "personnes.csv")
        #expect(decisions.map(\.kind) == [.same, .never, .same])
        #expect(decisions[0].recordA == "f.xlsx#Janv!3")
        #expect(decisions[1].source == "personnes.csv:3")
        #expect(throws: LinkFileError.self) {
            try LinkFiles.readDecisions("decision,record_a,record_b\nperhaps,a,b\n", file: "p.csv")
        }
    }
}
