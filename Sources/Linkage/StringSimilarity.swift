// Edit-based similarity of two ASCII names: Jaro-Winkler and "one typo away".

enum StringSimilarity {
    /// Jaro-Winkler similarity in 0...1 (prefix scale 0.1, up to 4 characters).
    static func jaroWinkler(_ a: [UInt8], _ b: [UInt8]) -> Double {
        if a.isEmpty || b.isEmpty { return 0 }
        if a == b { return 1 }
        let range = max(0, max(a.count, b.count) / 2 - 1)
        var aMatched = [Bool](repeating: false, count: a.count)
        var bMatched = [Bool](repeating: false, count: b.count)
        var matches = 0
        for i in 0..<a.count {
            let lo = max(0, i - range), hi = min(b.count - 1, i + range)
            if lo > hi { continue }
            for j in lo...hi where !bMatched[j] && a[i] == b[j] {
                aMatched[i] = true; bMatched[j] = true; matches += 1
                break
            }
        }
        if matches == 0 { return 0 }
        var transpositions = 0, k = 0
        for i in 0..<a.count where aMatched[i] {
            while !bMatched[k] { k += 1 }
            if a[i] != b[k] { transpositions += 1 }
            k += 1
        }
        let m = Double(matches)
        let jaro = (m / Double(a.count) + m / Double(b.count) + (m - Double(transpositions / 2)) / m) / 3
        var prefix = 0
        while prefix < min(4, min(a.count, b.count)) && a[prefix] == b[prefix] { prefix += 1 }
        return jaro + Double(prefix) * 0.1 * (1 - jaro)
    }

    /// True when one substitution, insertion, deletion or swap of neighbours turns `a` into `b`.
    static func oneEditApart(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        if a == b { return false }
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        switch long.count - short.count {
        case 0:
            var diffs: [Int] = []
            for i in 0..<short.count where short[i] != long[i] {
                diffs.append(i)
                if diffs.count > 2 { return false }
            }
            if diffs.count == 1 { return true }
            return diffs.count == 2 && diffs[1] == diffs[0] + 1
                && short[diffs[0]] == long[diffs[1]] && short[diffs[1]] == long[diffs[0]]
        case 1:
            var i = 0
            while i < short.count && short[i] == long[i] { i += 1 }
            return short[i...] == long[(i + 1)...]
        default:
            return false
        }
    }
}
