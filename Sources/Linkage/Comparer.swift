// Scores a pair of records trait by trait, with weights drawn once from the data's frequencies.

import Foundation

/// The people to link, normalised, with each record's agreement weights computed once.
///
/// The hot comparisons read flat arrays of integers and weights (no reference counting per pair);
/// the records' `NameForm`s are read only when two names differ and the words or letters matter.
struct Comparer: Sendable {
    let people: [NormalisedPerson]
    private let freq: Frequencies
    /// Name slots: every record's surnames, then its first name, one after the other.
    private let slotStart: [Int32]       // per record, n + 1 entries
    private let firstSlot: [Int32]       // per record: its first-name slot, or slotStart[i + 1] when none
    private let slotCore: [Int32]
    private let slotJoined: [Int32]
    private let slotSound: [Int32]
    private let slotExactWeight: [Double]
    private let slotSoundWeight: [Double]
    private let dateValue: [Int32]       // yyyymmdd, 0 when unknown
    private let sexValue: [UInt8]        // 0 unknown, 1 F, 2 M
    private let communeValue: [Int32]
    private let dateExact: [Double]
    /// The weight of agreeing on the year alone (a `01/01` placeholder against a real date of that year).
    private let yearAgree: [Double]
    private let communeExact: [Double]
    private let sexAgree: [Double]
    /// Years of birth per record: the birth date's year, or the window an age implies; 0 when unknown.
    private let yearLow: [Int32]
    private let yearHigh: [Int32]

    init(records: [PersonRecord]) {
        var interner = Interner()
        self.init(records.map { NormalisedPerson($0, interner: &interner) })
    }

    /// `people` must share one `Interner` (as `init(records:)` does).
    init(_ people: [NormalisedPerson]) {
        let f = Frequencies(people)
        freq = f
        self.people = people
        var start: [Int32] = [0], firsts: [Int32] = []
        var core: [Int32] = [], joined: [Int32] = [], sound: [Int32] = []
        var exactW: [Double] = [], soundW: [Double] = []
        for p in people {
            for s in p.surnames {
                core.append(s.coreID); joined.append(s.joinedID); sound.append(s.soundID)
                exactW.append(Frequencies.weight(m: 0.9, count: f.surnames[s.core], total: f.totals.surname))
                soundW.append(Frequencies.weight(m: 0.05, count: f.surnameSounds[s.sound], total: f.totals.surname))
            }
            firsts.append(Int32(core.count))
            if let n = p.first {
                core.append(n.coreID); joined.append(n.joinedID); sound.append(n.soundID)
                exactW.append(Frequencies.weight(m: 0.88, count: f.firsts[n.core], total: f.totals.first))
                soundW.append(Frequencies.weight(m: 0.04, count: f.firstSounds[n.sound], total: f.totals.first))
            }
            start.append(Int32(core.count))
        }
        slotStart = start; firstSlot = firsts
        slotCore = core; slotJoined = joined; slotSound = sound
        slotExactWeight = exactW; slotSoundWeight = soundW
        dateValue = people.map { p in p.birthDate.map { Int32($0.year * 10_000 + $0.month * 100 + $0.day) } ?? 0 }
        sexValue = people.map { p in p.sex.map { $0 == .female ? 1 : 2 } ?? 0 }
        communeValue = people.map(\.communeID)
        dateExact = people.map { p in
            p.birthDate.map { Frequencies.weight(m: 0.88, count: f.dates[$0], total: f.totals.date) } ?? 0
        }
        yearAgree = people.map { p in
            p.birthDate.map { Frequencies.weight(m: 0.9, count: f.years[$0.year], total: f.totals.date, population: 1) } ?? 0
        }
        communeExact = people.map { p in
            p.commune.isEmpty ? 0 : Frequencies.weight(m: 0.7, count: f.communes[p.commune], total: f.totals.commune, population: 1)
        }
        yearLow = people.map { p in Int32(p.birthDate?.year ?? p.birthYears?.lowerBound ?? 0) }
        yearHigh = people.map { p in Int32(p.birthDate?.year ?? p.birthYears?.upperBound ?? 0) }
        sexAgree = people.map { p in
            p.sex.map { Frequencies.weight(m: 0.97, count: f.sexes[$0], total: f.totals.sex, population: 1) } ?? 0
        }
    }

