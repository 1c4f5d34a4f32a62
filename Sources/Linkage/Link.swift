// `link`: normalise, block, score, then cluster under the vetoes and the people's decisions.

import Foundation

/// Groups the records that belong to one person.
///
/// 1. "Same" decisions join their records first; "never" decisions and the vetoes (`Veto`) forbid
///    any join that would put the two records in one person, even through a third record.
/// 2. Pairs with both birth dates join, strongest first, when their match probability is at
///    least one half. The probability is `1 / (1 + 2^-(W + log2(0.6 / N)))`: W is the sum of the
///    trait weights, and the prior says a record has about 0.6 true partners among N records.
/// 3. A record without a birth date joins the one person whose names it shares (one name equal,
///    the other at least a slip away, probability at least one half); if its names fit several
///    persons (a father and son of one name) and none is 8 times likelier than the next (a shared
///    commune), it joins the likeliest when it surely is one of them (nine in ten: the count of
///    persons is right whichever it is), else it stays alone; either way the choice is listed.
///
/// Pairs are listed for review (`LinkResult.uncertain`, see `Linker.reviewDecisions`) when their
/// decision would change who is one person and the model is unsure of it: probability between
/// 0.1 and 0.9 and nothing confident already deciding it, or an undated record that fits several
/// persons; the decisions that matter most first, up to `LinkRules.reviewLimit`.
public func link(_ records: [PersonRecord], rules: LinkRules = LinkRules()) -> LinkResult {
    let comparer = Comparer(records: records)
    let people = comparer.people
    var linker = Linker(records: records, comparer: comparer)
    linker.applyDecisions(rules.decisions)
    linker.keepPreviousPersons(rules.previous)
    // An undated record whose names cannot outweigh the prior on their own needs no candidates.
    let undatedCanLink = people.indices.map { people[$0].birthDate != nil || comparer.undatedBound($0) + linker.prior >= 0 }
    let pairs = Blocking.candidatePairs(people, undatedCanLink: undatedCanLink)
    linker.clusterDated(pairs)
    linker.attachUndated(pairs)
    var result = linker.result(reviewLimit: rules.reviewLimit ?? LinkRules.defaultReviewLimit(records: records.count))
    result.candidatePairs = pairs.count
    return result
}

struct Linker {
    let records: [PersonRecord]
    let comparer: Comparer
    let prior: Double
    var sets: UnionFind
    /// The same joins as `sets`, less those the model was unsure of (see `reviewDecisions`).
    var confident: UnionFind
    var never: Set<UInt64> = []
    /// Records joined by "same" decisions, labelled by their decided group: no veto applies inside a group.
    var forced: [Int: Int] = [:]
    /// Per set root: whether the set holds a record with a birth date.
    var dated: [Bool]
    var uncertain: [UncertainPair] = []
    var unused: [LinkDecision] = []

    init(records: [PersonRecord], comparer: Comparer) {
        self.records = records
        self.comparer = comparer
        prior = Foundation.log2(0.6 / Double(max(records.count, 2)))
        sets = UnionFind(count: records.count)
        confident = UnionFind(count: records.count)
        dated = records.map { $0.birthDate != nil }
    }

    mutating func join(_ a: Int, _ b: Int) {
        let either = dated[sets.find(a)] || dated[sets.find(b)]
        dated[sets.union(a, b)] = either
    }

    static func pairKey(_ i: Int, _ j: Int) -> UInt64 {
        let (lo, hi) = i < j ? (i, j) : (j, i)
        return UInt64(lo) << 32 | UInt64(hi)
    }

    func probability(_ weight: Double) -> Double {
        1 / (1 + Foundation.pow(2, -(weight + prior)))
    }

    mutating func applyDecisions(_ decisions: [LinkDecision]) {
        var index: [String: Int] = [:]
        for (i, r) in records.enumerated() { index[r.recordID] = i }
        let resolved = decisions.compactMap { d -> (LinkDecision, Int, Int)? in
            guard let a = index[d.recordA], let b = index[d.recordB], a != b else { unused.append(d); return nil }
            return (d, a, b)
        }
        for (d, a, b) in resolved where d.kind == .never { never.insert(Self.pairKey(a, b)) }
        for (d, a, b) in resolved where d.kind == .same {
            guard canJoin(a, b, checkVetoes: false) else { unused.append(d); continue }
            join(a, b)
            joinConfidently(a, b)
            forced[a] = a; forced[b] = b
        }
        for x in Array(forced.keys) { forced[x] = sets.find(x) }
    }

