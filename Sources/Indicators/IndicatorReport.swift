// Computing the indicators from the consolidated rows: per scope, per period, and the monthly series.

import Model


/// Everything `isg indicators` prints, computed once and formatted as text, CSV, JSON or HTML.
public struct IndicatorReport: Sendable {
    public var period: Period
    public var scopes: [Scope]
    /// In `scopes` order.
    public var values: [Scope: IndicatorValues]
    /// The same figures per quarter or month when asked.
    public var split: Period.Split?
    public var subperiods: [(period: Period, values: [Scope: IndicatorValues])]
    /// Month (`YYYY-MM`) -> site -> referrals.
    public var monthlyReferrals: [String: [String: Int]]
    public var sites: [String]
    /// Where the figures come from, for the page handed to a board; empty when computed from rows alone.
    public var provenance = Provenance()

    /// When and from what the figures were made, and what was accepted to make them.
    public struct Provenance: Sendable {
        /// Local time, `YYYY-MM-DD HH:MM`.
        public var generatedAt: String?
        public var store: String?
        public var files: [FileAccount] = []
        /// Error findings of the latest import, accepted with `--accept-findings`.
        public var acceptedErrors = 0
        public init() {}
    }

    /// Months of the period where a site reported no referral (by the month each row was reported for).
    public var missingMonths: [String: [String]] {
        var seen: [String: Set<String>] = [:]
        for (month, row) in monthlyReferrals { for (site, n) in row where n > 0 { seen[site, default: []].insert(month) } }
        let months = period.months
        var out: [String: [String]] = [:]
        for site in sites { out[site] = months.filter { !(seen[site]?.contains($0) ?? false) } }
        return out
    }

    /// `siteTerritories` places meetings (which carry only a site) in 67 or 68.
    public init(referrals: [Referral], meetings: [Meeting], period: Period, scopes: [Scope],
                siteTerritories: [String: String], split: Period.Split? = nil) {
        self.period = period
        self.scopes = scopes
        self.split = split
        let inPeriod = referrals.filter { Period.countingDate(of: $0).map(period.contains) ?? false }
        let meetingsInPeriod = meetings.filter { $0.date.map(period.contains) ?? false }
        values = IndicatorReport.compute(inPeriod, meetingsInPeriod, scopes: scopes, siteTerritories: siteTerritories)
        subperiods = (split.map { period.split(by: $0) } ?? []).map { part in
            let r = inPeriod.filter { Period.countingDate(of: $0).map(part.contains) ?? false }
            let m = meetingsInPeriod.filter { $0.date.map(part.contains) ?? false }
            return (part, IndicatorReport.compute(r, m, scopes: scopes, siteTerritories: siteTerritories))
        }
        var monthly: [String: [String: Int]] = [:]
        for month in period.months { monthly[month] = [:] }
        for r in inPeriod {
            guard let date = Period.countingDate(of: r) else { continue }
            monthly[String(date.description.prefix(7)), default: [:]][r.site, default: 0] += 1
        }
        monthlyReferrals = monthly
        sites = Set(siteTerritories.keys).union(inPeriod.map(\.site)).sorted {
            (siteTerritories[$0] ?? "", $0) < (siteTerritories[$1] ?? "", $1)
        }
    }

    static func compute(_ referrals: [Referral], _ meetings: [Meeting], scopes: [Scope],
                        siteTerritories: [String: String]) -> [Scope: IndicatorValues] {
        var result: [Scope: IndicatorValues] = [:]
        for scope in scopes {
            var v = IndicatorValues()
            var persons = Set<String>()
            var anonymous = 0
            for r in referrals where scope.contains(site: r.site, territory: r.territoire) {
                v.add(r)
                // A referral the linkage left without an id is a person of its own.
                if let id = r.personID, !id.isEmpty { persons.insert(id) } else { anonymous += 1 }
            }
            v.distinctPersons = persons.count + anonymous
            v.shareOfAlsace = Share(numerator: v.referrals, denominator: referrals.count, unknown: 0)
            v.meetings = meetings.filter { scope.contains(site: $0.site, territory: siteTerritories[$0.site]) }.count
            result[scope] = v
        }
        return result
    }

    /// The default period: the calendar year of the latest referral.
    public static func latestYear(of referrals: [Referral]) -> Period? {
        referrals.compactMap(Period.countingDate(of:)).max().map { Period.year($0.year) }
    }
}
