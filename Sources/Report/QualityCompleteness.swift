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
    static let fields: [(name: String, isKnown: @Sendable (Referral) -> Bool)] = [
        ("date_saisine", { $0.dateSaisine != nil }),
        ("origine", { $0.origine != nil }),
        ("origine_detail", { !($0.origineDetail ?? "").isEmpty }),
        ("nom", { !($0.nom ?? "").isEmpty }),
        ("prenom", { !($0.prenom ?? "").isEmpty }),
        ("nom_naissance", { !($0.nomNaissance ?? "").isEmpty }),
        ("date_naissance", { $0.dateNaissance != nil }),
        ("age", { $0.age != nil }),
        ("sexe", { $0.sexe != nil }),
        ("mineur", { $0.mineur != nil }),
        ("role", { $0.role != nil }),
        ("commune", { !($0.commune ?? "").isEmpty }),
        ("connu_isg", { $0.connuISG != nil }),
        ("connu_cea", { $0.connuCEA != nil }),
        ("motif_saisine", { $0.motifSaisine != nil }),
        ("motif_intervention", { $0.motifIntervention != nil }),
        ("nb_entretiens", { $0.nbEntretiens != nil }),
        ("nb_liens_partenaires", { $0.nbLiensPartenaires != nil }),
    ]

    var rows: [CompletenessRow]

    init(referrals: [Referral], sites: [String]) {
        var bySite: [String: [Referral]] = [:]
        for r in referrals { bySite[r.site, default: []].append(r) }
        rows = sites.map { site in
            let list = bySite[site] ?? []
            return CompletenessRow(site: site, referrals: list.count, cells: Self.fields.map { field in
                CompletenessCell(field: field.name, known: list.reduce(0) { $0 + (field.isKnown($1) ? 1 : 0) },
                                 total: list.count)
            })
        }
    }
}
