// The fields of DATA-MODEL.md a mapping may fill, with the kind of value each holds and its codes.

/// How a field's raw cell becomes a value.
public enum FieldKind: Equatable, Sendable {
    case text
    case date
    /// "45", "45 ans".
    case age
    /// A whole number >= 0, bounded by the mapping's plausibility bound.
    case count
    case boolean
    case code([String])
    /// Several codes: "x" columns, or one cell listing several.
    case codeList([String])

    public var codes: [String] {
        switch self {
        case .code(let codes), .codeList(let codes): return codes
        case .boolean: return ["true", "false"]
        default: return []
        }
    }
}

/// The two tables a mapping fills.
public enum TableKind: String, CaseIterable, Sendable {
    case saisines, reunions
}

public enum FieldCatalog {
    // The same codes as Consolidation/Codes.swift (a test keeps the two in step).
    public static let origins = ["GENDARMERIE", "PRESENTATION_DIRECTE", "SERVICE_EXTERIEUR"]
    public static let sexes = ["F", "M"]
    public static let roles = ["VICTIME", "AUTEUR", "MINEUR_CONCERNE", "AUTRE"]
    public static let motives = ["VIF", "PROTECTION_ENFANCE", "MAJEUR_VULNERABLE", "PRECARITE", "ADDICTION",
                                 "RUPTURE_SOCIALE", "ERRANCE", "DECES_SUICIDE", "AUTRE"]
    public static let orientations = ["SERVICES_SOCIAUX", "MEDICAL", "PSYCHOLOGIQUE", "PSYCHIATRIQUE", "ASSOCIATION",
                                      "LOGEMENT", "HEBERGEMENT_URGENCE", "JUSTICE", "AUTRE"]
    public static let domains = ["ENFANCE", "ASSOCIATIF", "JEUNESSE", "MEDICAL", "AUTRE"]

    /// Fields read from the files, in DATA-MODEL.md's order (record_id, site, periode, territoire,
    /// porteur and person_id are derived, never mapped).
    public static let referralFields: [(String, FieldKind)] = [
        ("date_saisine", .date), ("origine", .code(origins)), ("origine_detail", .text),
        ("nom", .text), ("prenom", .text), ("nom_naissance", .text), ("date_naissance", .date),
        ("age", .age), ("sexe", .code(sexes)), ("mineur", .boolean), ("role", .code(roles)),
        ("commune", .text), ("connu_isg", .boolean), ("connu_cea", .boolean),
        ("motif_saisine", .code(motives)), ("motif_intervention", .code(motives)),
        ("nb_entretiens", .count), ("nb_liens_partenaires", .count), ("orientations", .codeList(orientations)),
    ]

    public static let meetingFields: [(String, FieldKind)] = [("date", .date), ("domaine", .code(domains))]

    public static func fields(of table: TableKind) -> [(String, FieldKind)] {
        table == .saisines ? referralFields : meetingFields
    }

    /// Fields no mapping can fill, and why, for a helpful error.
    public static let derivedFields: [String: String] = [
        "record_id": "it is built from the file, sheet and row",
        "site": "it is the mapping's `site:`",
        "periode": "it comes from the file or sheet name (`periode:`)",
        "territoire": "it is declared for the site in sites.yaml",
        "porteur": "it is declared for the site in sites.yaml",
        "person_id": "it is assigned by person deduplication",
    ]
}
