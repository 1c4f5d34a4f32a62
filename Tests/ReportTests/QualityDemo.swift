// A made-up import (no real person) that exercises every part of the quality report.

import Model
@testable import Report

enum QualityDemo {
    /// Values that identify a person in the demo: they must never reach a report that is not identified.
    static let secretName = "DURAND-ESSAI Zoé"
    static let secretCommune = "Hégenheim-sur-Essai"
    static let secretBirthDate = "31/02/1975"

    static let months = ["2023-01", "2023-02", "2023-03", "2023-04", "2023-05", "2023-06"]
    static let perMonth = ["STRASBOURG": 48, "MULHOUSE": 14, "COLMAR": 9, "ALTKIRCH": 5]

    static func input(identified: Bool = false, withPrevious: Bool = true) -> QualityReportInput {
        var referrals: [Referral] = []
        var accounts: [FileAccount] = []
        var seed: UInt64 = 42
        func next(_ n: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(n))
        }
        for site in perMonth.keys.sorted() {
            for (mi, month) in months.enumerated() {
                if site == "COLMAR" && month == "2023-04" { continue } // the missing month
                let file = "\(site.lowercased())/\(month) activité.xlsx"
                let count = (perMonth[site] ?? 0) + next(7) - 3 + (site == "STRASBOURG" && mi == 4 ? 20 : 0)
                for i in 0..<count {
                    var r = Referral(recordID: "\(file)#Saisines!\(i + 4)", site: site, periode: month,
                                     territoire: site == "STRASBOURG" ? "67" : "68",
                                     porteur: site == "STRASBOURG" ? "CEA" : "CIDFF68")
                    r.dateSaisine = CivilDate(year: 2023, month: mi + 1, day: 1 + next(28))
                    r.origine = next(10) < 9 ? .gendarmerie : .presentationDirecte
                    r.nom = "X"
                    r.prenom = next(20) == 0 ? nil : "Y"
                    if next(3) > 0 || site != "COLMAR" { r.dateNaissance = CivilDate(year: 1980, month: 1, day: 1) }
                    r.age = r.dateNaissance == nil && next(2) == 0 ? nil : 43
                    r.sexe = next(10) < 7 ? .female : .male
                    r.mineur = r.age.map { $0 < 18 }
                    r.role = .victime
                    r.commune = site == "ALTKIRCH" && next(2) == 0 ? nil : "C"
                    r.connuISG = next(8) == 0 ? nil : next(3) == 0
                    r.connuCEA = site == "STRASBOURG" ? next(2) == 0 : (next(2) == 0 ? nil : false)
                    r.motifSaisine = .vif
                    r.motifIntervention = site == "MULHOUSE" && mi < 3 ? nil : .vif
                    r.nbEntretiens = next(4)
                    r.nbLiensPartenaires = next(15) == 0 ? nil : next(3)
                    referrals.append(r)
                }
                let rejected = site == "MULHOUSE" && mi == 1 ? 1 : 0
                let duplicates = site == "STRASBOURG" && mi == 2 ? 1 : 0
                accounts.append(FileAccount(file: file, site: site, contentHash: "h-\(site)-\(month)",
                                            rowsRead: count + rejected + duplicates + 3, kept: count,
                                            rejected: rejected, nonData: 3, duplicates: duplicates,
                                            periods: [month]))
            }
        }
        // One file that does not add up, to show the mark.
        if let i = accounts.firstIndex(where: { $0.site == "ALTKIRCH" && $0.periods == ["2023-06"] }) {
            accounts[i].rowsRead += 2
        }
        let previous = withPrevious ? previousImport(from: accounts) : nil
        return QualityReportInput(accounts: accounts, findings: findings(), referrals: referrals,
                                  meetings: [Meeting(recordID: "m#1", site: "COLMAR", date: nil, domaine: .enfance)],
                                  previous: previous, identified: identified, generatedAt: "2024-01-15")
    }

    /// The previous import: the first four months only, one of them with other content since.
    static func previousImport(from accounts: [FileAccount]) -> [FileAccount] {
        var previous = accounts.filter { ($0.periods.first ?? "") < "2023-05" }
        if let i = previous.firstIndex(where: { $0.site == "MULHOUSE" && $0.periods == ["2023-02"] }) {
            previous[i].contentHash = "h-old"
            previous[i].kept -= 9
        }
        previous.append(FileAccount(file: "strasbourg/2022-12 activité.xlsx", site: "STRASBOURG",
                                    contentHash: "h-2022", rowsRead: 40, kept: 37, nonData: 3, periods: ["2022-12"]))
        return previous
    }

    static func findings() -> [Finding] {
        let s = "strasbourg/2023-03 activité.xlsx", m = "mulhouse/2023-02 activité.xlsx"
        let c = "colmar/2023-05 activité.xlsx", a = "altkirch/2023-02 activité.xlsx"
        return [
            Finding(kind: "untranslated_value", severity: .warning, site: "STRASBOURG", file: s, sheet: "Saisines",
                    row: 17, cell: "M17", field: "origine", value: "voir mail",
                    message: "“voir mail” is not a wording of origine: the field is left empty.",
                    hint: "Fix the cell, or add the wording under origine in Mappings/strasbourg.yaml line 42."),
            Finding(kind: "invalid_value", severity: .warning, site: "STRASBOURG", file: s, sheet: "Saisines",
                    row: 9, cell: "S9", field: "nb_entretiens", value: "-1",
                    message: "A count cannot be negative: the field is left empty.", hint: "Fix the cell."),
            Finding(kind: "duplicate_entry", severity: .info, site: "STRASBOURG", file: s, sheet: "Saisines",
                    row: 21, message: "Row 21 repeats row 12 in every mapped field: counted once.",
                    hint: "Delete one of the two rows if it was typed twice."),
            Finding(kind: "missing_required", severity: .error, site: "MULHOUSE", file: m, sheet: "févr",
                    row: 30, cell: "B30", field: "date_saisine",
                    message: "The row has no referral date, which the mapping requires: the row is rejected.",
                    hint: "Fill in the date in the cell."),
            Finding(kind: "renamed_column", severity: .warning, site: "MULHOUSE", file: m, sheet: "févr",
                    row: 2, cell: "H2", field: "motif_intervention", value: "Motif retenu",
                    message: "“Motif retenu” looks like “Motif d'intervention” (similarity 0.82), which is missing.",
                    hint: "Add “Motif retenu” to the wordings of motif_intervention in Mappings/mulhouse.yaml line 31."),
            Finding(kind: "impossible_date", severity: .warning, site: "COLMAR", file: c, sheet: "Feuille1",
                    row: 6, cell: "D6", field: "date_naissance", value: secretBirthDate,
                    message: "\(secretBirthDate) is not a date that exists: the field is left empty.",
                    hint: "Fix the cell."),
            Finding(kind: "untranslated_value", severity: .warning, site: "COLMAR", file: c, sheet: "Feuille1",
                    row: 11, cell: "K11", field: "commune", value: secretCommune,
                    message: "Commune \(secretCommune) could not be read.", hint: nil),
            Finding(kind: "date_outside_period", severity: .warning, site: "COLMAR", file: c, sheet: "Feuille1",
                    row: 8, cell: "B8", field: "date_saisine", value: "2023-06-02",
                    message: "The referral is dated 2023-06-02, outside May 2023, the month of its file: kept as written.",
                    hint: "Check the date, or move the row to the file of its month."),
            Finding(kind: "connu_isg_inconsistent", severity: .warning, site: "ALTKIRCH", file: a, sheet: "Saisine 3",
                    row: 12, cell: "C12", field: "connu_isg", value: secretName, valueIsIdentifying: true,
                    message: "\(secretName) is marked not known to the ISG but had a referral in January.",
                    hint: "Check the box “Connu ISG” of this form."),
            Finding(kind: "unknown_label", severity: .warning, site: "ALTKIRCH", file: a, sheet: "Saisine 3",
                    field: "commune", message: "The label “Commune :” was not found on the form.",
                    hint: "Update the label's place in Mappings/altkirch.yaml line 18."),
            Finding(kind: "unmatched_file", severity: .warning, file: "notes <à trier>.docx",
                    message: "No mapping claims this file: it was not read.",
                    hint: "Move it out of the input folder, or add a file pattern to a mapping."),
            Finding(kind: "file_reimported_changed", severity: .info, site: "MULHOUSE", file: m,
                    message: "This file was imported before with other content: its rows were replaced.", hint: nil),
        ]
    }
}
