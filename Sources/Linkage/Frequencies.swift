// How common each name, date and commune is in the data: a shared rare name is strong evidence, a shared common one is weak.

import Foundation

/// Counts of each normalised value, from which the weights of agreement are drawn (Fellegi-Sunter
/// u-probabilities with term-frequency adjustment), so that nothing has to be tuned by hand.
struct Frequencies: Sendable {
    private(set) var surnames: [String: Int] = [:]
    private(set) var surnameSounds: [String: Int] = [:]
    private(set) var firsts: [String: Int] = [:]
    private(set) var firstSounds: [String: Int] = [:]
    private(set) var firstWords: [String: Int] = [:]
    private(set) var dates: [BirthDate: Int] = [:]
    private(set) var years: [Int: Int] = [:]
    private(set) var communes: [String: Int] = [:]
    private(set) var sexes: [PersonSex: Int] = [:]
    private(set) var totals = (surname: 0, first: 0, firstWord: 0, date: 0, commune: 0, sex: 0)

    init(_ people: [NormalisedPerson]) {
        for p in people {
            for s in p.surnames {
                surnames[s.core, default: 0] += 1
                surnameSounds[s.sound, default: 0] += 1
                totals.surname += 1
            }
            if let f = p.first {
                firsts[f.core, default: 0] += 1
                firstSounds[f.sound, default: 0] += 1
                totals.first += 1
            }
            for w in Set(p.firstWords) {
                firstWords[w, default: 0] += 1
                totals.firstWord += 1
            }
            if let d = p.birthDate { dates[d, default: 0] += 1; years[d.year, default: 0] += 1; totals.date += 1 }
            if !p.commune.isEmpty { communes[p.commune, default: 0] += 1; totals.commune += 1 }
            if let s = p.sex { sexes[s, default: 0] += 1; totals.sex += 1 }
        }
    }

    /// A small file is a sample of a larger population: a name seen once in 40 records is not
    /// one person in 40 out there. Shares are taken over at least this many values.
    static let population = 2_000

    /// log2(m / u), u being the share of values equal to this one (at least one occurrence).
    static func weight(m: Double, count: Int?, total: Int, population: Int = Frequencies.population) -> Double {
        let u = Double(max(count ?? 1, 1)) / Double(max(total, population, 1))
        return log2(m / u)
    }
}
