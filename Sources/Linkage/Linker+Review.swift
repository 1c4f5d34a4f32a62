// The review list: only the pairs whose decision would change a count, the most consequential first.

import Foundation

extension Linker {
    /// A link at or above this probability is one the model decides alone.
    static var confidentLink: Double { doubtful.upperBound }

    /// Records joined by confident evidence (or by people): a doubtful pair inside such a group
    /// changes no count whichever way it is decided.
    mutating func joinConfidently(_ a: Int, _ b: Int) {
        confident.union(a, b)
    }

    /// What a person has to look at, from the pairs noted while linking:
    /// - a veto is a confident decision (two births, twins, an age): not listed;
    /// - a doubtful link is listed only when nothing confident holds its two records together;
    /// - of the doubtful pairs between the same two groups, only the likeliest;
    /// - an undated record whose names fit several persons: its two likeliest persons.
    /// Ordered by how much the decision matters: the records that would change person, times how
    /// close the probability is to one half (a coin toss matters most), then by record ids.
    mutating func reviewList() -> [UncertainPair] {
        var index: [String: Int] = [:]
        for (i, r) in records.enumerated() { index[r.recordID] = i }
        var kept: [(pair: UncertainPair, weight: Double)] = []
        // One entry per pair of groups the decision is about: the likeliest of their pairs.
        var entryOf: [UInt64: Int] = [:]
        func keepLikeliest(_ pair: UncertainPair, weight: Double, key: UInt64) {
            if let k = entryOf[key] {
                if kept[k].pair.score < pair.score { kept[k] = (pair, weight) }
            } else {
                entryOf[key] = kept.count
                kept.append((pair, weight))
            }
        }
        for pair in uncertain {
            guard let i = index[pair.recordA], let j = index[pair.recordB] else { continue }
            let (ri, rj) = (sets.find(i), sets.find(j))
            let moved = Double(min(sets.members[ri].count, sets.members[rj].count))
            let doubt = 1 - 2 * abs(pair.score - 0.5)
            switch pair.outcome {
            case .vetoed:
                continue
            case .linked:
                let (ci, cj) = (confident.find(i), confident.find(j))
                if ci == cj { continue }
                // Undoing the link moves the records on the weaker side of it.
                let side = Double(min(confident.members[ci].count, confident.members[cj].count))
                keepLikeliest(pair, weight: side * doubt, key: Self.pairKey(ci, cj))
            case .keptApart:
                if ri == rj { continue }
                keepLikeliest(pair, weight: moved * doubt, key: Self.pairKey(ri, rj))
            case .ambiguous:
                kept.append((pair, max(1, moved) * doubt))
            }
        }
        kept.sort { ($0.weight, $1.pair.recordA, $1.pair.recordB) > ($1.weight, $0.pair.recordA, $0.pair.recordB) }
        return kept.map(\.pair)
    }
}
