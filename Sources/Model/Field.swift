// The fields of DATA-MODEL.md: each rule about a field (its column name, what it holds, whether it
// names a person) is written here once; its title for people is in the catalogue (`column.<name>`).

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

/// A column of the unified dataset, named as DATA-MODEL.md names it.
public enum Field: String, CaseIterable, Sendable, Comparable {
    case recordID = "record_id"
    case site
    case periode
    case territoire
    case porteur
    case dateSaisine = "date_saisine"
    case origine
    case origineDetail = "origine_detail"
    case nom
    case prenom
    case nomNaissance = "nom_naissance"
    case dateNaissance = "date_naissance"
    case age
    case sexe
    case mineur
    case role
    case commune
    case connuISG = "connu_isg"
    case connuCEA = "connu_cea"
    case motifSaisine = "motif_saisine"
    case motifIntervention = "motif_intervention"
    case nbEntretiens = "nb_entretiens"
    case nbLiensPartenaires = "nb_liens_partenaires"
    case orientations
    case personID = "person_id"
    // Meetings.
    case date
    case domaine

    /// The column name in the store, the CSV and the mapping files.
    public var column: String { rawValue }

    /// The columns of `saisines`, in DATA-MODEL.md's order (the store's, the CSV's, the workbook's).
    public static let referralColumns: [Field] = [
        .recordID, .site, .periode, .territoire, .porteur, .dateSaisine, .origine, .origineDetail,
        .nom, .prenom, .nomNaissance, .dateNaissance, .age, .sexe, .mineur, .role, .commune,
        .connuISG, .connuCEA, .motifSaisine, .motifIntervention, .nbEntretiens,
        .nbLiensPartenaires, .orientations, .personID,
    ]

    /// The columns of `reunions`.
    public static let meetingColumns: [Field] = [.recordID, .site, .date, .domaine]

    /// The fields a mapping reads from the files, per table, in DATA-MODEL.md's order.
    public static func mapped(in table: TableKind) -> [Field] {
        (table == .saisines ? referralColumns : meetingColumns).filter { $0.derivation == nil }
    }

    /// The privacy rule: these values name a person, so they leave the store only when asked for.
    public var identifiesPerson: Bool {
        switch self {
        case .nom, .prenom, .nomNaissance, .dateNaissance, .commune: return true
        default: return false
        }
    }

    /// Why no mapping may fill this field, for fields derived rather than read; nil for read fields.
    public var derivation: String? {
        switch self {
        case .recordID: return "it is built from the file, sheet and row"
        case .site: return "it is the mapping's `site:`"
        case .periode: return "it comes from the file or sheet name (`periode:`)"
        case .territoire: return "it is declared for the site in sites.yaml"
        case .porteur: return "it is declared for the site in sites.yaml"
        case .personID: return "it is assigned by person deduplication"
        default: return nil
        }
    }

    /// What a value of this field is, with its codes.
    public var kind: FieldKind {
        switch self {
        case .dateSaisine, .dateNaissance, .date: return .date
        case .age: return .age
        case .nbEntretiens, .nbLiensPartenaires: return .count
        case .mineur, .connuISG, .connuCEA: return .boolean
        case .origine: return .code(Origin.allCases.map(\.rawValue))
        case .sexe: return .code(Sex.allCases.map(\.rawValue))
        case .role: return .code(Role.allCases.map(\.rawValue))
        case .motifSaisine, .motifIntervention: return .code(Motive.allCases.map(\.rawValue))
        case .domaine: return .code(MeetingDomain.allCases.map(\.rawValue))
        case .orientations: return .codeList(Orientation.allCases.map(\.rawValue))
        default: return .text
        }
    }

    private var rank: Int { Field.allCases.firstIndex(of: self) ?? 0 }
    public static func < (a: Field, b: Field) -> Bool { a.rank < b.rank }
}
