// The review list: the doubtful decisions that change who is one person, the most consequential first, within a reviewer's budget.

import Foundation

extension Linker {
    /// A link at or above this probability is one the model decides alone.
    static var confidentLink: Double { doubtful.upperBound }

    /// Records joined by confident evidence (or by people): a doubtful pair inside such a group
    /// changes no count whichever way it is decided.
    mutating func joinConfidently(_ a: Int, _ b: Int) {
        confident.union(a, b)
    }

    /// What a person has to look at, from the pairs noted while linking, as decisions:
    /// - a veto is a confident decision (two births, twins, an age): not listed;
    /// - a doubtful link is listed only when nothing confident holds its two records together;
    /// - the doubtful pairs between the same two groups are one decision, shown by the likeliest;
    /// - an undated record whose names fit several persons is one decision, shown with its two
    ///   likeliest persons (the one it joined first, if it joined one).
    /// Each decision weighs what it matters: `ReviewList.expectedMisplaced`.
    mutating func reviewDecisions() -> [ReviewDecision] {
        var index: [String: Int] = [:]
        for (i, r) in records.enumerated() { index[r.recordID] = i }
        var decisions: [ReviewDecision] = []
        var entryOf: [UInt64: Int] = [:]
        var undatedEntry: [Int: Int] = [:]
        func keepLikeliest(_ pair: UncertainPair, _ weight: Double, countDoubt: Double, key: UInt64) {
            let decision = ReviewDecision(pairs: [pair], importance: weight, countDoubt: countDoubt)
            if let k = entryOf[key] {
                if decisions[k].pairs[0].score < pair.score { decisions[k] = decision }
            } else {
                entryOf[key] = decisions.count
                decisions.append(decision)
            }
        }
        for pair in uncertain {
            guard let i = index[pair.recordA], let j = index[pair.recordB] else { continue }
            let (ri, rj) = (sets.find(i), sets.find(j))
            switch pair.outcome {
            case .vetoed:
                continue
            case .linked:
                let (ci, cj) = (confident.find(i), confident.find(j))
                if ci == cj { continue }
                // Undoing the link moves the records on the weaker side of it.
                let side = min(confident.members[ci].count, confident.members[cj].count)
                keepLikeliest(pair, ReviewList.expectedMisplaced(linked: true, score: pair.score, moved: side),
                              countDoubt: 1 - pair.score, key: Self.pairKey(ci, cj))
            case .keptApart:
                if ri == rj { continue }
                let moved = min(sets.members[ri].count, sets.members[rj].count)
                keepLikeliest(pair, ReviewList.expectedMisplaced(linked: false, score: pair.score, moved: moved),
                              countDoubt: pair.score, key: Self.pairKey(ri, rj))
            case .ambiguous, .chosen:
                if let k = undatedEntry[i] {
                    decisions[k].pairs.append(pair)
                } else {
                    undatedEntry[i] = decisions.count
                    decisions.append(ReviewDecision(pairs: [pair], importance: 0, countDoubt: 0))
                }
            }
        }
        for k in undatedEntry.values {
            let scores = decisions[k].pairs.map(\.score)
            let belongs = ReviewList.chanceOfAny(scores)
            if let chosen = decisions[k].pairs.first(where: { $0.outcome == .chosen }) {
                decisions[k].importance = ReviewList.expectedMisplaced(chosen: chosen.score, among: scores)
                decisions[k].countDoubt = 1 - belongs
            } else {
                decisions[k].importance = ReviewList.expectedMisplaced(alone: scores)
                decisions[k].countDoubt = belongs
            }
        }
        return decisions
    }
}

/// One decision for a person: one pair, or the candidates of one record without a birth date.
struct ReviewDecision {
    var pairs: [UncertainPair]
    /// `ReviewList.expectedMisplaced` of the model's decision.
    var importance: Double
    /// The chance that the model's decision puts the count of distinct persons (the indicator)
    /// off by one: for a link, that the two are two persons; for a keeping apart, that they are
    /// one; for an undated record, that it belongs to none of its candidates if it joined one,
    /// to one of them if it stayed alone. Choosing between two persons changes no count.
    var countDoubt: Double

    /// Whether the count of persons hangs on this decision beyond the model's confidence.
    var mayChangeTheCount: Bool { countDoubt >= 1 - Linker.confidentLink }
}

/// How much a decision matters, and the list a person can get through.
///
/// A decision matters by the records it would put in the wrong person if the model's choice is
/// wrong: the records that would change person times the probability that the model is wrong.
/// That is the error it leaves in the counts per person (referrals of a person, distinct persons).
enum ReviewList {
    /// A link (or a keeping apart) of a pair with probability `score` of being one person, that
    /// would move `moved` records if reversed.
    static func expectedMisplaced(linked: Bool, score: Double, moved: Int) -> Double {
        Double(moved) * (linked ? 1 - score : score)
    }

    /// The chance that a record belongs to one of the persons its names fit, from the probability
    /// of each: they exclude each other, so their odds add up.
    static func chanceOfAny(_ scores: [Double]) -> Double {
        let total = scores.reduce(0) { $0 + odds($1) }
        return total / (1 + total)
    }

    /// An undated record left alone although its names fit persons with these probabilities: it is
    /// wrong when it belongs to any of them.
    static func expectedMisplaced(alone scores: [Double]) -> Double {
        chanceOfAny(scores)
    }

    /// An undated record joined to the person of probability `chosen` among those its names fit:
    /// it is wrong when it belongs to another of them, or to none.
    static func expectedMisplaced(chosen: Double, among scores: [Double]) -> Double {
        1 - odds(chosen) / (1 + scores.reduce(0) { $0 + odds($1) })
    }

    private static func odds(_ p: Double) -> Double {
        let q = min(p, 0.999_999)
        return q / (1 - q)
    }

    /// The decisions most worth a look first, at most `limit` of them: those the count of persons
    /// hangs on, then those that only choose between persons; each by its importance, ties by
    /// record ids. Every pair of a listed decision carries its rank (`decision`, from 1) and its importance.
    static func ordered(_ decisions: [ReviewDecision], limit: Int)
        -> (listed: [UncertainPair], unlisted: Int, unlistedMisplaced: Double, unlistedChangingTheCount: Int) {
        let sorted = decisions.sorted {
            ($0.mayChangeTheCount ? 1 : 0, $0.importance, $1.pairs[0].recordA, $1.pairs[0].recordB)
                > ($1.mayChangeTheCount ? 1 : 0, $1.importance, $0.pairs[0].recordA, $0.pairs[0].recordB)
        }
        var listed: [UncertainPair] = []
        for (rank, d) in sorted.prefix(limit).enumerated() {
            for var pair in d.pairs {
                pair.decision = rank + 1
                pair.importance = d.importance
                listed.append(pair)
            }
        }
        let rest = sorted.dropFirst(limit)
        return (listed, rest.count, rest.reduce(0) { $0 + $1.importance }, rest.filter(\.mayChangeTheCount).count)
    }
}
