// Disjoint sets of record indices, with each set's members kept for the cannot-link checks.

struct UnionFind {
    private var parent: [Int]
    private(set) var members: [[Int]]

    init(count: Int) {
        parent = Array(0..<count)
        members = (0..<count).map { [$0] }
    }

    mutating func find(_ x: Int) -> Int {
        var root = x
        while parent[root] != root { root = parent[root] }
        var y = x
        while parent[y] != root { let next = parent[y]; parent[y] = root; y = next }
        return root
    }

    /// Joins the two sets; returns the new root.
    @discardableResult
    mutating func union(_ a: Int, _ b: Int) -> Int {
        var (ra, rb) = (find(a), find(b))
        if ra == rb { return ra }
        if members[ra].count < members[rb].count { swap(&ra, &rb) }
        parent[rb] = ra
        members[ra].append(contentsOf: members[rb])
        members[rb] = []
        return ra
    }
}
