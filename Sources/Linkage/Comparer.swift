// Scores a pair of records trait by trait, with weights drawn once from the data's frequencies.

import Foundation

/// The people to link, normalised, with each record's agreement weights computed once.
struct Comparer: Sendable {
    let people: [NormalisedPerson]
    private let surnameExact: [[Double]]
    private let surnameSound: [[Double]]
    private let firstExact: [[Double]]
    private let firstSound: [[Double]]
    private let dateExact: [Double]
    private let communeExact: [Double]
    private let sexAgree: [Double]
    private let freq: Frequencies

    init(records: [PersonRecord]) {
        var interner = Interner()
        self.init(records.map { NormalisedPerson($0, interner: &interner) })
    }

    /// `people` must share one `Interner` (as `init(records:)` does).
    init(_ people: [NormalisedPerson]) {
        let f = Frequencies(people)
        freq = f
        self.people = people
        surnameExact = people.map { p in
            p.surnames.map { Frequencies.weight(m: 0.9, count: f.surnames[$0.core], total: f.totals.surname) }
        }
        surnameSound = people.map { p in
            p.surnames.map { Frequencies.weight(m: 0.05, count: f.surnameSounds[$0.sound], total: f.totals.surname) }
        }
        firstExact = people.map { p in
            p.first.map { [Frequencies.weight(m: 0.88, count: f.firsts[$0.core], total: f.totals.first)] } ?? []
        }
        firstSound = people.map { p in
            p.first.map { [Frequencies.weight(m: 0.04, count: f.firstSounds[$0.sound], total: f.totals.first)] } ?? []
        }
        dateExact = people.map { p in
            p.birthDate.map { Frequencies.weight(m: 0.88, count: f.dates[$0], total: f.totals.date) } ?? 0
        }
        communeExact = people.map { p in
            p.commune.isEmpty ? 0 : Frequencies.weight(m: 0.7, count: f.communes[p.commune], total: f.totals.commune, population: 1)
        }
        sexAgree = people.map { p in
            p.sex.map { Frequencies.weight(m: 0.97, count: f.sexes[$0], total: f.totals.sex, population: 1) } ?? 0
        }
    }

    private enum NameKind { case surname, first }

    private func partialWeight(_ word: String, _ kind: NameKind) -> Double {
        let w: Double
        switch kind {
        case .surname: w = Frequencies.weight(m: 0.05, count: freq.surnames[word], total: freq.totals.surname)
        case .first: w = Frequencies.weight(m: 0.05, count: freq.firstWords[word], total: freq.totals.firstWord)
        }
        return max(0.5, w)
    }

    /// A word both share when one side's words are all among the other's ("jean" in "jean pierre"),
    /// but not "jean marc" against "jean luc": those are two different names.
    static func partOf(_ a: [String], _ b: [String]) -> String? {
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        guard small.count < large.count, small.allSatisfy(large.contains) else { return nil }
        return small.first { $0.utf8.count >= 3 }
    }

    /// Two records with one birth date that may be two children of one birth: one surname and
    /// clearly different first names, or "Jean" against "Jean-Luc" (a clerk would not merge on a
    /// shortened compound name alone), or first-name cells agreeing on what is a surname
    /// ("Bernard GIRARD" / "Michel Girard": half swapped) while the other cells differ.
    private func looksLikeTwins(_ a: NormalisedPerson, _ b: NormalisedPerson,
                                surname: Agreement, first: Agreement, swapped: Bool) -> Bool {
        if swapped { return false }
        if surname != .different {
            return first == .partial || first == .different && Self.clearlyDifferent(a.first, b.first)
        }
        guard first == .exact, let f = a.first, let sa = a.surnames.first, let sb = b.surnames.first else { return false }
        let asSurname = freq.surnames[f.core] ?? 0, asFirst = freq.firsts[f.core] ?? 0
        return asSurname > asFirst && Self.clearlyDifferent(sa, sb)
    }

    /// First names a parent would give two different children: no slip, no sound, no part in common.
    static func clearlyDifferent(_ a: NameForm?, _ b: NameForm?) -> Bool {
        guard let a, let b else { return false }
        return StringSimilarity.jaroWinkler(a.bytes, b.bytes) < 0.88
    }

    /// The best agreement between any name of one side and any name of the other.
    private func compareNames(surnameDifferent: Double, _ a: [NameForm], _ aExact: [Double], _ aSound: [Double],
                              _ b: [NameForm], _ bExact: [Double], _ bSound: [Double],
                              _ kind: NameKind) -> (Agreement, Double) {
        if a.isEmpty || b.isEmpty { return (.missing, 0) }
        var best: (Agreement, Double) = (.different, kind == .surname ? surnameDifferent : Weights.firstDifferent)
        for (ka, fa) in a.enumerated() {
            for (kb, fb) in b.enumerated() {
                var candidate: (Agreement, Double)
                if fa.coreID == fb.coreID || fa.joinedID == fb.joinedID {
                    candidate = (.exact, max(1, min(aExact[ka], bExact[kb])))
                } else if let shared = Self.partOf(fa.words, fb.words) {
                    candidate = (.partial, partialWeight(shared, kind))
                } else if fa.soundID == fb.soundID {
                    candidate = (.variant, max(0.5, min(aSound[ka], bSound[kb])))
                } else if StringSimilarity.oneEditApart(fa.bytes, fb.bytes)
                            || StringSimilarity.jaroWinkler(fa.bytes, fb.bytes) >= 0.92 {
                    candidate = (.typo, kind == .surname ? Weights.surnameTypo : Weights.firstTypo)
                } else {
                    continue
                }
                if candidate.1 > best.1 { best = candidate }
            }
        }
        return best
    }

