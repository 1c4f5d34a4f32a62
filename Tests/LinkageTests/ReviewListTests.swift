// The review list holds the doubtful decisions that change who is one person, the most consequential first.

import Testing
@testable import Linkage

@Suite struct ReviewListTests {
    @Test func confidentLinksAndVetoesAreNotListed() {
        let result = linkAmongOthers(
            person("a", "Nussbaum", "Odile", "1961-05-17", .female, "Thann"),
            person("b", "NUSSBAUM", "odile", "1961-05-17", .female, "Thann"),
            person("t1", "Zimmermann", "Lucas", "2010-04-02", .male, "Mulhouse"),
            person("t2", "Zimmermann", "Hugo", "2010-04-02", .male, "Mulhouse")
        )
        #expect(together(result, "a", "b") && !together(result, "t1", "t2"))
        #expect(result.uncertain.isEmpty)
    }

    /// Surely one of two persons, unsure which: the count of persons is the same whichever it is,
    /// so the record joins the likeliest (the son, referred twice) and the choice is listed.
    @Test func anUndatedRecordThatSurelyIsOneOfTwoPersonsJoinsTheLikeliest() {
        let records = background() + [
            person("father", "Heitz", "Roger", "1955-03-12", .male, "Cernay"),
            person("son", "Heitz", "Roger", "1985-03-12", .male, "Cernay"),
            person("son again", "HEITZ", "Roger", "1985-03-12", .male, "Cernay"),
            person("undated", "Heitz", "Roger", nil, .male, "Cernay"),
        ]
        let result = link(records)
        #expect(together(result, "undated", "son") && !together(result, "undated", "father"))
        #expect(!together(result, "father", "son"))
        let listed = result.uncertain
        #expect(listed.map(\.outcome) == [.chosen, .ambiguous])
        #expect(listed.allSatisfy { $0.recordA == "undated" && $0.decision == 1 })
        #expect(listed[1].recordB == "father")
        #expect(ReviewList.chanceOfAny(listed.map(\.score)) >= Linker.confidentLink)
        // Wrong when it is the father's (about one chance in two) or nobody's.
        #expect(abs(listed[0].importance - ReviewList.expectedMisplaced(chosen: listed[0].score, among: listed.map(\.score))) < 1e-9)
        #expect(listed[0].importance > 0.4 && listed[0].importance < 0.6)
    }

    /// Among many people of these names, with neither sex nor commune to help, the record may be
    /// none of its candidates: it stays alone, and the decision weighs the chance that it is one of them.
    @Test func anUndatedRecordThatMayBeNoneOfItsCandidatesStaysAlone() {
        let records = background(600) + [person("undated", "Bauer", "Paul")]
        let result = link(records)
        let listed = result.uncertain.filter { $0.recordA == "undated" }
        #expect(listed.count == 2 && listed.allSatisfy { $0.outcome == .ambiguous })
        #expect(!listed.contains { together(result, "undated", $0.recordB) })
        let chance = ReviewList.chanceOfAny(listed.map(\.score))
        #expect(chance < Linker.confidentLink && chance > 0.5)
        #expect(abs(listed[0].importance - ReviewList.expectedMisplaced(alone: listed.map(\.score))) < 1e-9)
    }

    /// A decision matters by the records it would put in the wrong person: the records that would
    /// change person times the chance the model is wrong.
    @Test func importanceIsRecordsMovedTimesTheChanceOfAMistake() {
        #expect(abs(ReviewList.expectedMisplaced(linked: true, score: 0.8, moved: 3) - 0.6) < 1e-9)
        #expect(abs(ReviewList.expectedMisplaced(linked: false, score: 0.3, moved: 2) - 0.6) < 1e-9)
        // Left alone while two persons fit at even odds each: wrong two times in three.
        #expect(abs(ReviewList.expectedMisplaced(alone: [0.5, 0.5]) - 2.0 / 3) < 1e-9)
        #expect(ReviewList.expectedMisplaced(alone: [1, 1]) < 1)
        // Joined to one of two persons at 0.9 each (odds 9 and 9): right 9 times in 19.
        #expect(abs(ReviewList.expectedMisplaced(chosen: 0.9, among: [0.9, 0.9]) - 10.0 / 19) < 1e-9)
        #expect(abs(ReviewList.chanceOfAny([0.9, 0.9]) - 18.0 / 19) < 1e-9)
    }