    mutating func keepPreviousPersons(_ previous: [String: String]) {
        guard !previous.isEmpty else { return }
        var first: [String: Int] = [:]
        for (i, r) in records.enumerated() {
            guard let person = previous[r.recordID] else { continue }
            if let j = first[person] {
                if canJoin(i, j) { join(i, j); joinConfidently(i, j) }
            } else {
                first[person] = i
            }
        }
    }

    func decidedTogether(_ x: Int, _ y: Int) -> Bool {
        guard let gx = forced[x], let gy = forced[y] else { return false }
        return gx == gy
    }

    /// True when no "never" decision, and (unless decided by a person) no veto, stands between the two sets.
    mutating func canJoin(_ a: Int, _ b: Int, checkVetoes: Bool = true) -> Bool {
        let (ra, rb) = (sets.find(a), sets.find(b))
        if ra == rb { return true }
        for x in sets.members[ra] {
            for y in sets.members[rb] {
                if never.contains(Self.pairKey(x, y)) { return false }
                guard checkVetoes && !decidedTogether(x, y), let veto = comparer.compare(x, y).veto else { continue }
                let both = sets.members[ra] + sets.members[rb]
                if veto == .twins && both.contains(where: { comparer.doubleNameJoins(x, y, through: $0) }) { continue }
                return false
            }
        }
        return true
    }

    mutating func note(_ i: Int, _ j: Int, _ c: PairComparison, _ p: Double, _ outcome: UncertainPair.Outcome) {
        uncertain.append(UncertainPair(recordA: records[i].recordID, recordB: records[j].recordID,
                                       score: p, outcome: outcome, traits: c.traits))
    }

    mutating func clusterDated(_ pairs: [UInt64]) {
        var accepted: [(weight: Double, i: Int, j: Int)] = []
        var band: [(Int, Int, PairComparison, Double)] = []
        let comparer = self.comparer, records = self.records, prior = self.prior
        let scored = Parallel.flatMap(pairs.count) { k -> [(Int, Int, PairComparison)] in
            let (i, j) = Blocking.unpack(pairs[k])
            guard records[i].birthDate != nil && records[j].birthDate != nil else { return [] }
            // Most candidates are namesakes born on other days: vetoed at once, and only worth a
            // person's look when their names are the same.
            if comparer.datesForbid(i, j) && !comparer.sameNames(i, j) { return [] }
            let c = comparer.compare(i, j)
            return c.weight + prior >= Self.bandBits.lowerBound ? [(i, j, c)] : []
        }
        for (i, j, c) in scored {
            let w = c.weight, p = probability(w)
            // A veto is a confident decision: nothing to review.
            if c.veto != nil { continue }
            if p >= 0.5 { accepted.append((w, i, j)) }
            if Self.doubtful.contains(p) { band.append((i, j, c, p)) }
        }
        accepted.sort { ($0.weight, $1.i, $1.j) > ($1.weight, $0.i, $0.j) }
        for link in accepted where canJoin(link.i, link.j) {
            join(link.i, link.j)
            if probability(link.weight) >= Self.confidentLink { joinConfidently(link.i, link.j) }
        }
        for (i, j, c, p) in band {
            note(i, j, c, p, sets.find(i) == sets.find(j) ? .linked : .keptApart)
        }
    }

    /// The probabilities the model is not sure of: nine in ten either way is a confident decision.
    static let doubtful = 0.1..<0.9
    /// `doubtful` in bits of posterior odds.
    static let bandBits = Foundation.log2(0.1 / 0.9)..<Foundation.log2(0.9 / 0.1)

    mutating func result(reviewLimit: Int) -> LinkResult {
        // Each record's best tie into its person, over the candidate pairs inside the person.
        var clusters: [String: Int] = [:]
        var number: [Int: Int] = [:]
        var scores: [String: Double] = [:]
        for i in records.indices {
            let root = sets.find(i)
            let n = number[root] ?? number.count
            number[root] = n
            clusters[records[i].recordID] = n
            let others = sets.members[root]
            guard others.count > 1 else { continue }
            var best = others.contains(where: { $0 != i && decidedTogether(i, $0) }) ? 1.0 : 0.0
            for j in others where j != i && best < 1 {
                best = max(best, probability(comparer.compare(i, j).weight))
            }
            scores[records[i].recordID] = best
        }
        let review = ReviewList.ordered(reviewDecisions(), limit: reviewLimit)
        return LinkResult(clusters: clusters, linkScores: scores, uncertain: review.listed,
                          unlistedDecisions: review.unlisted, unlistedMisplaced: review.unlistedMisplaced,
                          unlistedChangingTheCount: review.unlistedChangingTheCount,
                          unusedDecisions: unused, candidatePairs: 0)
    }
}
