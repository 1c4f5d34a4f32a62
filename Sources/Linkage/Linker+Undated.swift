// Records without a birth date: each joins the one person its names fit; when several fit, the likeliest if it surely is one of them, else none.

import Foundation

extension Linker {
    /// How many bits of evidence one candidate person needs over the next for a record without a birth date to join it.
    static let standOut = 3.0

    /// Names agree enough for a record without a birth date to be this person.
    static func namesAgree(_ c: PairComparison) -> Bool {
        func strong(_ a: Agreement) -> Bool {
            switch a {
            case .exact, .partial, .variant, .typo: return true
            case .missing, .different: return false
            }
        }
        let s = c.agreement(.lastName), f = c.agreement(.firstName)
        return c.veto == nil && strong(s) && strong(f) && (s == .exact || f == .exact)
    }

    /// Runs after `clusterDated`. Dated persons no longer merge with each other here (a record
    /// that fits two of them joins neither), so each undated record's candidates can be reduced,
    /// in parallel, to its best pair per dated person plus its undated partners.
    mutating func attachUndated(_ pairs: [UInt64]) {
        let n = records.count
        // Partners of each undated record, as compressed rows.
        var degree = [Int32](repeating: 0, count: n + 1)
        for p in pairs {
            let (i, j) = Blocking.unpack(p)
            if records[i].birthDate == nil { degree[i + 1] += 1 }
            if records[j].birthDate == nil { degree[j + 1] += 1 }
        }
        for k in 0..<n { degree[k + 1] += degree[k] }
        var fill = degree
        var partner = [Int32](repeating: 0, count: Int(degree[n]))
        for p in pairs {
            let (i, j) = Blocking.unpack(p)
            if records[i].birthDate == nil { partner[Int(fill[i])] = Int32(j); fill[i] += 1 }
            if records[j].birthDate == nil { partner[Int(fill[j])] = Int32(i); fill[j] += 1 }
        }
        let undated = (0..<n).filter { degree[$0 + 1] > degree[$0] }
        var personOf = [Int](repeating: 0, count: n)
        for i in 0..<n { personOf[i] = sets.find(i) }
        let comparer = self.comparer, prior = self.prior, records = self.records
        let start = degree, list = partner, people = personOf

        let viable = Parallel.flatMap(undated.count) { k -> [[(Int, PairComparison)]] in
            let r = undated[k]
            var bestPerPerson: [Int: (Int, PairComparison)] = [:]
            var others: [(Int, PairComparison)] = []
            for e in Int(start[r])..<Int(start[r + 1]) {
                let s = Int(list[e])
                guard comparer.shareAName(r, s) else { continue }
                let c = comparer.compare(r, s)
                guard Self.namesAgree(c) && c.weight + prior >= 0 else { continue }
                if records[s].birthDate == nil {
                    others.append((s, c))
                } else if let best = bestPerPerson[people[s]], best.1.weight >= c.weight {
                    continue
                } else {
                    bestPerPerson[people[s]] = (s, c)
                }
            }
            return [bestPerPerson.sorted { $0.key < $1.key }.map(\.value) + others]
        }

        for (k, r) in undated.enumerated() {
            var datedPersons: [Int: (Int, PairComparison)] = [:]
            var undatedPersons: [Int: (Int, PairComparison)] = [:]
            for (s, c) in viable[k] {
                let root = sets.find(s)
                if root == sets.find(r) { continue }
                if dated[root] {
                    if let kept = datedPersons[root], kept.1.weight >= c.weight { continue }
                    datedPersons[root] = (s, c)
                } else if undatedPersons[root] == nil {
                    undatedPersons[root] = (s, c)
                }
            }
            // Already part of a dated person (through an undated partner): it joins no other.
            if dated[sets.find(r)] && !datedPersons.isEmpty { continue }
            if datedPersons.count > 1 {
                // One person may still stand out: 8 times likelier than the next (a shared commune, a
                // rarer spelling). A person seen on more referrals is likelier to be seen again:
                // log2 of its record count counts as evidence too.
                func evidence(_ root: Int, _ c: PairComparison) -> Double {
                    c.weight + Foundation.log2(Double(sets.members[root].count))
                }
                let ranked = datedPersons.map { (key: $0.key, value: $0.value, score: evidence($0.key, $0.value.1)) }
                    .sorted { ($0.score, $1.key) > ($1.score, $0.key) }
                if ranked[0].score - ranked[1].score >= Self.standOut {
                    datedPersons = [ranked[0].key: ranked[0].value]
                } else {
                    // The two likeliest persons are what a reviewer needs to decide. When the record
                    // is surely one of them, the count of persons does not depend on which: it joins
                    // the likeliest (left alone, it would surely be one person too many), and the
                    // choice is listed.
                    let pairs = ranked.prefix(2).map { (s: $0.value.0, c: $0.value.1, p: probability($0.value.1.weight)) }
                    let joins = ReviewList.chanceOfAny(pairs.map(\.p)) >= Self.confidentLink && canJoin(r, pairs[0].s)
                    for (k, pair) in pairs.enumerated() {
                        note(r, pair.s, pair.c, pair.p, joins && k == 0 ? .chosen : .ambiguous)
                    }
                    if joins { join(r, pairs[0].s) }
                    continue
                }
            }
            let targets = datedPersons.isEmpty ? undatedPersons : datedPersons
            for (_, (s, c)) in targets.sorted(by: { $0.key < $1.key }) where canJoin(r, s) {
                join(r, s)
                let p = probability(c.weight)
                if p >= Self.confidentLink { joinConfidently(r, s) } else { note(r, s, c, p, .linked) }
            }
        }
    }
}
