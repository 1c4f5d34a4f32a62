// Reading the generator's truth CSVs (tools/samples/truth), and writing our records the same way.

import Model
@testable import Consolidation
import Foundation

struct TruthTable {
    var header: [String]
    var rows: [[String: String]]

    init(path: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var records = Self.parse(text)
        let names = records.isEmpty ? [] : records.removeFirst()
        header = names
        rows = records.filter { $0 != [""] }.map { fields in
            var row: [String: String] = [:]
            for (index, name) in names.enumerated() { row[name] = index < fields.count ? fields[index] : "" }
            return row
        }
    }

    /// RFC 4180: quoted fields, doubled quotes, line breaks inside quotes.
    static func parse(_ text: String) -> [[String]] {
        var records: [[String]] = [], fields: [String] = [], field = ""
        var quoted = false, afterQuote = false
        for character in text {
            if quoted {
                if character == "\"" { quoted = false; afterQuote = true } else { field.append(character) }
                continue
            }
            switch character {
            case "\"":
                if afterQuote { field.append("\"") }
                quoted = true
            case ",": fields.append(field); field = ""
            case "\n", "\r\n": fields.append(field); records.append(fields); fields = []; field = ""
            case "\r": continue
            default: field.append(character)
            }
            afterQuote = false
        }
        if !field.isEmpty || !fields.isEmpty { fields.append(field); records.append(fields) }
        return records
    }
}

extension Referral {
    /// The row as `saisines.csv` writes it (DATA-MODEL.md columns, without person_id).
    var truthColumns: [String: String] {
        func b(_ v: Bool?) -> String { v.map { $0 ? "true" : "false" } ?? "" }
        func i(_ v: Int?) -> String { v.map(String.init) ?? "" }
        return [
            "record_id": recordID, "site": site, "periode": periode, "territoire": territoire, "porteur": porteur,
            "date_saisine": dateSaisine?.description ?? "", "origine": origine?.rawValue ?? "",
            "origine_detail": origineDetail ?? "", "nom": nom ?? "", "prenom": prenom ?? "",
            "nom_naissance": nomNaissance ?? "", "date_naissance": dateNaissance?.description ?? "",
            "age": i(age), "sexe": sexe?.rawValue ?? "", "mineur": b(mineur), "role": role?.rawValue ?? "",
            "commune": commune ?? "", "connu_isg": b(connuISG), "connu_cea": b(connuCEA),
            "motif_saisine": motifSaisine?.rawValue ?? "", "motif_intervention": motifIntervention?.rawValue ?? "",
            "nb_entretiens": i(nbEntretiens), "nb_liens_partenaires": i(nbLiensPartenaires),
            "orientations": orientations.map(\.rawValue).joined(separator: ";"),
        ]
    }
}
