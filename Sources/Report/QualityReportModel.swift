// The quality report computed once from its input: sorted, redacted, ready for HTML and JSON.

import Model


/// A finding as the report shows it: its value already hidden when it identifies a person.
struct ShownFinding: Sendable {
    var id: String
    var finding: Finding
    /// True when the value was left out because it identifies a person.
    var valueHidden: Bool
    /// The anchor of the file's account row in the HTML, when the file is one of this run's.
    var fileAnchor: String?
}

/// One row of the nothing-lost account.
struct FileRow: Sendable {
    var anchor: String
    var account: FileAccount
    var findingCount: Int
}

struct QualityReportModel: Sendable {
    static let schemaVersion = 1

    var identified: Bool
    var generatedAt: String?
    var sourceLinkBase: String?
    var sites: [String]
    var files: [FileRow]
    var findings: [ShownFinding]
    var referralCount: Int
    var meetingCount: Int
    var coverage: CoverageGrid
    var completeness: CompletenessTable
    var changes: ImportChanges?

    init(_ input: QualityReportInput) {
        identified = input.identified
        generatedAt = input.generatedAt
        sourceLinkBase = input.sourceLinkBase
        referralCount = input.referrals.count
        meetingCount = input.meetings.count

        var siteSet = Set(input.accounts.map(\.site))
        siteSet.formUnion(input.referrals.map(\.site))
        siteSet.formUnion(input.findings.compactMap(\.site))
        // A file no mapping claims has no site: it is no row of the coverage grid ("No file of  reports...").
        sites = siteSet.filter { !$0.isEmpty }.sorted()

        coverage = CoverageGrid(accounts: input.accounts, referrals: input.referrals,
                                coveredMonths: input.coveredMonths, sites: sites)
        completeness = CompletenessTable(referrals: input.referrals, sites: sites)
        changes = input.previous.map { ImportChanges(current: input.accounts, previous: $0) }

        let allFindings = (input.findings + coverage.missingMonthFindings(existing: input.findings))
            .sorted(by: FindingOrder.precedes)
        let accounts = input.accounts.sorted { ($0.file, $0.site) < ($1.file, $1.site) }
        var anchors: [String: String] = [:]
        for (i, account) in accounts.enumerated() where anchors[account.file] == nil {
            anchors[account.file] = "file-\(i + 1)"
        }
        var perFile: [String: Int] = [:]
        for f in allFindings { if let file = f.file { perFile[file, default: 0] += 1 } }
        files = accounts.enumerated().map { i, account in
            FileRow(anchor: "file-\(i + 1)", account: account, findingCount: perFile[account.file] ?? 0)
        }
        let identified = input.identified, known = input.isKnownWording
        findings = allFindings.enumerated().map { i, finding in
            let (shown, hidden) = FindingPrivacy.redact(finding, identified: identified, isKnownWording: known)
            return ShownFinding(id: "F\(i + 1)", finding: shown, valueHidden: hidden,
                                fileAnchor: finding.file.flatMap { anchors[$0] })
        }
    }

    // MARK: Counts

    var totals: FileAccount {
        var t = FileAccount(file: "", site: "", contentHash: "")
        for row in files {
            t.rowsRead += row.account.rowsRead
            t.kept += row.account.kept
            t.rejected += row.account.rejected
            t.nonData += row.account.nonData
            t.duplicates += row.account.duplicates
        }
        return t
    }

    var unbalancedFiles: [FileRow] { files.filter { !$0.account.isBalanced } }

    func count(_ severity: Severity) -> Int {
        findings.reduce(0) { $0 + ($1.finding.severity == severity ? 1 : 0) }
    }

    /// The findings grouped by site (no site last), then kind (most severe first): counts first.
    var groups: [FindingGroup] {
        var bySite: [String: [ShownFinding]] = [:]
        for f in findings { bySite[f.finding.site ?? "", default: []].append(f) }
        let siteOrder = bySite.keys.sorted { a, b in
            if a.isEmpty != b.isEmpty { return b.isEmpty }
            return a < b
        }
        return siteOrder.map { site in
            let items = bySite[site] ?? []
            var byKind: [String: [ShownFinding]] = [:]
            for f in items { byKind[f.finding.kind, default: []].append(f) }
            let kinds = byKind.map { kind, list in
                KindGroup(kind: kind, severity: list.map(\.finding.severity).min() ?? .info, findings: list)
            }.sorted { ($0.severity, $0.kind) < ($1.severity, $1.kind) }
            return FindingGroup(site: site.isEmpty ? nil : site, kinds: kinds)
        }
    }
}

struct FindingGroup: Sendable {
    var site: String?
    var kinds: [KindGroup]
    var count: Int { kinds.reduce(0) { $0 + $1.findings.count } }
    var anchor: String { "site-" + (site ?? "none") }
}

struct KindGroup: Sendable {
    var kind: String
    /// The most severe severity among the group's findings.
    var severity: Severity
    var findings: [ShownFinding]
}
