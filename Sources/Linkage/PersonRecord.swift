// The identity traits of one record as Linkage sees them: no spreadsheet, no referral, just a person.

import Model

/// A calendar date of birth; Linkage compares its parts, so it keeps them apart.
public struct BirthDate: Hashable, Sendable, Comparable {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`; nil for anything else (an empty cell, a partial date, 31 February).
    public init?(iso: String) {
        guard let date = CivilDate(iso: iso) else { return nil }
        self.init(year: date.year, month: date.month, day: date.day)
    }

    public var iso: String {
        func pad(_ v: Int, _ n: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, n - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (a: BirthDate, b: BirthDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}

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
