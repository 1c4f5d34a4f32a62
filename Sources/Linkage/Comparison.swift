// The explainable comparison of two records: one level of agreement and one weight per trait, and the vetoes.

/// A trait compared between two records.
public enum Trait: String, Sendable, CaseIterable, Codable {
    case lastName = "last_name", firstName = "first_name", birthDate = "birth_date", sex, commune
}

/// How far two records agree on one trait, from strongest to weakest.
public enum Agreement: String, Sendable, Codable {
    /// The same once normalised (case, accents, hyphens, particles, title).
    case exact
    /// One side is part of the other: "Jean" and "Jean-Pierre", "Martin" and "Martin-Durand".
    case partial
    /// The same sound: Meyer/Mayer, Schmitt/Schmidt, Mohamed/Mohammed.
    case variant
    /// One typing slip apart: a letter, two swapped letters, two swapped date digits.
    case typo
    /// Unknown on at least one side: no evidence either way.
    case missing
    case different
}

public struct TraitComparison: Hashable, Sendable {
    public var trait: Trait
    public var agreement: Agreement
    /// log2 of how much likelier this agreement is for one person than for two (negative: against).
    public var weight: Double
}

/// Why a pair can never be one person, whatever else agrees.
public enum Veto: String, Sendable, Codable {
    /// Two full birth dates that no single typing slip explains (namesakes, parent and child).
    case differentBirthDates = "different_birth_dates"
    /// Same birth date and surname, clearly different first names.
    case twins
    /// A birth date, or an age, that another age contradicts by more than a year (32 and 55).
    case differentAges = "different_ages"
    /// A user's "never the same" decision.
    case decidedApart = "decided_apart"
}

struct PairComparison: Sendable {
    var lastName: TraitComparison
    var firstName: TraitComparison
    var birthDate: TraitComparison
    var sex: TraitComparison
    var commune: TraitComparison
    var veto: Veto?
    /// The names were compared crosswise (first name written as last name and the reverse).
    var swapped: Bool

    /// In `Trait.allCases` order.
    var traits: [TraitComparison] { [lastName, firstName, birthDate, sex, commune] }
    var weight: Double { lastName.weight + firstName.weight + birthDate.weight + sex.weight + commune.weight }

    func agreement(_ t: Trait) -> Agreement {
        switch t {
        case .lastName: return lastName.agreement
        case .firstName: return firstName.agreement
        case .birthDate: return birthDate.agreement
        case .sex: return sex.agreement
        case .commune: return commune.agreement
        }
    }
}

/// Evidence weights that do not depend on the data; those that do come from `Frequencies`.
enum Weights {
    static let surnameTypo = 4.5
    /// Surnames differ for one person mostly when a woman's married name is recorded without her
    /// birth name: likelier between two women than when a man is involved.
    static let surnameDifferentWomen = -3.3   // log2(0.1)
    static let surnameDifferentUnknown = -4.3
    static let surnameDifferentMan = -5.6     // log2(0.02): typos and swaps only
    static let firstTypo = 4.0
    static let firstDifferent = -5.5
    static let swappedNames = -1.0
    /// About 28 dates are one slip away from a date (4.8 bits), and a slip is some 20 times rarer
    /// than a correct date (4.5 bits).
    static let dateTypoPenalty = 9.3
    static let dateDifferent = -10.0
    /// log2(0.02 / 0.45): one record in a hundred has the wrong sex, strangers differ half the time.
    static let sexDifferent = -4.5
    static let communeDifferent = -1.7  // people move
    /// An age consistent with the other side's birth year or age: weak, a year window is wide.
    static let ageConsistent = 1.5
    /// Ages a year or two apart beyond their window: a slip in the age, or two people.
    static let ageOff = -6.0
}
