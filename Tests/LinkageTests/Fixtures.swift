// Small synthetic populations for the linkage tests: fictitious people only.

@testable import Linkage

func date(_ iso: String) -> BirthDate? { BirthDate(iso: iso) }

/// One record of a fictitious person: id, last name, first name, then what the referral gave.
func person(_ id: String, _ last: String, _ first: String, _ born: String? = nil, _ sex: PersonSex? = nil,
            _ commune: String = "") -> PersonRecord {
    PersonRecord(recordID: id, lastName: last, firstName: first, birthDate: born.flatMap(date), sex: sex, commune: commune)
}

/// Unrelated people so that the frequencies look like a town's, not like a two-record file.
func background(_ count: Int = 60) -> [PersonRecord] {
    let surnames = ["Bauer", "Roth", "Keller", "Wagner", "Koch", "Haas", "Frey", "Jung", "Lang", "Fuchs",
                    "Ott", "Metz", "Graff", "Kern", "Vogel"]
    let firsts = ["Paul", "Alice", "Louis", "Emma", "Hugo", "Chloe", "Jules", "Ines", "Adam", "Lina", "Noah", "Jade"]
    return (0..<count).map { i in
        PersonRecord(recordID: "bg\(i)", lastName: surnames[i % surnames.count], firstName: firsts[(i * 7) % firsts.count],
                     birthDate: BirthDate(year: 1940 + i, month: 1 + i % 12, day: 1 + i % 28),
                     sex: i % 2 == 0 ? .male : .female, commune: "Colmar")
    }
}

/// `link` over these records among the unrelated people of `background()`.
func linkAmongOthers(_ records: PersonRecord...) -> LinkResult { link(background() + records) }

/// The person each record of `ids` was put in, by cluster number.
func persons(_ result: LinkResult, _ ids: [String]) -> [Int?] { ids.map { result.clusters[$0] } }

func together(_ result: LinkResult, _ a: String, _ b: String) -> Bool {
    guard let x = result.clusters[a], let y = result.clusters[b] else { return false }
    return x == y
}
