// A referral read and written column by column, through `Field`: the one place that knows which
// property holds which column, for the store, the exports and anything else that writes rows.

/// A column's value, typed by what the column holds; nil when unknown.
public enum ColumnValue: Hashable, Sendable {
    case text(String?)
    case integer(Int?)
    case boolean(Bool?)
    case date(CivilDate?)

    public var text: String? {
        switch self {
        case .text(let s): return s
        case .integer(let i): return i.map(String.init)
        case .boolean(let b): return b.map { $0 ? "true" : "false" }
        case .date(let d): return d?.description
        }
    }
}

extension Referral {
    /// The value of `field`; a code list is written `;`-separated in DATA-MODEL.md's order.
    public subscript(field: Field) -> ColumnValue {
        get {
            switch field {
            case .recordID: return .text(recordID)
            case .site: return .text(site)
            case .periode: return .text(periode)
            case .territoire: return .text(territoire)
            case .porteur: return .text(porteur)
            case .dateSaisine: return .date(dateSaisine)
            case .origine: return .text(origine?.rawValue)
            case .origineDetail: return .text(origineDetail)
            case .nom: return .text(nom)
            case .prenom: return .text(prenom)
            case .nomNaissance: return .text(nomNaissance)
            case .dateNaissance: return .date(dateNaissance)
            case .age: return .integer(age)
            case .sexe: return .text(sexe?.rawValue)
            case .mineur: return .boolean(mineur)
            case .role: return .text(role?.rawValue)
            case .commune: return .text(commune)
            case .connuISG: return .boolean(connuISG)
            case .connuCEA: return .boolean(connuCEA)
            case .motifSaisine: return .text(motifSaisine?.rawValue)
            case .motifIntervention: return .text(motifIntervention?.rawValue)
            case .nbEntretiens: return .integer(nbEntretiens)
            case .nbLiensPartenaires: return .integer(nbLiensPartenaires)
            case .orientations: return .text(orientations.sorted().map(\.rawValue).joined(separator: ";"))
            case .personID: return .text(personID)
            case .date, .domaine: return .text(nil)
            }
        }
        set {
            let text = newValue.text
            switch field {
            case .recordID: recordID = text ?? ""
            case .site: site = text ?? ""
            case .periode: periode = text ?? ""
            case .territoire: territoire = text ?? ""
            case .porteur: porteur = text ?? ""
            case .dateSaisine: dateSaisine = newValue.date
            case .origine: origine = text.flatMap(Origin.init(rawValue:))
            case .origineDetail: origineDetail = text
            case .nom: nom = text
            case .prenom: prenom = text
            case .nomNaissance: nomNaissance = text
            case .dateNaissance: dateNaissance = newValue.date
            case .age: age = newValue.integer
            case .sexe: sexe = text.flatMap(Sex.init(rawValue:))
            case .mineur: mineur = newValue.boolean
            case .role: role = text.flatMap(Role.init(rawValue:))
            case .commune: commune = text
            case .connuISG: connuISG = newValue.boolean
            case .connuCEA: connuCEA = newValue.boolean
            case .motifSaisine: motifSaisine = text.flatMap(Motive.init(rawValue:))
            case .motifIntervention: motifIntervention = text.flatMap(Motive.init(rawValue:))
            case .nbEntretiens: nbEntretiens = newValue.integer
            case .nbLiensPartenaires: nbLiensPartenaires = newValue.integer
            case .orientations:
                orientations = (text ?? "").split(separator: ";").compactMap { Orientation(rawValue: String($0)) }.sorted()
            case .personID: personID = text
            case .date, .domaine: break
            }
        }
    }
}

extension ColumnValue {
    var date: CivilDate? {
        switch self {
        case .date(let d): return d
        case .text(let s): return s.flatMap(CivilDate.init(iso:))
        default: return nil
        }
    }

    var integer: Int? {
        switch self {
        case .integer(let i): return i
        case .text(let s): return s.flatMap { Int($0) }
        default: return nil
        }
    }

    var boolean: Bool? {
        switch self {
        case .boolean(let b): return b
        case .integer(let i): return i.map { $0 != 0 }
        case .text(let s): return s.flatMap { ["true": true, "false": false][$0] }
        default: return nil
        }
    }
}
