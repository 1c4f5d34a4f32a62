// The codes of DATA-MODEL.md: the only values the unified dataset may hold.

public enum Origin: String, CaseIterable, Codable, Sendable {
    case gendarmerie = "GENDARMERIE"
    case presentationDirecte = "PRESENTATION_DIRECTE"
    case serviceExterieur = "SERVICE_EXTERIEUR"
}

public enum Sex: String, CaseIterable, Codable, Sendable {
    case female = "F"
    case male = "M"
}

public enum Role: String, CaseIterable, Codable, Sendable {
    case victime = "VICTIME"
    case auteur = "AUTEUR"
    case mineurConcerne = "MINEUR_CONCERNE"
    case autre = "AUTRE"
}

public enum Motive: String, CaseIterable, Codable, Sendable {
    case vif = "VIF"
    case protectionEnfance = "PROTECTION_ENFANCE"
    case majeurVulnerable = "MAJEUR_VULNERABLE"
    case precarite = "PRECARITE"
    case addiction = "ADDICTION"
    case ruptureSociale = "RUPTURE_SOCIALE"
    case errance = "ERRANCE"
    case decesSuicide = "DECES_SUICIDE"
    case autre = "AUTRE"
}

/// Declared in DATA-MODEL.md's order, which is the order a referral's set is written in.
public enum Orientation: String, CaseIterable, Codable, Sendable, Comparable {
    case servicesSociaux = "SERVICES_SOCIAUX"
    case medical = "MEDICAL"
    case psychologique = "PSYCHOLOGIQUE"
    case psychiatrique = "PSYCHIATRIQUE"
    case association = "ASSOCIATION"
    case logement = "LOGEMENT"
    case hebergementUrgence = "HEBERGEMENT_URGENCE"
    case justice = "JUSTICE"
    case autre = "AUTRE"

    private var rank: Int { Orientation.allCases.firstIndex(of: self) ?? 0 }
    public static func < (a: Orientation, b: Orientation) -> Bool { a.rank < b.rank }
}

public enum MeetingDomain: String, CaseIterable, Codable, Sendable {
    case enfance = "ENFANCE"
    case associatif = "ASSOCIATIF"
    case jeunesse = "JEUNESSE"
    case medical = "MEDICAL"
    case autre = "AUTRE"
}

/// A site as declared in the mappings folder: territory and carrier are derived from it.
public struct Site: Hashable, Codable, Sendable {
    public var code: String
    public var name: String
    public var territory: String
    public var carrier: String

    public init(code: String, name: String, territory: String, carrier: String) {
        self.code = code
        self.name = name
        self.territory = territory
        self.carrier = carrier
    }
}
