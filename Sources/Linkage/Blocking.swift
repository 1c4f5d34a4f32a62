// Candidate pairs: records that share their name sounds and most of a birth date (or its year, against a 01/01 placeholder), or a birth date and one name sound.

/// Finds the pairs worth comparing without comparing everything with everything. Every key is
/// order-free between surname and first name, so names typed in each other's column still meet.
enum Blocking {
    /// A block larger than this says nothing (a placeholder date, a name shared by a crowd).
    static let maxBlock = 2_000

    static func candidatePairs(_ people: [NormalisedPerson], undatedCanLink: [Bool]? = nil) -> [UInt64] {
        // `restricted` entries pair only with unrestricted ones: the names-only key pairs records
        // only when one of them has no birth date, the names-and-year key only when one of them is
        // a `01/01` placeholder; other dated records meet on their date or on a date one slip away.
        var keyed: [(key: UInt64, index: Int32, restricted: Bool)] = []
        keyed.reserveCapacity(people.count * 12)
        for (index, p) in people.enumerated() {
            let i = Int32(index)
            let surnameSounds = Set(p.surnames.map(\.sound))
            var firstSounds = Set(p.firstWords.map(SoundKey.of))
            if let f = p.first { firstSounds.insert(f.sound) }
            let dated = p.birthDate != nil
            for s in surnameSounds {
                for f in firstSounds {
                    let names = s < f ? s + "|" + f : f + "|" + s
                    if dated || undatedCanLink?[index] ?? true {
                        keyed.append((hash(1, names, ""), i, dated))
                    }
                    if let d = p.birthDate {
                        keyed.append((hash(7, names, "\(d.year)"), i, !BirthDateSlip.isPlaceholder(d)))
                        // Each slip changes one part of the date (or swaps day and month): the
                        // other parts still meet.
                        let (lo, hi) = (min(d.month, d.day), max(d.month, d.day))
                        keyed.append((hash(3, names, "\(d.year)-\(d.month)"), i, false))
                        keyed.append((hash(4, names, "\(d.year)/\(d.day)"), i, false))
                        keyed.append((hash(5, names, "\(d.month)-\(d.day)"), i, false))
                        keyed.append((hash(6, names, "\(d.year):\(lo):\(hi)"), i, false))
                    }
                }
            }
            if let d = p.birthDate {
                let date = d.description
                for sound in surnameSounds.union(firstSounds) {
                    keyed.append((hash(2, date, sound), i, false))
                }
            }
        }
        keyed.sort { $0.key != $1.key ? $0.key < $1.key : $0.index < $1.index }
        var pairs: [UInt64] = []
        var start = 0
        while start < keyed.count {
            var end = start + 1
            while end < keyed.count && keyed[end].key == keyed[start].key { end += 1 }
            if end - start > 1 && end - start <= maxBlock {
                for x in start..<end {
                    for y in (x + 1)..<end where keyed[x].index != keyed[y].index && !(keyed[x].restricted && keyed[y].restricted) {
                        pairs.append(UInt64(UInt32(keyed[x].index)) << 32 | UInt64(UInt32(keyed[y].index)))
                    }
                }
            }
            start = end
        }
        pairs.sort()
        var unique: [UInt64] = []
        unique.reserveCapacity(pairs.count)
        for p in pairs where p != unique.last { unique.append(p) }
        return unique
    }

    /// A candidate pair, smaller index first, packed in one integer.
    static func unpack(_ pair: UInt64) -> (Int, Int) {
        (Int(pair >> 32), Int(pair & 0xFFFF_FFFF))
    }

    /// FNV-1a over the parts: deterministic from run to run, unlike `Hasher`.
    private static func hash(_ kind: UInt8, _ a: String, _ b: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ byte: UInt8) { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        mix(kind)
        for c in a.utf8 { mix(c) }
        mix(0)
        for c in b.utf8 { mix(c) }
        return h
    }
}