    /// Two full birth dates no slip explains: the pair is vetoed whatever the names say.
    func datesForbid(_ i: Int, _ j: Int) -> Bool {
        guard let x = people[i].birthDate, let y = people[j].birthDate, x != y else { return false }
        return !BirthDateSlip.isSlip(x, y)
    }

    /// Same first name and same main surname once normalised.
    func sameNames(_ i: Int, _ j: Int) -> Bool {
        let a = people[i], b = people[j]
        return a.first?.coreID == b.first?.coreID && a.surnames.first?.coreID == b.surnames.first?.coreID
    }

    /// Some name written the same on both sides, in any column: `Linker.namesAgree` needs one.
    func shareAName(_ i: Int, _ j: Int) -> Bool {
        let a = people[i], b = people[j]
        func known(_ id: Int32) -> Bool {
            if a.first?.coreID == id { return true }
            for f in a.surnames where f.coreID == id || f.joinedID == id { return true }
            return false
        }
        for f in b.surnames where known(f.coreID) || known(f.joinedID) { return true }
        if let f = b.first, known(f.coreID) { return true }
        return false
    }

    func compare(_ i: Int, _ j: Int) -> PairComparison {
        let a = people[i], b = people[j]
        let aFirst = a.firsts, bFirst = b.firsts
        let surnameDifferent: Double
        switch (a.sex, b.sex) {
        case (.male, _), (_, .male): surnameDifferent = Weights.surnameDifferentMan
        case (.female, .female): surnameDifferent = Weights.surnameDifferentWomen
        default: surnameDifferent = Weights.surnameDifferentUnknown
        }
        var surname = compareNames(surnameDifferent: surnameDifferent, a.surnames, surnameExact[i], surnameSound[i],
                                   b.surnames, surnameExact[j], surnameSound[j], .surname)
        var first = compareNames(surnameDifferent: surnameDifferent, aFirst, firstExact[i], firstSound[i], bFirst, firstExact[j], firstSound[j], .first)
        var swapped = false
        if surname.0 == .different || first.0 == .different {
            // First and last names typed in each other's column.
            let s2 = compareNames(surnameDifferent: surnameDifferent, a.surnames, surnameExact[i], surnameSound[i], bFirst, firstExact[j], firstSound[j], .surname)
            let f2 = compareNames(surnameDifferent: surnameDifferent, aFirst, firstExact[i], firstSound[i], b.surnames, surnameExact[j], surnameSound[j], .first)
            // Only a full swap counts: half a swap is how twins and married names look.
            if s2.0 != .different && f2.0 != .different && s2.1 + f2.1 + Weights.swappedNames > surname.1 + first.1 {
                surname = (s2.0, s2.1 + Weights.swappedNames)
                first = f2
                swapped = true
            }
        }
        let last = TraitComparison(trait: .lastName, agreement: surname.0, weight: surname.1)
        let firstName = TraitComparison(trait: .firstName, agreement: first.0, weight: first.1)
        var veto: Veto?
        let date: TraitComparison
        switch (a.birthDate, b.birthDate) {
        case let (x?, y?) where x == y:
            date = TraitComparison(trait: .birthDate, agreement: .exact, weight: dateExact[i])
            if looksLikeTwins(a, b, surname: surname.0, first: first.0, swapped: swapped) { veto = .twins }
        case let (x?, y?) where BirthDateSlip.isSlip(x, y):
            date = TraitComparison(trait: .birthDate, agreement: .typo,
                                   weight: max(0.5, min(dateExact[i], dateExact[j]) - Weights.dateTypoPenalty))
        case (_?, _?):
            date = TraitComparison(trait: .birthDate, agreement: .different, weight: Weights.dateDifferent)
            veto = .differentBirthDates
        default:
            date = TraitComparison(trait: .birthDate, agreement: .missing, weight: 0)
        }
        let sex: TraitComparison
        switch (a.sex, b.sex) {
        case let (x?, y?) where x == y:
            sex = TraitComparison(trait: .sex, agreement: .exact, weight: sexAgree[i])
        case (_?, _?):
            sex = TraitComparison(trait: .sex, agreement: .different, weight: Weights.sexDifferent)
            veto = veto ?? .differentSexes
        default:
            sex = TraitComparison(trait: .sex, agreement: .missing, weight: 0)
        }
        let commune: TraitComparison
        if a.communeID == 0 || b.communeID == 0 {
            commune = TraitComparison(trait: .commune, agreement: .missing, weight: 0)
        } else if a.communeID == b.communeID {
            commune = TraitComparison(trait: .commune, agreement: .exact, weight: max(0, communeExact[i]))
        } else {
            commune = TraitComparison(trait: .commune, agreement: .different, weight: Weights.communeDifferent)
        }
        return PairComparison(lastName: last, firstName: firstName, birthDate: date, sex: sex, commune: commune,
                              veto: veto, swapped: swapped)
    }
}
