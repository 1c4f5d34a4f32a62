// Per site and field: the share of kept referrals where the field is known (the heat table).

import Model


struct CompletenessCell: Sendable {
    var field: String
    var known: Int
    var total: Int
    var share: Double? { total == 0 ? nil : Double(known) / Double(total) }
}

struct CompletenessRow: Sendable {
    var site: String
    var referrals: Int
    var cells: [CompletenessCell]
}

struct CompletenessTable: Sendable {
    /// The fields read from the forms, in DATA-MODEL.md's order. Derived fields (site, periode,
    /// territoire, porteur, person_id) are always known, and `orientations` is left out: an empty
    /// set is a real answer ("Aucune") that the record cannot tell from an unknown one.
    static let fields: [Field] = Field.mapped(in: .saisines).filter { $0 != .orientations }

    var rows: [CompletenessRow]

    init(referrals: [Referral], sites: [String]) {
        var bySite: [String: [Referral]] = [:]
        for r in referrals { bySite[r.site, default: []].append(r) }
        rows = sites.map { site in
            let list = bySite[site] ?? []
            return CompletenessRow(site: site, referrals: list.count, cells: Self.fields.map { field in
                CompletenessCell(field: field.column, known: list.reduce(0) { $0 + (($1[field].text ?? "").isEmpty ? 0 : 1) },
                                 total: list.count)
            })
        }
    }
}