    /// The decisions the count of persons hangs on come first, each by what it may misplace; a
    /// choice between two persons, which changes no count, comes after them however much it weighs.
    @Test func theDecisionsThatMatterMostComeFirstUpToTheLimit() {
        func pair(_ a: String, _ b: String) -> UncertainPair {
            UncertainPair(recordA: a, recordB: b, score: 0.5, outcome: .keptApart, traits: [])
        }
        let decisions = [
            ReviewDecision(pairs: [pair("x", "y")], importance: 0.2, countDoubt: 0.2),
            ReviewDecision(pairs: [pair("u", "f"), pair("u", "s")], importance: 0.9, countDoubt: 0.9),
            ReviewDecision(pairs: [pair("m", "n")], importance: 0.5, countDoubt: 0.5),
            ReviewDecision(pairs: [pair("a", "b")], importance: 0.5, countDoubt: 0.5),
            ReviewDecision(pairs: [pair("w", "p"), pair("w", "q")], importance: 0.6, countDoubt: 0.05),
        ]
        let review = ReviewList.ordered(decisions, limit: 4)
        #expect(review.listed.map(\.recordB) == ["f", "s", "b", "n", "y"])
        #expect(review.listed.map(\.decision) == [1, 1, 2, 3, 4])
        #expect(review.listed.map(\.importance) == [0.9, 0.9, 0.5, 0.5, 0.2])
        #expect(review.unlisted == 1 && abs(review.unlistedMisplaced - 0.6) < 1e-9)
        #expect(review.unlistedChangingTheCount == 0)
        let shorter = ReviewList.ordered(decisions, limit: 2)
        #expect(shorter.unlisted == 3 && shorter.unlistedChangingTheCount == 2)
    }

    /// Beyond the limit, decisions are left to the model and counted, not dropped silently.
    @Test func decisionsBeyondTheLimitAreCounted() {
        let records = background() + [
            person("father", "Heitz", "Roger", "1955-03-12", .male, "Cernay"),
            person("son", "Heitz", "Roger", "1985-03-12", .male, "Cernay"),
            person("undated", "Heitz", "Roger", nil, .male, "Cernay"),
        ]
        let result = link(records, rules: LinkRules(reviewLimit: 0))
        #expect(result.uncertain.isEmpty)
        #expect(result.unlistedDecisions == 1 && result.unlistedMisplaced > 0.4)
        // It joined the likelier of two persons it surely is one of: no count hangs on it.
        #expect(result.unlistedChangingTheCount == 0)
        #expect(LinkRules.defaultReviewLimit(records: 50_000) == 999)
        #expect(LinkRules.defaultReviewLimit(records: 100) == 10)
    }

    /// Several doubtful pairs between the same two persons are one decision: listed once.
    @Test func oneEntryPerPairOfPersons() {
        let result = linkAmongOthers(
            person("m1", "Roux", "Emma", "1977-01-27", .female, "Riedisheim"),
            person("m2", "ROUX", "emma", "1977-01-27", .female, "Riedisheim"),
            person("b1", "Martin", "Emma", "1977-01-27", .female, "Lutterbach"),
            person("b2", "MARTIN", "EMMA", "1977-01-27", .female, "Lutterbach")
        )
        let between = result.uncertain.filter { Set([$0.recordA, $0.recordB]).isSubset(of: ["m1", "m2", "b1", "b2"]) }
        #expect(between.count <= 1)
        let keys = result.uncertain.map { [$0.recordA, $0.recordB] }
        #expect(Set(keys).count == keys.count)
    }
}
