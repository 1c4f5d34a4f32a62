// Name patterns of files and sheets: `*` (any text but `/`), `**` (any text), `?` (one character), compared normalised.

public enum NamePattern {
    /// Both arguments already normalised (`Wording.normalize`).
    public static func matches(_ pattern: String, _ name: String) -> Bool {
        let p = Array(pattern.unicodeScalars), n = Array(name.unicodeScalars)
        return match(p, 0, n, 0)
    }

    public static func hasWildcard(_ pattern: String) -> Bool {
        pattern.contains("*") || pattern.contains("?")
    }

    private static func match(_ p: [Unicode.Scalar], _ i: Int, _ n: [Unicode.Scalar], _ j: Int) -> Bool {
        var i = i, j = j
        while i < p.count {
            switch p[i] {
            case "*":
                let crossesFolders = i + 1 < p.count && p[i + 1] == "*"
                let next = crossesFolders ? i + 2 : i + 1
                var k = j
                while true {
                    if match(p, next, n, k) { return true }
                    guard k < n.count, crossesFolders || n[k] != "/" else { return false }
                    k += 1
                }
            case "?":
                guard j < n.count, n[j] != "/" else { return false }
            default:
                guard j < n.count, n[j] == p[i] else { return false }
            }
            i += 1
            j += 1
        }
        return j == n.count
    }
}
