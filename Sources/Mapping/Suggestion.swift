// "Did you mean" suggestions and the similarity of two wordings, by edit distance.

import Texts

public enum Suggestion {
    /// Levenshtein distance over Unicode scalars.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }

    /// 1 for equal texts, 0 for nothing in common; compared after normalisation.
    public static func similarity(_ a: String, _ b: String) -> Double {
        let na = Wording.normalize(a), nb = Wording.normalize(b)
        let longest = max(na.unicodeScalars.count, nb.unicodeScalars.count)
        guard longest > 0 else { return 1 }
        return 1 - Double(editDistance(na, nb)) / Double(longest)
    }

    /// How alike two wordings (headers, labels) are: the closer of edit distance (typos, accents)
    /// and shared words (a header that gained or lost a word, "Origine" -> "Origine saisine").
    /// The one measure of the engine's rename findings, `mapping check` and `mapping draft`.
    public static func wordingSimilarity(_ a: String, _ b: String) -> Double {
        let wordsA = Set(Wording.normalize(a).split(whereSeparator: { !$0.isLetter && !$0.isNumber }))
        let wordsB = Set(Wording.normalize(b).split(whereSeparator: { !$0.isLetter && !$0.isNumber }))
        let total = wordsA.count + wordsB.count
        let dice = total == 0 ? 0 : 2 * Double(wordsA.intersection(wordsB).count) / Double(total)
        return max(similarity(a, b), dice)
    }

    /// Below this, a header (or label) is not offered as a renamed column of a field.
    public static let renameThreshold = 0.6

    /// The closest candidates, best first, when they are close enough to be a likely typo.
    public static func closest(to word: String, in candidates: [String], limit: Int = 2) -> [String] {
        let target = Wording.normalize(word)
        let scored = candidates.map { candidate -> (String, Int) in
            (candidate, editDistance(target, Wording.normalize(candidate)))
        }
        let bound = max(2, target.unicodeScalars.count / 3)
        return scored.filter { $0.1 <= bound }
            .sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
            .prefix(limit).map(\.0)
    }

    /// ` Vouliez-vous dire « x » ?` (` Did you mean "x"?`) or an empty string.
    public static func didYouMean(_ word: String, in candidates: [String]) -> String {
        let found = closest(to: word, in: candidates)
        guard !found.isEmpty else { return "" }
        let t = Texts.current
        return t("mapping.suggest", ["words": found.map { t("mapping.quoted", ["text": $0]) }.joined(separator: t("mapping.suggest.or"))])
    }
}
