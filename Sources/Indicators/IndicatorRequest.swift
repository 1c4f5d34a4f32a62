// Reading a store for the indicators: the rows, the sites' territories, and the refusal on unreviewed errors.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Model
import Store
import Texts

/// Why the indicators were not computed.
public enum IndicatorError: Error, CustomStringConvertible, Equatable, Sendable {
    case unreviewedErrors(count: Int)
    case emptyStore
    case unknownScope(String, known: [String])
    case badPeriod(String)

    public var description: String {
        let t = Texts.current
        switch self {
        case .unreviewedErrors(let count): return t.plural("indicators.error.unreviewed", count: count)
        case .emptyStore: return t("indicators.error.empty")
        case .unknownScope(let s, let known): return t("indicators.error.scope", ["scope": s, "known": known.joined(separator: ", ")])
        case .badPeriod(let why): return why
        }
    }
}

public struct IndicatorRequest: Sendable {
    public var period: Period?
    /// Scope words as typed (`alsace`, `67`, `COLMAR`); empty for all.
    public var scopes: [String]
    public var split: Period.Split?
    public var acceptFindings: Bool

    public init(period: Period? = nil, scopes: [String] = [], split: Period.Split? = nil, acceptFindings: Bool = false) {
        self.period = period
        self.scopes = scopes
        self.split = split
        self.acceptFindings = acceptFindings
    }

    /// Computes the report from a store, refusing while error findings wait for review.
    public func run(on store: ConsolidationStore) throws -> IndicatorReport {
        let errors = try store.errorFindingCount()
        if errors > 0, !acceptFindings { throw IndicatorError.unreviewedErrors(count: errors) }
        let referrals = try store.referrals()
        var territories: [String: String] = [:]
        for r in referrals { territories[r.site] = r.territoire }
        // Sites declared by the mappings win over what the rows say.
        for site in try store.sites() { territories[site.code] = site.territory }
        var report = try run(referrals: referrals, meetings: try store.meetings(), siteTerritories: territories)
        report.provenance.generatedAt = WallClock.localMinute()
        report.provenance.store = store.databasePath
        report.provenance.files = try store.importedFiles()
        report.provenance.acceptedErrors = errors
        return report
    }

    public func run(referrals: [Referral], meetings: [Meeting], siteTerritories: [String: String]) throws -> IndicatorReport {
        guard let period = period ?? IndicatorReport.latestYear(of: referrals) else { throw IndicatorError.emptyStore }
        let defaults = Scope.defaults(siteTerritories: siteTerritories)
        var chosen: [Scope] = []
        for word in scopes {
            guard let scope = Scope(argument: word, sites: Array(siteTerritories.keys),
                                    territories: Array(Set(siteTerritories.values))) else {
                throw IndicatorError.unknownScope(word, known: defaults.map(\.id))
            }
            if !chosen.contains(scope) { chosen.append(scope) }
        }
        return IndicatorReport(referrals: referrals, meetings: meetings, period: period,
                               scopes: chosen.isEmpty ? defaults : chosen, siteTerritories: siteTerritories, split: split)
    }

    /// `--year`, or `--from` and `--to` (ISO dates); nil when neither is given.
    public static func period(year: Int?, from: String?, to: String?) throws -> Period? {
        if let year {
            guard from == nil, to == nil else { throw IndicatorError.badPeriod(Texts.current("indicators.error.year-and-range")) }
            guard (1900...9999).contains(year) else { throw IndicatorError.badPeriod(Texts.current("indicators.error.year", ["year": String(year)])) }
            return Period.year(year)
        }
        guard from != nil || to != nil else { return nil }
        guard let fromText = from, let toText = to else {
            throw IndicatorError.badPeriod(Texts.current("indicators.error.from-and-to"))
        }
        guard let start = CivilDate(iso: fromText) else { throw IndicatorError.badPeriod(Texts.current("indicators.error.from", ["date": fromText])) }
        guard let end = CivilDate(iso: toText) else { throw IndicatorError.badPeriod(Texts.current("indicators.error.to", ["date": toText])) }
        guard start <= end else { throw IndicatorError.badPeriod(Texts.current("indicators.error.order", ["from": fromText, "to": toText])) }
        return Period(from: start, to: end)
    }
}
