// What changed against the previous import of the same store: new, replaced and absent files.

import Model


struct ReplacedFile: Sendable {
    var previous: FileAccount
    var current: FileAccount
    var keptChange: Int { current.kept - previous.kept }
    /// The kept rows moved by at least 5 rows and 20 %: worth a look before the indicators.
    var isVolumeJump: Bool {
        let change = abs(keptChange)
        return change >= 5 && Double(change) >= 0.2 * Double(max(previous.kept, 1))
    }
}

struct SiteVolumeChange: Sendable {
    var site: String
    var before: Int
    /// Kept rows in the store after this import: this run's files plus the previous import's
    /// files this run did not read (a re-imported file replaces its rows).
    var after: Int
    /// False when this run read no file of the site: its rows are the previous ones, not "unchanged".
    var readThisTime: Bool
}

struct ImportChanges: Sendable {
    var newFiles: [FileAccount]
    var replaced: [ReplacedFile]
    var unchanged: [FileAccount]
    /// Files of the previous import that this run did not read.
    var notRead: [FileAccount]
    var sites: [SiteVolumeChange]

    init(current: [FileAccount], previous: [FileAccount]) {
        var before: [String: FileAccount] = [:]
        for p in previous { before[p.file] = p }
        let now = Set(current.map(\.file))
        let sorted = current.sorted { $0.file < $1.file }
        newFiles = sorted.filter { before[$0.file] == nil }
        replaced = sorted.compactMap { c in
            guard let p = before[c.file], p.contentHash != c.contentHash else { return nil }
            return ReplacedFile(previous: p, current: c)
        }
        unchanged = sorted.filter { before[$0.file]?.contentHash == $0.contentHash }
        notRead = previous.filter { !now.contains($0.file) }.sorted { $0.file < $1.file }

        var beforeBySite: [String: Int] = [:], afterBySite: [String: Int] = [:]
        for p in previous { beforeBySite[p.site, default: 0] += p.kept }
        for c in current { afterBySite[c.site, default: 0] += c.kept }
        for p in notRead { afterBySite[p.site, default: 0] += p.kept }
        sites = Set(beforeBySite.keys).union(afterBySite.keys).sorted().map { site in
            SiteVolumeChange(site: site, before: beforeBySite[site] ?? 0, after: afterBySite[site] ?? 0,
                             readThisTime: current.contains { $0.site == site })
        }
    }

    var volumeJumps: [ReplacedFile] { replaced.filter(\.isVolumeJump) }
}