    /// The most a record's names could weigh in any agreement (a slip weighs at most 4.5 bits).
    private func nameBound(_ slots: Range<Int>) -> Double {
        slots.reduce(0) { max($0, max(slotExactWeight[$1], Weights.surnameTypo)) }
    }

    /// An upper bound of the weight of any pair with this record when a birth date is missing:
    /// a common name in a big town never reaches the link threshold without a date.
    func undatedBound(_ i: Int) -> Double {
        nameBound(surnameSlots(i)) + nameBound(firstSlots(i)) + max(0, communeExact[i]) + max(0, sexAgree[i])
            + (yearLow[i] != 0 ? Weights.ageConsistent : 0)
    }

    private func surnameSlots(_ i: Int) -> Range<Int> { Int(slotStart[i])..<Int(firstSlot[i]) }
    private func firstSlots(_ i: Int) -> Range<Int> { Int(firstSlot[i])..<Int(slotStart[i + 1]) }

    /// The written name behind a slot, for the slower comparisons of words and letters.
    private func form(_ record: Int, _ slot: Int) -> NameForm? {
        let k = slot - Int(slotStart[record])
        let p = people[record]
        return k < p.surnames.count ? p.surnames[k] : p.first
    }

    private enum NameKind { case surname, first }

    private func partialWeight(_ word: String, _ kind: NameKind) -> Double {
        // m: how often one record of a person with a double name (or two surnames) writes only
        // part of it; u: how often a stranger's name is that very word.
        let w: Double
        switch kind {
        case .surname: w = Frequencies.weight(m: 0.2, count: freq.surnames[word], total: freq.totals.surname)
        case .first: w = Frequencies.weight(m: 0.3, count: freq.firstWords[word], total: freq.totals.firstWord)
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
    /// clearly different first names (whatever the recorded sexes: twins may be a boy and a girl),
    /// or first-name cells agreeing on what is a surname ("Bernard GIRARD" / "Michel Girard": half
    /// swapped) while the other cells differ. "Jean" or "Luc" against "Jean-Luc" is one person whose
    /// double name was shortened, far more often than twins named so. A boy and a girl with first names
    /// alike but not the same (Jules and Julie, Julien and Julie) are twins too: a clerk's slip on
    /// the sex and another on the first name of one record are rarer than such twins.
    private func looksLikeTwins(_ a: NormalisedPerson, _ b: NormalisedPerson,
                                surname: Agreement, first: Agreement, swapped: Bool) -> Bool {
        if surname != .different {
            // A boy and a girl whose names are one slip apart (Jules/Jule) or clearly different;
            // names of one sound (Mohamed/Mohammed) or in part are a sex slip's person, unless the
            // sound hides two names (Hasan/Hüseyin, René/Renée: `clearlyDifferent` below).
            if let x = a.sex, let y = b.sex, x != y, first == .typo || first == .different { return true }
            // Every word of one first name is in the other: a double name written in part, from
            // the front ("Jean" for "Jean-Luc") or, as people call themselves, the back
            // ("Luc"); parents do not give one twin the other's whole name inside their own.
            if first == .partial { return false }
            return first != .exact && first != .missing && Self.clearlyDifferent(a.first, b.first)
        }
        if swapped { return false }
        guard first == .exact, let f = a.first, let sa = a.surnames.first, let sb = b.surnames.first else { return false }
        let asSurname = freq.surnames[f.core] ?? 0, asFirst = freq.firsts[f.core] ?? 0
        return asSurname > asFirst && Self.clearlyDifferent(sa, sb)
    }

    /// First names a parent would give two different children: no slip, no part in common, and no
    /// shared sound unless the spellings are far apart (Hasan and Hüseyin sound alike to the key)
    /// or start with different letters (the key drops an h: Anne and Hannah).
    static func clearlyDifferent(_ a: NameForm?, _ b: NameForm?) -> Bool {
        guard let a, let b else { return false }
        if masculineAndFeminine(a.core, b.core) || masculineAndFeminine(b.core, a.core) { return true }
        let similarity = StringSimilarity.jaroWinkler(a.bytes, b.bytes)
        return (a.sound != b.sound || similarity < 0.75 || a.bytes.first != b.bytes.first)
            && !StringSimilarity.oneEditApart(a.bytes, b.bytes)
            && similarity < 0.94
    }

    /// Louis and Louise, Jean and Jeanne, Daniel and Danielle, Frédéric and Frédérique: one letter
    /// apart, and the classic names of a boy and a girl born together.
    static func masculineAndFeminine(_ m: String, _ f: String) -> Bool {
        guard let last = m.last else { return false }
        return f == m + "e" || f == m + String(last) + "e" || (last == "c" && f == m.dropLast() + "que")
    }

    /// The best agreement between any name of one side and any name of the other.
    private func compareNames(_ i: Int, _ aSlots: Range<Int>, _ j: Int, _ bSlots: Range<Int>,
                              _ kind: NameKind, different: Double) -> (Agreement, Double) {
        if aSlots.isEmpty || bSlots.isEmpty { return (.missing, 0) }
        var best: (Agreement, Double) = (.different, different)
        for ka in aSlots {
            for kb in bSlots {
                var candidate: (Agreement, Double)
                if slotCore[ka] == slotCore[kb] || slotJoined[ka] == slotJoined[kb] {
                    candidate = (.exact, max(1, min(slotExactWeight[ka], slotExactWeight[kb])))
                } else if best.0 == .exact {
                    continue
                } else if let fa = form(i, ka), let fb = form(j, kb) {
                    if let shared = Self.partOf(fa.words, fb.words) {
                        candidate = (.partial, partialWeight(shared, kind))
                    } else if slotSound[ka] == slotSound[kb] {
                        candidate = (.variant, max(0.5, min(slotSoundWeight[ka], slotSoundWeight[kb])))
                    } else if StringSimilarity.oneEditApart(fa.bytes, fb.bytes)
                                || abs(fa.bytes.count - fb.bytes.count) <= 1
                                    && StringSimilarity.jaroWinkler(fa.bytes, fb.bytes) >= 0.92 {
                        candidate = (.typo, kind == .surname ? Weights.surnameTypo : Weights.firstTypo)
                    } else {
                        continue
                    }
                } else {
                    continue
                }
                if candidate.1 > best.1 { best = candidate }
            }
        }
        return best
    }

    /// Two full birth dates no slip or placeholder explains: the pair is vetoed whatever the names say.
    func datesForbid(_ i: Int, _ j: Int) -> Bool {
        let x = dateValue[i], y = dateValue[j]
        guard x != 0, y != 0, x != y, let a = people[i].birthDate, let b = people[j].birthDate else { return false }
        return !BirthDateSlip.isSlip(a, b) && !BirthDateSlip.placeholderAgrees(a, b)
    }

    /// "Marie" and "Claire" look like twins, unless a record of the same birth, surname and
    /// commune writes the double name both are parts of ("Marie-Claire"): then they are one woman
    /// written in part twice. A "Marie-Claire" of another surname or town is a namesake: no bridge.
    func doubleNameJoins(_ x: Int, _ y: Int, through z: Int) -> Bool {
        guard let whole = people[z].first, whole.words.count > 1, dateValue[z] == dateValue[x],
              let a = people[x].first, let b = people[y].first,
              (a.words + b.words).allSatisfy(whole.words.contains) else { return false }
        func mainSurname(_ i: Int) -> Int32? { surnameSlots(i).isEmpty ? nil : slotCore[surnameSlots(i).lowerBound] }
        guard let s = mainSurname(z), mainSurname(x) == s, mainSurname(y) == s else { return false }
        return [x, y].allSatisfy { communeValue[$0] == communeValue[z] || communeValue[$0] == 0 || communeValue[z] == 0 }
    }

    /// Same first name and same main surname once normalised.
    func sameNames(_ i: Int, _ j: Int) -> Bool {
        let fa = firstSlots(i), fb = firstSlots(j), sa = surnameSlots(i), sb = surnameSlots(j)
        guard fa.count == fb.count, sa.count > 0, sb.count > 0 else { return false }
        if let x = fa.first, let y = fb.first, slotCore[x] != slotCore[y] { return false }
        return slotCore[sa.lowerBound] == slotCore[sb.lowerBound]
    }

    /// Some name written the same on both sides, in any column: `Linker.namesAgree` needs one.
    func shareAName(_ i: Int, _ j: Int) -> Bool {
        for ka in Int(slotStart[i])..<Int(slotStart[i + 1]) {
            for kb in Int(slotStart[j])..<Int(slotStart[j + 1])
            where slotCore[ka] == slotCore[kb] || slotJoined[ka] == slotJoined[kb] {
                return true
            }
        }
        return false
    }

    /// Without two full dates, the years of birth (a date's year or an age's window) still count:
    /// windows that meet agree a little; windows apart (the age is wrong by a year or more) are two people.
    private func compareYears(_ i: Int, _ j: Int, veto: Veto?) -> (TraitComparison, Veto?) {
        let (lo1, hi1, lo2, hi2) = (yearLow[i], yearHigh[i], yearLow[j], yearHigh[j])
        guard lo1 != 0, lo2 != 0 else { return (TraitComparison(trait: .birthDate, agreement: .missing, weight: 0), veto) }
        let gap = max(lo1 - hi2, lo2 - hi1)
        if gap <= 0 { return (TraitComparison(trait: .birthDate, agreement: .partial, weight: Weights.ageConsistent), veto) }
        return (TraitComparison(trait: .birthDate, agreement: .different, weight: Weights.ageOff), veto ?? .differentAges)
    }

    func compare(_ i: Int, _ j: Int) -> PairComparison {
        let surnameDifferent: Double
        switch (sexValue[i], sexValue[j]) {
        case (2, _), (_, 2): surnameDifferent = Weights.surnameDifferentMan
        case (1, 1): surnameDifferent = Weights.surnameDifferentWomen
        default: surnameDifferent = Weights.surnameDifferentUnknown
        }
        let sa = surnameSlots(i), sb = surnameSlots(j), fa = firstSlots(i), fb = firstSlots(j)
        var surname = compareNames(i, sa, j, sb, .surname, different: surnameDifferent)
        var first = compareNames(i, fa, j, fb, .first, different: Weights.firstDifferent)
        var swapped = false
        if surname.0 == .different || first.0 == .different {
            // First and last names typed in each other's column.
            let s2 = compareNames(i, sa, j, fb, .surname, different: surnameDifferent)
            let f2 = compareNames(i, fa, j, sb, .first, different: Weights.firstDifferent)
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
        let x = dateValue[i], y = dateValue[j]
        if x != 0 && x == y {
            date = TraitComparison(trait: .birthDate, agreement: .exact, weight: dateExact[i])
            if looksLikeTwins(people[i], people[j], surname: surname.0, first: first.0, swapped: swapped) { veto = .twins }
        } else if x == 0 || y == 0 {
            (date, veto) = compareYears(i, j, veto: veto)
        } else if let a = people[i].birthDate, let b = people[j].birthDate, BirthDateSlip.placeholderAgrees(a, b) {
            // Only the year is known on one side: it weighs what agreeing on a year weighs.
            date = TraitComparison(trait: .birthDate, agreement: .partial, weight: min(yearAgree[i], yearAgree[j]))
        } else if !datesForbid(i, j) {
            date = TraitComparison(trait: .birthDate, agreement: .typo,
                                   weight: max(0.5, min(dateExact[i], dateExact[j]) - Weights.dateTypoPenalty))
        } else {
            date = TraitComparison(trait: .birthDate, agreement: .different, weight: Weights.dateDifferent)
            veto = .differentBirthDates
        }
        let sex: TraitComparison
        switch (sexValue[i], sexValue[j]) {
        case (0, _), (_, 0):
            sex = TraitComparison(trait: .sex, agreement: .missing, weight: 0)
        case let (u, v) where u == v:
            sex = TraitComparison(trait: .sex, agreement: .exact, weight: sexAgree[i])
        default:
            // Evidence, not a veto: a clerk ticks the wrong box about once in a hundred records.
            sex = TraitComparison(trait: .sex, agreement: .different, weight: Weights.sexDifferent)
        }
        let commune: TraitComparison
        if communeValue[i] == 0 || communeValue[j] == 0 {
            commune = TraitComparison(trait: .commune, agreement: .missing, weight: 0)
        } else if communeValue[i] == communeValue[j] {
            commune = TraitComparison(trait: .commune, agreement: .exact, weight: max(0, communeExact[i]))
        } else {
            commune = TraitComparison(trait: .commune, agreement: .different, weight: Weights.communeDifferent)
        }
        return PairComparison(lastName: last, firstName: firstName, birthDate: date, sex: sex, commune: commune,
                              veto: veto, swapped: swapped)
    }
}
