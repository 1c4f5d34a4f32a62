// A small consolidated year built in code, with every kind of unknown, for the indicator tests.

#if canImport(Glibc)
import Model
import Glibc
#endif

let siteTerritories = ["STRASBOURG": "67", "ALTKIRCH": "68", "COLMAR": "68", "MULHOUSE": "68"]

/// Row `n` of a site, with values varied by `n` so every share has numerator, known and unknown rows.
func sampleReferral(_ site: String, _ n: Int, date: CivilDate?, periode: String? = nil) -> Referral {
    let territory = siteTerritories[site] ?? "68"
    var r = Referral(recordID: "\(site)/f.xlsx#S!\(n + 2)", site: site,
                     periode: periode ?? date.map { String($0.description.prefix(7)) } ?? "2023-01",
                     territoire: territory, porteur: territory == "67" ? "CEA" : "CIDFF68")
    r.dateSaisine = date
    r.origine = n % 5 == 4 ? .presentationDirecte : .gendarmerie
    r.connuISG = n % 7 == 6 ? nil : n % 3 == 0
    r.connuCEA = n % 4 == 0
    r.sexe = n % 6 == 5 ? nil : (n % 3 == 1 ? .male : .female)
    r.mineur = n % 8 == 7 ? nil : n % 5 == 2
    r.motifSaisine = n % 4 == 3 ? .precarite : .vif
    r.motifIntervention = n % 9 == 8 ? nil : (n % 2 == 0 ? .vif : .autre)
    r.nbEntretiens = n % 3
    r.nbLiensPartenaires = n % 10 == 9 ? nil : 1
    r.orientations = n % 2 == 0 ? [.servicesSociaux, .justice] : [.medical]
    r.personID = "P-\(site)-\(n / 2)"
    return r
}

func sampleYear() -> (referrals: [Referral], meetings: [Meeting]) {
    var referrals: [Referral] = []
    let counts = ["STRASBOURG": 16, "MULHOUSE": 4, "COLMAR": 3, "ALTKIRCH": 1]
    for (site, count) in counts.sorted(by: { $0.key < $1.key }) {
        for n in 0..<count {
            referrals.append(sampleReferral(site, n, date: CivilDate(year: 2023, month: 1 + (n * 5) % 12, day: 1 + n)))
        }
    }
    // Unknown date: counts in its reported month.
    referrals.append(sampleReferral("COLMAR", 50, date: nil, periode: "2023-02"))
    // Outside the year: not counted.
    referrals.append(sampleReferral("STRASBOURG", 60, date: CivilDate(year: 2022, month: 12, day: 31)))
    let meetings = [
        Meeting(recordID: "STRASBOURG/f.xlsx#R!2", site: "STRASBOURG", date: CivilDate(year: 2023, month: 3, day: 2), domaine: .enfance),
        Meeting(recordID: "STRASBOURG/f.xlsx#R!3", site: "STRASBOURG", date: CivilDate(year: 2023, month: 9, day: 2), domaine: .medical),
        Meeting(recordID: "COLMAR/f.ods#R!2", site: "COLMAR", date: CivilDate(year: 2023, month: 5, day: 2), domaine: .jeunesse),
        Meeting(recordID: "COLMAR/f.ods#R!3", site: "COLMAR", date: nil, domaine: .autre),
    ]
    return (referrals, meetings)
}

func fixturePath(_ name: String, file: String = #filePath) -> String {
    let folder = file.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
    return folder + "/" + name
}

/// Runs a command line, returns its exit status and standard output.
func shell(_ command: String) -> (status: Int32, output: String) {
    guard let pipe = popen(command + " 2>&1", "r") else { return (-1, "") }
    var output = ""
    var buffer = [CChar](repeating: 0, count: 4096)
    while fgets(&buffer, Int32(buffer.count), pipe) != nil {
        output += String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
    let status = pclose(pipe)
    return ((status >> 8) & 0xff, output)
}

func writeText(_ text: String, to path: String) {
    if let f = fopen(path, "w") {
        fputs(text, f)
        fclose(f)
    }
}

func readText(_ path: String) -> String? {
    guard let f = fopen(path, "r") else { return nil }
    defer { fclose(f) }
    var out = [UInt8]()
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = fread(&buffer, 1, buffer.count, f)
        if n <= 0 { break }
        out += buffer[0..<n]
    }
    return String(decoding: out, as: UTF8.self)
}
