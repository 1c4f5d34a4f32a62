// Stable person ids: a person keeps the id it had in the previous run; a new person gets a keyed pseudonym.

/// Turns this run's clusters into person ids.
///
/// - A person takes the previous id most of its records carried (ties: the smaller id); an id goes
///   to one person only, so when last run's person is now split, the larger part keeps it.
/// - A new person's id is `key.pseudonym(for:)` of its smallest record id: the same files give
///   the same ids on every run, and without the key no one can recompute an id from the data.
///
/// - Parameters:
///   - clusters: `LinkResult.clusters`.
///   - previous: last run's record id -> person id (records no longer present are ignored).
public func assignPersonIDs(clusters: [String: Int], previous: [String: String], key: PersonKey) -> [String: String] {
    var membersOf: [Int: [String]] = [:]
    for (record, cluster) in clusters { membersOf[cluster, default: []].append(record) }
    for c in membersOf.keys { membersOf[c]?.sort() }

    // Each (cluster, previous id) vote, strongest claims first.
    var claims: [(cluster: Int, id: String, votes: Int, first: String)] = []
    for (cluster, members) in membersOf {
        var votes: [String: Int] = [:]
        for r in members { if let id = previous[r] { votes[id, default: 0] += 1 } }
        for (id, n) in votes { claims.append((cluster, id, n, members[0])) }
    }
    claims.sort { ($1.votes, $0.id, $0.first) < ($0.votes, $1.id, $1.first) }

    var idOf: [Int: String] = [:]
    var taken = Set(previous.values)
    var given: Set<String> = []
    for claim in claims where idOf[claim.cluster] == nil && !given.contains(claim.id) {
        idOf[claim.cluster] = claim.id
        given.insert(claim.id)
    }
    for (cluster, members) in membersOf.sorted(by: { $0.value[0] < $1.value[0] }) where idOf[cluster] == nil {
        var id = key.pseudonym(for: members[0])
        var attempt = 1
        while taken.contains(id) {
            id = key.pseudonym(for: members[0] + "#\(attempt)")
            attempt += 1
        }
        taken.insert(id)
        idOf[cluster] = id
    }
    var result: [String: String] = [:]
    for (record, cluster) in clusters { result[record] = idOf[cluster] }
    return result
}
