// French month names and abbreviations, as written in sheet names, file names and dates typed by hand.

import Mapping
import Model

package enum FrenchMonths {
    /// Normalised name or abbreviation -> month number.
    static let byName: [String: Int] = {
        let names: [(Int, [String])] = [
            (1, ["janvier", "janv", "jan"]), (2, ["fevrier", "fevr", "fev", "fevrie"]), (3, ["mars", "mar"]),
            (4, ["avril", "avr"]), (5, ["mai"]), (6, ["juin"]), (7, ["juillet", "juil", "jul"]),
            (8, ["aout", "aou"]), (9, ["septembre", "sept", "sep"]), (10, ["octobre", "oct"]),
            (11, ["novembre", "nov"]), (12, ["decembre", "dec"]),
        ]
        var table: [String: Int] = [:]
        for (month, words) in names { for word in words { table[word] = month } }
        return table
    }()

    package static func month(_ token: Substring) -> Int? { byName[String(token)] }
}

/// The alphanumeric runs of a normalised text: `"saisines_2023-03"` -> `saisines`, `2023`, `03`.
package func alphanumericTokens(_ normalized: String) -> [Substring] {
    normalized.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
}
