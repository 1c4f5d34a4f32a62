// How a sheet is named in record ids, findings and rejects: by its name when the name cannot be a
// person's ("Saisines", "Mars", "Saisine 3"), else by its position ("feuille 3"). Sites name a
// form's sheet after the person it is about ("Saisine KOENIG Nicolas"); that name would otherwise
// reach every export as part of the record id.

import Mapping

public enum SheetNames {
    /// Words of sheet names that say what a sheet holds, never who (normalised: no accents, lower case).
    static let tableWords: Set<String> = [
        "saisine", "saisines", "reunion", "reunions", "feuil", "feuille", "feuilles", "sheet", "tableau", "table",
        "liste", "listes", "formulaire", "fiche", "fiches", "donnees", "isg", "mois", "annee", "total", "totaux",
        "recap", "recapitulatif", "synthese", "suivi", "activite", "janvier", "janv", "fevrier", "fevr", "fev",
        "mars", "avril", "avr", "mai", "juin", "juillet", "juil", "aout", "septembre", "sept", "sep", "octobre",
        "oct", "novembre", "nov", "decembre", "dec", "de", "du", "des", "et", "la", "le", "les", "n", "no",
    ]

    /// The name a sheet goes by outside the file: its own when the mapping names it literally or
    /// when it holds only table words, months and numbers; else `feuille N` (1-based position).
    public static func shown(_ name: String, position: Int, mapping: SiteMapping) -> String {
        let normalized = Wording.normalize(name)
        let literal = [mapping.referrals, mapping.meetings].compactMap { $0 }.flatMap(\.sheets)
            .contains { !$0.contains("*") && !$0.contains("?") && $0 == normalized }
        if literal { return name }
        let words = normalized.split { !($0.isLetter) }
        if words.allSatisfy({ tableWords.contains(String($0)) }) { return name }
        return "feuille \(position)"
    }
}
