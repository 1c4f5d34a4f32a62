// Small made-up sheets and mappings for the `mapping check` and `mapping draft` tests.

import Model
import Mapping
import Spreadsheet
@testable import MappingTools
import Consolidation

enum CheckFixtures {
    static let sites = [
        SiteDeclaration(code: "MULHOUSE", name: "Mulhouse", territory: "68", carrier: "CIDFF68", line: 1),
        SiteDeclaration(code: "ALTKIRCH", name: "Altkirch", territory: "68", carrier: "CIDFF68", line: 6),
    ]

    static let tableMapping = """
    site: MULHOUSE
    fichiers: ["*.xlsx"]
    periode: feuille
    saisines:
      feuilles: ["*"]
      ignorer: ["N°"]
      champs:
        date_saisine: {colonnes: ["Date saisine"], requis: oui}
        nom: {colonnes: ["Nom Prénom"], format: nom_prenom}
        sexe:
          colonnes: ["Civilité"]
          vocabulaire:
            F: ["Mme"]
            M: ["M."]
        origine:
          colonnes: ["Origine"]
          vocabulaire:
            GENDARMERIE: ["Gendarmerie", "BGE"]
            PRESENTATION_DIRECTE: ["Spontané"]
        nb_entretiens: ["Nb entretiens"]
        orientations:
          colonnes: ["Orientations"]
          vocabulaire:
            MEDICAL: ["médical"]
            JUSTICE: ["justice"]
            aucun: ["aucune"]
    """

    static let formMapping = """
    site: ALTKIRCH
    fichiers: ["*.xlsx"]
    saisines:
      feuilles: ["Saisine*"]
      disposition: formulaire
      champs:
        date_saisine: {etiquettes: ["Date de la saisine :"], requis: oui}
        nom: {etiquettes: ["Nom :"]}
        connu_isg: {etiquettes: ["Déjà connu ISG :"]}
    """

    static func mapping(_ text: String) throws -> SiteMapping {
        try MappingParser(file: "Mappings/test.yaml", text: text, sites: sites).parse()
    }

    static func s(_ text: String) -> CellValue { .string(text) }

    static let header = ["N°", "Date saisine", "Nom Prénom", "Civilité", "Origine", "Nb entretiens", "Orientations"]

    /// A title line, the header on row 3, four referrals and a totals line.
    static func tableRows(header: [String] = header, origins: [String] = ["Gendarmerie", "BGE", "Spontané", "Gendarmerie"]) -> [Row] {
        var rows = [Row(number: 1, cells: [Cell(column: 0, value: s("Activité ISG Mulhouse, mars 2023"))]),
                    Row(number: 3, cells: header.enumerated().map { Cell(column: $0.offset, value: s($0.element)) })]
        let values: [String: (Int) -> CellValue] = [
            "N°": { .number(Double($0 + 1)) },
            "Date saisine": { .date(CivilDate(year: 2023, month: 3, day: $0 + 2)) },
            "Nom Prénom": { _ in .string("ESSAI Personne") },
            "Civilité": { $0 % 2 == 0 ? .string("Mme") : .string("M.") },
            "Nb entretiens": { .number(Double($0)) },
            "Orientations": { $0 == 1 ? .string("Médical, justice") : .string("aucune") },
            "Remarques": { _ in .string("RAS") },
        ]
        for (i, origin) in origins.enumerated() {
            let cells = header.enumerated().compactMap { column, name -> Cell? in
                if name.hasPrefix("Origine") { return Cell(column: column, value: s(origin)) }
                return values[name].map { Cell(column: column, value: $0(i)) }
            }
            rows.append(Row(number: 4 + i, cells: cells))
        }
        rows.append(Row(number: 4 + origins.count, cells: [Cell(column: 0, value: s("TOTAL")), Cell(column: 5, value: .number(6))]))
        return rows
    }

    static func sheet(_ name: String, _ rows: [Row], visibility: SheetVisibility = .visible) -> CheckedSheet {
        CheckedSheet(info: SheetInfo(name: name, visibility: visibility), rows: rows)
    }

    /// An Altkirch-like form: labels in column A, values in column B; `shift` moves the "Nom :" label down.
    static func formRows(dateLabel: String = "Date de la saisine :", shift: Int = 0, known: String = "☒") -> [Row] {
        [
            Row(number: 1, cells: [Cell(column: 0, value: s("FICHE SAISINE ISG"))]),
            Row(number: 3, cells: [Cell(column: 0, value: s(dateLabel)), Cell(column: 1, value: .date(CivilDate(year: 2023, month: 2, day: 3)))]),
            Row(number: 5 + shift, cells: [Cell(column: 0, value: s("Nom :")), Cell(column: 1, value: s("ESSAI"))]),
            Row(number: 8, cells: [Cell(column: 0, value: s("Déjà connu ISG :")), Cell(column: 1, value: s(known))]),
        ]
    }
}
