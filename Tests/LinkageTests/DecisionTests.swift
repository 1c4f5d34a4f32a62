// People's decisions are obeyed: "same" joins whatever the scores say, "never" keeps apart even through others.

import Testing
@testable import Linkage

@Suite struct DecisionTests {
    let pair = [
        PersonRecord(recordID: "a", lastName: "Nussbaum", firstName: "Odile", birthDate: date("1961-05-17"), sex: .female, commune: "Thann"),
        PersonRecord(recordID: "b", lastName: "Nussbaum", firstName: "Odile", birthDate: date("1961-05-17"), sex: .female, commune: "Thann"),
    ]

    @Test func neverKeepsALikelyPairApart() {
        #expect(together(link(background() + pair), "a", "b"))
        let result = link(background() + pair, rules: LinkRules(decisions: [LinkDecision(.never, "b", "a")]))
        #expect(!together(result, "a", "b"))
    }

    @Test func neverHoldsThroughAThirdRecord() {
        let third = PersonRecord(recordID: "c", lastName: "NUSSBAUM", firstName: "odile", birthDate: date("1961-05-17"), sex: .female, commune: "Thann")
        let result = link(background() + pair + [third], rules: LinkRules(decisions: [LinkDecision(.never, "a", "b")]))
        #expect(!together(result, "a", "b"))
    }

    @Test func sameJoinsEvenAgainstAVeto() {
        let records = background() + [
            PersonRecord(recordID: "x", lastName: "Dreyer", firstName: "Camille", birthDate: date("1990-02-11"), sex: .female),
            PersonRecord(recordID: "y", lastName: "Wurtz", firstName: "Dominique", birthDate: date("1974-10-01"), sex: .male),
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
