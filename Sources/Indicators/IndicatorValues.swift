// The Alsace convergent indicators of DATA-MODEL.md for one scope and one period.

import Model


/// One scope's figures. Counts are plain numbers; shares carry their numerator, denominator and unknowns.
public struct IndicatorValues: Hashable, Sendable {
    public var referrals = 0
    /// This scope's referrals over all Alsace referrals of the period: the 67/68 split.
    public var shareOfAlsace = Share()
    public var referredByGendarmes = Share()
    public var notKnownISG = Share()
    public var notKnownCEA = Share()
    public var women = Share()
    public var minors = Share()
    public var vifAtReferral = Share()
    public var vifAfterAssessment = Share()
    public var interviews = 0
    public var partnerContacts = 0
    public var orientations = 0
    public var meetings = 0
    public var distinctPersons = 0

    public init() {}

    mutating func add(_ r: Referral) {
        referrals += 1
        referredByGendarmes.add(r.origine.map { $0 == .gendarmerie })
        notKnownISG.add(r.connuISG.map { !$0 })
        notKnownCEA.add(r.connuCEA.map { !$0 })
        women.add(r.sexe.map { $0 == .female })
        minors.add(r.mineur)
        vifAtReferral.add(r.motifSaisine.map { $0 == .vif })
        vifAfterAssessment.add(r.motifIntervention.map { $0 == .vif })
        interviews += r.nbEntretiens ?? 0
        partnerContacts += r.nbLiensPartenaires ?? 0
        orientations += r.orientations.count
    }
}

/// An indicator as the outputs list it: its JSON id (its label is `indicator.<id>` in the catalogue), and how to read it.
public struct IndicatorDefinition: Sendable {
    public enum Value: Sendable {
        case count(Int)
        case share(Share)
    }

    public var id: String
    public var read: @Sendable (IndicatorValues) -> Value

    /// In the published table's order; ids as in the JSON.
    public static let all: [IndicatorDefinition] = [
        .init(id: "referrals") { .count($0.referrals) },
        .init(id: "referred_by_gendarmes") { .share($0.referredByGendarmes) },
        .init(id: "not_known_isg") { .share($0.notKnownISG) },
        .init(id: "not_known_cea") { .share($0.notKnownCEA) },
        .init(id: "women") { .share($0.women) },
        .init(id: "minors") { .share($0.minors) },
        .init(id: "vif_at_referral") { .share($0.vifAtReferral) },
        .init(id: "vif_after_assessment") { .share($0.vifAfterAssessment) },
        .init(id: "interviews") { .count($0.interviews) },
        .init(id: "partner_contacts") { .count($0.partnerContacts) },
        .init(id: "orientations") { .count($0.orientations) },
        .init(id: "meetings") { .count($0.meetings) },
        .init(id: "distinct_persons") { .count($0.distinctPersons) },
    ]
}
