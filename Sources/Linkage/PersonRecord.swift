// The identity traits of one record as Linkage sees them: no spreadsheet, no referral, just a person.

import Model

/// A date of birth: Model's calendar date, whose parts Linkage compares one by one.
public typealias BirthDate = CivilDate

public enum PersonSex: String, Hashable, Sendable {
    case female = "F"
    case male = "M"
}

/// One record to link: a referral's identity fields as written (Linkage normalises them itself).
public struct PersonRecord: Hashable, Sendable {
    /// The caller's provenance key, unique per record (`file#sheet!row` in `isg import`).
    public var recordID: String
    public var lastName: String
    public var firstName: String
    /// The birth name when the source gives one apart (`nom_naissance`); empty otherwise.
    public var birthName: String
    public var birthDate: BirthDate?
    public var sex: PersonSex?
    public var commune: String
    /// Without a birth date, the years of birth an age implies ("45 ans" on a referral of
    /// March 2023: 1977...1978). Ages too are evidence: 32 and 55 are two people.
    public var birthYears: ClosedRange<Int>?

    public init(recordID: String, lastName: String = "", firstName: String = "", birthName: String = "",
                birthDate: BirthDate? = nil, sex: PersonSex? = nil, commune: String = "",
                birthYears: ClosedRange<Int>? = nil) {
        self.recordID = recordID
        self.lastName = lastName
        self.firstName = firstName
        self.birthName = birthName
        self.birthDate = birthDate
        self.sex = sex
        self.commune = commune
        self.birthYears = birthDate == nil ? birthYears : nil
    }

    /// The years of birth of someone `age` years old on `date`.
    public static func birthYears(age: Int, on date: BirthDate) -> ClosedRange<Int>? {
        guard (0...120).contains(age) else { return nil }
        return (date.year - age - 1)...(date.year - age)
    }
}
