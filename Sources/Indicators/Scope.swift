// Who the figures are about: all of Alsace, one département, or one site.

import Model


public enum Scope: Hashable, Sendable {
    case alsace
    /// `67` or `68`.
    case territory(String)
    case site(String)

    /// The key in the JSON and the word on the command line.
    public var id: String {
        switch self {
        case .alsace: return "alsace"
        case .territory(let t): return t
        case .site(let s): return s
        }
    }

    public var label: String {
        switch self {
        case .alsace: return "Alsace"
        case .territory("67"): return "Bas-Rhin (67)"
        case .territory("68"): return "Haut-Rhin (68)"
        case .territory(let t): return t
        case .site(let s): return s.prefix(1) + s.dropFirst().lowercased()
        }
    }

    /// Reads `alsace`, a territory code or a site code (any case) among the known sites.
    public init?(argument: String, sites: [String], territories: [String]) {
        let upper = argument.uppercased()
        if upper == "ALSACE" {
            self = .alsace
        } else if territories.contains(upper) {
            self = .territory(upper)
        } else if sites.contains(upper) {
            self = .site(upper)
        } else {
            return nil
        }
    }

    func contains(site: String, territory: String?) -> Bool {
        switch self {
        case .alsace: return true
        case .territory(let t): return territory == t
        case .site(let s): return site == s
        }
    }

    /// Alsace, then each territory, then each site by territory and code.
    public static func defaults(siteTerritories: [String: String]) -> [Scope] {
        let territories = Set(siteTerritories.values).sorted()
        let sites = siteTerritories.keys.sorted { (siteTerritories[$0] ?? "", $0) < (siteTerritories[$1] ?? "", $1) }
        return [.alsace] + territories.map(Scope.territory) + sites.map(Scope.site)
    }
}
